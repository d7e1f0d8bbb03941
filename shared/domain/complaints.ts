/**
 * Complaint and suggestion cases (投诉/建议, domain brief §3): vocabulary and the case state
 * machine.
 *
 * Policy:
 * - A complaint runs 受理 (open) → 已派单 (dispatched) → 已处理 (closed, awaiting the revisit)
 *   → 已回访 (revisited). Classification, feedback and an agreed later date are allowed while
 *   it is not closed; dispatch again (reassignment) keeps the earlier dispatches.
 * - A revisit answered 不满意 reopens the case (back to open, with the reason); 满意 and 基本满意
 *   end it. Only a closed case can be revisited.
 * - A suggestion is open until the reply (adopted or not) is recorded; then it is closed.
 * - The first-question owner (首问负责人) is the receiver until the case is handed over.
 */

export const CASE_KINDS = ['complaint', 'suggestion'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_CHANNELS = ['phone', 'visit', 'other'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** 一类 service fell short, 二类 developer / building quality, 三类 outside the estate's control. */
export const COMPLAINT_CATEGORIES = ['class1', 'class2', 'class3'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const SATISFACTIONS = ['satisfied', 'fair', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const REVISIT_METHODS = ['phone', 'visit'] as const;
export type RevisitMethod = (typeof REVISIT_METHODS)[number];

export const CASE_STATUSES = ['open', 'dispatched', 'closed', 'revisited'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Everything a clerk can do to a case. */
export type CaseAction =
  | 'classify'
  | 'dispatch'
  | 'departmentReply'
  | 'feedback'
  | 'agreeDate'
  | 'handOver'
  | 'close'
  | 'revisit'
  | 'reply';

/** A rule of the case flow was broken; `message` is shown to the clerk as is. */
export class CaseRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseRuleError';
  }
}

const STATUS_LABELS: Record<CaseStatus, string> = {
  open: '待处理',
  dispatched: '已派单',
  closed: '已处理待回访',
  revisited: '已回访',
};

const ALLOWED: Record<CaseKind, Record<CaseAction, readonly CaseStatus[]>> = {
  complaint: {
    classify: ['open', 'dispatched'],
    dispatch: ['open', 'dispatched'],
    departmentReply: ['dispatched'],
    feedback: ['open', 'dispatched'],
    agreeDate: ['open', 'dispatched'],
    handOver: ['open', 'dispatched', 'closed'],
    close: ['open', 'dispatched'],
    revisit: ['closed'],
    reply: [],
  },
  suggestion: {
    classify: [],
    dispatch: ['open', 'dispatched'],
    departmentReply: ['dispatched'],
    feedback: [],
    agreeDate: [],
    handOver: ['open', 'dispatched'],
    close: [],
    revisit: [],
    reply: ['open', 'dispatched'],
  },
};

/** Whether `action` is allowed on a case of `kind` in `status`. */
export function canApply(kind: CaseKind, status: CaseStatus, action: CaseAction): boolean {
  return ALLOWED[kind][action].includes(status);
}

/** Throws CaseRuleError (Chinese) when `action` is not allowed. */
export function assertCanApply(kind: CaseKind, status: CaseStatus, action: CaseAction): void {
  if (!canApply(kind, status, action))
    throw new CaseRuleError(
      `该${kind === 'complaint' ? '投诉' : '建议'}当前状态为「${caseStatusLabel(kind, status)}」，不能进行此操作`,
    );
}

/** The status after `action`; a revisit's satisfaction decides between revisited and reopened. */
export function statusAfter(
  kind: CaseKind,
  status: CaseStatus,
  action: CaseAction,
  satisfaction?: Satisfaction,
): CaseStatus {
  assertCanApply(kind, status, action);
  switch (action) {
    case 'dispatch':
    case 'departmentReply':
      return 'dispatched';
    case 'close':
    case 'reply':
      return 'closed';
    case 'revisit':
      if (!satisfaction) throw new CaseRuleError('请选择满意度');
      return satisfaction === 'unsatisfied' ? 'open' : 'revisited';
    default:
      return status;
  }
}

/** A revisit answered 不满意 must say why: the reason goes back to the department. */
export function checkRevisit(satisfaction: Satisfaction, comment: string): void {
  if (satisfaction === 'unsatisfied' && comment.trim() === '')
    throw new CaseRuleError('客户不满意时请填写原因，案件将重新打开');
}

/** Whether the case still waits on the desk (the work queue). */
export function isCaseActive(kind: CaseKind, status: CaseStatus): boolean {
  return kind === 'complaint' ? status !== 'revisited' : status !== 'closed';
}

/** Chinese status text; a closed suggestion reads 已答复. */
export function caseStatusLabel(kind: CaseKind, status: CaseStatus): string {
  if (kind === 'suggestion' && status === 'closed') return '已答复';
  return STATUS_LABELS[status];
}

/** What the clerk says first (首问): apologise for a complaint, thank for a suggestion. */
export function openingPhrase(kind: CaseKind): string {
  return kind === 'complaint'
    ? '非常抱歉给您带来不便，我是首问负责人，会跟进到底，24 小时内给您回复处理进展。'
    : '非常感谢您的宝贵建议！我们会认真研究，无论是否采纳都会给您答复。';
}
