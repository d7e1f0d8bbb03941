/** Inputs of the complaint/suggestion forms, with the Chinese messages shown at each field. */
import { z } from 'zod';
import {
  CASE_CHANNELS,
  CASE_KINDS,
  COMPLAINT_CATEGORIES,
  REVISIT_METHODS,
  SATISFACTIONS,
} from './complaints';
import { isPastDate, pastDateMessage, type CaseDateField } from './complaintPastDates';
import {
  archiveLinkFields,
  optionalField,
  optionalPhone,
  optionalText,
  requiredText,
} from './schemaHelpers';

const instant = z.iso.datetime({ offset: true, message: '请选择时间' });

/** 来访接待记录: who, how, what, when. */
export const caseIntakeSchema = z.object({
  kind: z.enum(CASE_KINDS, '请选择投诉或建议'),
  channel: z.enum(CASE_CHANNELS, '请选择来电、来访或其他'),
  customerName: requiredText(40, '请输入客户姓名'),
  customerPhone: optionalPhone,
  ...archiveLinkFields,
  content: requiredText(1000, '请输入投诉或建议内容'),
  receivedAt: instant,
});
export type CaseIntakeInput = z.input<typeof caseIntakeSchema>;
export type CaseIntake = z.output<typeof caseIntakeSchema>;

/** 确认投诉类别: category, severity, valid after checking, responsible department. */
export const classifySchema = z.object({
  category: z.enum(COMPLAINT_CATEGORIES, '请选择投诉类别'),
  severity: z.enum(['major', 'general'], '请选择重大或一般'),
  valid: z.boolean('请确认是否有效投诉'),
  department: optionalField(z.string()),
});
export type ClassifyInput = z.input<typeof classifySchema>;

/** 派单 to a department (again, for a reassignment). */
export const dispatchSchema = z.object({
  department: z.string('请选择责任部门').min(1, '请选择责任部门'),
  note: optionalText(200),
});
export type DispatchInput = z.input<typeof dispatchSchema>;

/** Why a date already past is recorded (补录); empty when the date lies ahead. */
const pastReason = optionalText(200);

/** What the department wrote on the returned form: 处理方法 and 完成期限. */
export const departmentReplySchema = z.object({
  action: requiredText(500, '请输入处理方法'),
  dueBy: instant,
  pastReason,
});
export type DepartmentReplyInput = z.input<typeof departmentReplySchema>;

/** Feedback given to the customer on the progress. */
export const feedbackSchema = z.object({ note: requiredText(300, '请输入反馈内容') });

/** A later date the customer agreed to (客户同意的答复日期). */
export const agreeDateSchema = z.object({
  dueAt: instant,
  note: requiredText(200, '请注明客户同意的情况'),
  pastReason,
});

/**
 * The past-date rule (complaintPastDates) as a form check: a `field` date before `now()`
 * without a 补录原因 gets the Chinese message at the date field. `now` is read when the form
 * validates, so the clock is the desk's at that keystroke.
 */
export function pastDateCheck(field: CaseDateField, now: () => string) {
  return (v: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const due = v[field];
    const reason = v['pastReason'];
    if (typeof due !== 'string' || Number.isNaN(Date.parse(due))) return;
    if (!isPastDate(due, now())) return;
    if (typeof reason === 'string' && reason.trim() !== '') return;
    ctx.addIssue({ code: 'custom', path: [field], message: pastDateMessage(field) });
  };
}
export type AgreeDateInput = z.input<typeof agreeDateSchema>;

/** 处理结果, closing the case. */
export const closeSchema = z.object({ result: requiredText(1000, '请输入处理结果') });

/** 回访记录: by phone or visit, satisfaction, comments, the customer's signature. */
export const revisitSchema = z
  .object({
    method: z.enum(REVISIT_METHODS, '请选择电话或上门'),
    satisfaction: z.enum(SATISFACTIONS, '请选择满意度'),
    comment: optionalText(500),
    signed: z.boolean().default(false),
    signedName: optionalText(40),
  })
  .superRefine((v, ctx) => {
    if (v.satisfaction === 'unsatisfied' && v.comment === '')
      ctx.addIssue({ code: 'custom', path: ['comment'], message: '客户不满意时请填写原因' });
    if (v.signed && v.signedName === '')
      ctx.addIssue({ code: 'custom', path: ['signedName'], message: '请填写签字客户姓名' });
  });
export type RevisitInput = z.input<typeof revisitSchema>;

/** The reply to a suggestion: adopted or not, and what the customer was told. */
export const suggestionReplySchema = z.object({
  adopted: z.boolean('请选择是否采纳'),
  reply: requiredText(500, '请输入答复内容'),
});
export type SuggestionReplyInput = z.input<typeof suggestionReplySchema>;
