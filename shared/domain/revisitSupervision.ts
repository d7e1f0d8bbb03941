/**
 * Supervision of the revisit records (004 回访 4.4–4.5; domain brief §8): the 客服主管 reviews
 * the 《回访记录表》 every week, the 项目经理 spot-checks them every month, each review a
 * signed record with its follow-ups.
 *
 * Policy:
 * - weeks run Monday to Sunday in office dates; a week's review is due by the end of its
 *   Sunday, a month's spot-check by the end of its last day (the manual says weekly / monthly,
 *   no grace period);
 * - a period needs a review once the desk was in use in it (from the week or month of `since`,
 *   the desk's first run), looking back at most `horizon` periods so an old gap does not
 *   crowd the board for ever;
 * - the weekly review is signed by a supervisor or manager, the monthly spot-check by a
 *   manager (项目经理), each confirming with her own PIN.
 */
import { addDaysToDate, isoDateFromParts } from './officeTime';
import { previousMonth } from './complaintMonthly';

export const REVIEW_KINDS = ['weekly', 'monthly'] as const;
export type RevisitReviewKind = (typeof REVIEW_KINDS)[number];

/** Who may sign each kind of review. */
export const REVIEW_ROLES = { weekly: 'supervisor', monthly: 'manager' } as const;

/** The Monday (office date) of the week holding `date` (`YYYY-MM-DD`). */
export function weekStartOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDaysToDate(date, weekday === 0 ? -6 : 1 - weekday);
}

/** The Sunday ending the week that starts on Monday `weekStart`. */
export const weekEndOf = (weekStart: string) => addDaysToDate(weekStart, 6);

/** The last day of month `YYYY-MM`. */
export function monthEndOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDateFromParts(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}

/** The office date by whose end a period's review is due. */
export function reviewDueDate(kind: RevisitReviewKind, period: string): string {
  return kind === 'weekly' ? weekEndOf(period) : monthEndOf(period);
}

/**
 * The periods (week starts or months, oldest first) whose review is due by `today` or
 * earlier and not yet signed: the current period (due at its end) and every earlier one back
 * to `since`'s period, at most `horizon` periods in all.
 */
export function periodsNeedingReview(
  kind: RevisitReviewKind,
  today: string,
  since: string,
  reviewed: ReadonlySet<string>,
  horizon = kind === 'weekly' ? 8 : 3,
): string[] {
  const first = kind === 'weekly' ? weekStartOf(since) : since.slice(0, 7);
  let period = kind === 'weekly' ? weekStartOf(today) : today.slice(0, 7);
  const out: string[] = [];
  for (let i = 0; i < horizon && period >= first; i++) {
    if (!reviewed.has(period)) out.unshift(period);
    period = kind === 'weekly' ? addDaysToDate(period, -7) : previousMonth(period);
  }
  return out;
}

/** Whether office date `date` falls in `period` of `kind`. */
export function inPeriod(kind: RevisitReviewKind, period: string, date: string): boolean {
  return kind === 'weekly'
    ? date >= period && date <= weekEndOf(period)
    : date.slice(0, 7) === period;
}
