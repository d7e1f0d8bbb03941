import { z } from 'zod';
import type { CaseAction } from '@shared/domain/complaints';
import type { Actor } from '@shared/domain/record';
import {
  agreeDateSchema,
  classifySchema,
  closeSchema,
  departmentReplySchema,
  dispatchSchema,
  feedbackSchema,
  pastDateCheck,
  revisitSchema,
  suggestionReplySchema,
} from '@shared/domain/complaintSchemas';
import type { Repositories } from '../../db/repositories';
import { nowIso } from '../../db/ids';
import type { CaseRecord } from '../../db/records';
import { officeDateToIso } from './intakeForm';

/** The steps a clerk takes on a case from its drawer: every action of the case flow. */
export type CaseFormAction = CaseAction;

/** One flat value shape for every step's form; each step reads only its own fields. */
export interface CaseActionValues {
  category: string;
  severity: string;
  valid: '' | 'yes' | 'no';
  department: string;
  note: string;
  action: string;
  dueBy: string;
  dueAt: string;
  /** 补录原因 for a 完成期限 or 约定日期 already past. */
  pastReason: string;
  result: string;
  method: string;
  satisfaction: string;
  comment: string;
  signed: boolean;
  signedName: string;
  adopted: '' | 'yes' | 'no';
  reply: string;
  to: string;
}

export function actionDefaults(c: CaseRecord): CaseActionValues {
  return {
    category: c.category ?? '',
    severity: c.severity ?? '',
    valid: c.valid === undefined ? '' : c.valid ? 'yes' : 'no',
    department: c.department ?? '',
    note: '',
    action: '',
    dueBy: '',
    dueAt: '',
    pastReason: '',
    result: '',
    method: 'phone',
    satisfaction: '',
    comment: '',
    signed: false,
    signedName: c.customerName,
    adopted: '',
    reply: '',
    to: '',
  };
}

const yesNo = (v: '' | 'yes' | 'no') => (v === '' ? undefined : v === 'yes');
const orUndefined = (v: string) => (v === '' ? undefined : v);

const handOverSchema = z.object({ to: z.string().min(1, '请选择接手人') });

/** The domain schema that checks each step's input (the repository checks it again). */
/** A due date the form has turned into an office time (`…+08:00`); `required` when left blank. */
const officeTimeField = (required: string) =>
  z
    .string()
    .min(1, required)
    .regex(/\+08:00$/, '日期格式应为 YYYY-MM-DD 或 YYYY-MM-DD HH:mm');

export const ACTION_SCHEMAS: Record<CaseFormAction, z.ZodType<unknown, object>> = {
  classify: classifySchema,
  dispatch: dispatchSchema,
  departmentReply: departmentReplySchema
    .extend({ dueBy: officeTimeField('请选择完成期限') })
    .superRefine(pastDateCheck('dueBy', nowIso)),
  feedback: feedbackSchema,
  agreeDate: agreeDateSchema
    .extend({ dueAt: officeTimeField('请选择答复日期') })
    .superRefine(pastDateCheck('dueAt', nowIso)),
  handOver: handOverSchema,
  close: closeSchema,
  revisit: revisitSchema,
  reply: suggestionReplySchema,
};

/** The step's input as the repository takes it. */
export function toActionInput(action: CaseFormAction, v: CaseActionValues): object {
  switch (action) {
    case 'classify':
      return {
        category: orUndefined(v.category),
        severity: orUndefined(v.severity),
        valid: yesNo(v.valid),
        department: v.department,
      };
    case 'dispatch':
      return { department: v.department, note: v.note };
    case 'departmentReply':
      return { action: v.action, dueBy: officeDateToIso(v.dueBy), pastReason: v.pastReason };
    case 'feedback':
      return { note: v.note };
    case 'agreeDate':
      return { dueAt: officeDateToIso(v.dueAt), note: v.note, pastReason: v.pastReason };
    case 'handOver':
      return { to: v.to };
    case 'close':
      return { result: v.result };
    case 'revisit':
      return {
        method: v.method,
        satisfaction: orUndefined(v.satisfaction),
        comment: v.comment,
        signed: v.signed,
        signedName: v.signedName,
      };
    case 'reply':
      return { adopted: yesNo(v.adopted), reply: v.reply };
  }
}

/** Runs the step through the repository. `operators` names the hand-over target. */
export async function runAction(
  repos: Repositories,
  actor: Actor,
  c: CaseRecord,
  action: CaseFormAction,
  v: CaseActionValues,
  operatorName: (id: string) => string,
): Promise<CaseRecord> {
  const r = repos.complaints;
  switch (action) {
    case 'classify':
      return r.classify(actor, c.id, toActionInput(action, v) as Parameters<typeof r.classify>[2]);
    case 'dispatch':
      return r.dispatch(actor, c.id, { department: v.department, note: v.note });
    case 'departmentReply':
      return r.departmentReply(actor, c.id, {
        action: v.action,
        dueBy: officeDateToIso(v.dueBy),
        pastReason: v.pastReason,
      });
    case 'feedback':
      return r.feedback(actor, c.id, { note: v.note });
    case 'agreeDate':
      return r.agreeDate(actor, c.id, {
        dueAt: officeDateToIso(v.dueAt),
        note: v.note,
        pastReason: v.pastReason,
      });
    case 'handOver':
      return r.handOver(actor, c.id, { id: v.to, name: operatorName(v.to) });
    case 'close':
      return r.close(actor, c.id, { result: v.result });
    case 'revisit':
      return r.revisit(actor, c.id, toActionInput(action, v) as Parameters<typeof r.revisit>[2]);
    case 'reply':
      return r.replySuggestion(
        actor,
        c.id,
        toActionInput(action, v) as Parameters<typeof r.replySuggestion>[2],
      );
  }
}
