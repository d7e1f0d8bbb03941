/**
 * The deadlines of one complaint case, from the deadline settings and the working-day calendar.
 *
 * Policy:
 * - Feedback (反馈) is due 24 clock hours after receipt until some feedback is recorded.
 * - The fix (处理完成) is due 1 (major) / 3 (general) working days after receipt; a case not
 *   yet classified counts as general. A date agreed with the customer replaces it. A case
 *   reopened after a 不满意 revisit gets a fresh fix period counted from the reopening.
 * - The revisit (回访) is due 3 days (setting, per severity) after the case was closed.
 * - A suggestion's reply (答复) is due N working days (setting) after receipt, until it is given.
 * - The next deadline is the earliest one still to be met; its colour comes from `dueState`.
 */
import type { WorkCalendar } from './calendar';
import type { CaseKind, CaseStatus } from './complaints';
import { countsLate, type PastDateFacts } from './complaintPastDates';
import {
  complaintFeedbackDue,
  complaintFixDue,
  complaintRevisitDue,
  dueState,
  suggestionReplyDue,
  type DeadlineSettings,
  type DueState,
  type Severity,
} from './deadlines';
import { parseInstant } from './officeTime';

/** What the deadline rules read of a case. */
export interface CaseDeadlineFacts extends PastDateFacts {
  kind: CaseKind;
  status: CaseStatus;
  receivedAt: string;
  severity?: Severity;
  feedbackAt?: string;
  /** The later date agreed with the customer (客户同意的答复日期). */
  agreedDueAt?: string;
  /** The last reopening after a 不满意 revisit. */
  reopenedAt?: string;
  closedAt?: string;
}

export type DeadlineKind = 'feedback' | 'fix' | 'revisit' | 'reply';

export interface CaseDeadline {
  kind: DeadlineKind;
  due: string;
}

/** The moment the current fix period ends. */
export function caseFixDue(c: CaseDeadlineFacts, s: DeadlineSettings, cal: WorkCalendar): string {
  if (c.agreedDueAt) return c.agreedDueAt;
  return complaintFixDue(c.reopenedAt ?? c.receivedAt, c.severity ?? 'general', s, cal);
}

/**
 * Whether a close at `closedAt` met the fix deadline (a deadline is met up to its moment). A
 * case with a past date recorded on it (补录) is never on time.
 */
export function closedOnTime(
  c: CaseDeadlineFacts,
  closedAt: string,
  s: DeadlineSettings,
  cal: WorkCalendar,
): boolean {
  if (countsLate(c)) return false;
  return parseInstant(closedAt) <= parseInstant(caseFixDue(c, s, cal));
}

/** When the revisit of a case closed at `closedAt` is due. */
export function caseRevisitDue(
  c: CaseDeadlineFacts,
  closedAt: string,
  s: DeadlineSettings,
): string {
  return complaintRevisitDue(closedAt, c.severity ?? 'general', s);
}

/** The deadlines still open on a case, earliest first (empty for a finished case). */
export function openDeadlines(
  c: CaseDeadlineFacts,
  s: DeadlineSettings,
  cal: WorkCalendar,
): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  if (c.kind === 'suggestion') {
    if (c.status === 'open' || c.status === 'dispatched')
      out.push({ kind: 'reply', due: suggestionReplyDue(c.receivedAt, s, cal) });
    return out;
  }
  if (c.status === 'open' || c.status === 'dispatched') {
    if (!c.feedbackAt && !c.reopenedAt)
      out.push({ kind: 'feedback', due: complaintFeedbackDue(c.receivedAt, s) });
    out.push({ kind: 'fix', due: caseFixDue(c, s, cal) });
  } else if (c.status === 'closed' && c.closedAt) {
    out.push({ kind: 'revisit', due: caseRevisitDue(c, c.closedAt, s) });
  }
  return out.sort((a, b) => parseInstant(a.due) - parseInstant(b.due));
}

/** The next deadline and its colour at `now`, or null when nothing is due. */
export function nextCaseDeadline(
  c: CaseDeadlineFacts,
  now: string,
  s: DeadlineSettings,
  cal: WorkCalendar,
): (CaseDeadline & { state: DueState }) | null {
  const next = openDeadlines(c, s, cal)[0];
  if (!next) return null;
  const warn = next.kind === 'feedback' ? s.feedbackDueSoonHours : s.dueSoonHours;
  return { ...next, state: dueState(next.due, now, warn) };
}
