/** Inputs of the event / aid revisit forms and the supervisors' reviews, Chinese messages. */
import { z } from 'zod';
import { SATISFACTIONS } from './complaints';
import { REVIEW_KINDS } from './revisitSupervision';
import { REVISIT_KINDS } from './revisitKinds';
import { optionalField, optionalUnitCode, requiredText } from './schemaHelpers';

export const revisitEventSchema = z
  .object({
    kind: z.enum(REVISIT_KINDS, '请选择社区活动或急救援助'),
    title: requiredText(60, '请填写活动名称或急救事由'),
    heldAt: z.iso.datetime({ offset: true, message: '请选择时间' }),
    place: optionalField(z.string().trim().max(60, '最多 60 个字')),
    participants: z
      .array(
        z.object({
          name: requiredText(40, '请填写姓名'),
          unitCode: optionalUnitCode,
          phone: optionalField(z.string().trim().max(30, '电话最多 30 个字')),
        }),
      )
      .min(1, '请至少填写一人')
      .max(500, '最多 500 人'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'emergencyAid' && v.participants.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['participants'],
        message: '急救援助请填写被救助人一人',
      });
  });
export type RevisitEventInput = z.input<typeof revisitEventSchema>;

export const kindRevisitSchema = z
  .object({
    key: z.string().min(1),
    satisfaction: z.enum(SATISFACTIONS, '请选择满意程度'),
    comment: z.string().trim().max(300, '最多 300 个字').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.satisfaction === 'unsatisfied' && !v.comment)
      ctx.addIssue({ code: 'custom', path: ['comment'], message: '客户不满意时请填写原因' });
  });
export type KindRevisitInput = z.input<typeof kindRevisitSchema>;

export const revisitReviewSchema = z.object({
  kind: z.enum(REVIEW_KINDS, '请选择周检查或月抽查'),
  period: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, '请选择检查的周或月'),
  pin: z.string('请输入 PIN 码').min(4, '请输入 PIN 码'),
  findings: requiredText(1000, '请填写检查意见'),
  followUps: z.array(z.string().trim().min(1).max(200, '最多 200 个字')).max(20, '最多 20 项'),
});
export type RevisitReviewInput = z.input<typeof revisitReviewSchema>;
