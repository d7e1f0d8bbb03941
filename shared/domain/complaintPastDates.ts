/**
 * Dates on a complaint that lie in the past when they are set (补录): a department's 完成期限 or
 * a date agreed with the customer (约定日期).
 *
 * Policy:
 * - A deadline or agreed date earlier than the moment it is recorded is refused: a promise
 *   already broken is not a deadline.
 * - Recording one after the fact needs a reason (补录原因); the case is then counted late —
 *   never 按时 — whenever it closes, and the reason stays on the record.
 * - A case whose agreed date lies before its own receipt (older records, before this rule)
 *   counts late too: no such date can have been agreed in time.
 */
import { CaseRuleError } from './complaints';
import { parseInstant } from './officeTime';

/** What the rule reads of a case. */
export interface PastDateFacts {
  receivedAt: string;
  agreedDueAt?: string;
  /** When the agreed date was recorded. */
  agreedAt?: string;
  /** The reason given for a date already past when it was recorded. */
  pastDateReason?: string;
}

export type CaseDateField = 'dueBy' | 'dueAt';

/** Whether `due` lies before `now`. */
export function isPastDate(due: string, now: string): boolean {
  return parseInstant(due) < parseInstant(now);
}

/** The Chinese message at the date field when a past date has no reason. */
export function pastDateMessage(field: CaseDateField): string {
  const name = field === 'dueBy' ? '完成期限' : '约定日期';
  return `${name}早于当前时间，请选择今后的时间；确需补录请填写补录原因（该投诉将计为未按时）`;
}

/**
 * Checks a deadline or agreed date at `now`: a past one without a reason throws CaseRuleError.
 * Returns whether the date is past (the case then counts late).
 */
export function checkCaseDate(
  field: CaseDateField,
  due: string,
  now: string,
  reason: string | undefined,
): boolean {
  if (!isPastDate(due, now)) return false;
  if (!reason || reason.trim() === '') throw new CaseRuleError(pastDateMessage(field));
  return true;
}

/** Whether the case counts late whatever its close time: a past date was recorded on it. */
export function countsLate(c: PastDateFacts): boolean {
  if (c.pastDateReason !== undefined && c.pastDateReason.trim() !== '') return true;
  if (!c.agreedDueAt) return false;
  if (c.agreedAt && isPastDate(c.agreedDueAt, c.agreedAt)) return true;
  return isPastDate(c.agreedDueAt, c.receivedAt);
}
