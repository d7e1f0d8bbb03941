/** Inputs of the survey forms, with the Chinese messages shown at each field. */
import { z } from 'zod';
import { SURVEY_KINDS, SURVEY_METHODS, SURVEY_QUESTION_KINDS, SURVEY_RATINGS } from './surveys';
import { optionalField, optionalUnitCode, requiredText } from './schemaHelpers';

/** A new round: title, kind (a topic round names its topic), method, date, questionnaire. */
export const surveyRoundSchema = z
  .object({
    title: requiredText(60, '请输入调查名称'),
    kind: z.enum(SURVEY_KINDS, '请选择定期调查或专题调查'),
    topic: optionalField(z.string().trim().max(60, '最多 60 个字')),
    method: z.enum(SURVEY_METHODS, '请选择调查方式'),
    issuedOn: z.iso.date('请选择发放日期'),
    questions: z
      .array(
        z.object({
          kind: z.enum(SURVEY_QUESTION_KINDS, '请选择题型'),
          text: requiredText(100, '请输入题目'),
        }),
        '请至少设置一道题',
      )
      .min(1, '请至少设置一道题')
      .max(30, '最多 30 道题'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'topic' && !v.topic)
      ctx.addIssue({ code: 'custom', path: ['topic'], message: '专题调查请填写专题' });
  });
export type SurveyRoundInput = z.input<typeof surveyRoundSchema>;

/** One returned form: the unit (optional: forms may come back unsigned) and the answers. */
export const surveyResponseSchema = z.object({
  unitId: optionalField(z.string()),
  unitCode: optionalUnitCode,
  respondent: optionalField(z.string().trim().max(40, '最多 40 个字')),
  answers: z.record(
    z.string().regex(/^\d{1,2}$/),
    z.union([z.enum(SURVEY_RATINGS), z.string().trim().max(500, '最多 500 个字')]),
  ),
});
export type SurveyResponseInput = z.input<typeof surveyResponseSchema>;

/** The summary of the opinions and the departments they go to (may be none). */
export const surveySummarySchema = z.object({
  summary: requiredText(1000, '请输入意见汇总'),
  followUps: z
    .array(
      z.object({
        department: z.string('请选择责任部门').min(1, '请选择责任部门'),
        opinions: requiredText(500, '请输入送该部门的意见'),
      }),
    )
    .max(20, '最多 20 个部门'),
});
export type SurveySummaryInput = z.input<typeof surveySummarySchema>;

/** The department's written answer: its measures. */
export const surveyMeasuresSchema = z.object({ measures: requiredText(500, '请输入整改措施') });

/** The revisit of the customer on the result, signed. */
export const surveyRevisitSchema = z.object({
  result: requiredText(300, '请输入回访结果'),
  signedName: requiredText(40, '请填写签名的客户'),
});
