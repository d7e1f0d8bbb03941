/**
 * Office months (`YYYY-MM`, China time) for the monthly review: comparisons, the 12-month
 * trend window and the instant range a month covers.
 */
import { previousMonth } from '../complaintMonthly';
import { parseInstant, toIsoInstant } from '../officeTime';

export { previousMonth };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Throws a RangeError unless `month` is `YYYY-MM`. */
export function checkMonth(month: string): void {
  if (!MONTH.test(month)) throw new RangeError(`Invalid month: ${month}`);
}

/** `2026-01` → `2025-01`. */
export function sameMonthLastYear(month: string): string {
  checkMonth(month);
  return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}

/** `2026-12` → `2027-01`. */
export function nextMonth(month: string): string {
  checkMonth(month);
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month and the eleven before it, oldest first. */
export function trendMonths(month: string): string[] {
  checkMonth(month);
  const out = [month];
  while (out.length < 12) out.unshift(previousMonth(out[0]!));
  return out;
}

/** The instants of an office month: `from` inclusive, `to` (next month's start) exclusive. */
export function officeMonthRange(month: string): { from: string; to: string } {
  checkMonth(month);
  return {
    from: toIsoInstant(`${month}-01T00:00:00+08:00`),
    to: toIsoInstant(`${nextMonth(month)}-01T00:00:00+08:00`),
  };
}

/**
 * The instant "at the end of the month" that outstanding figures are measured at: the end of
 * the month, or `now` while the month is still running (nothing can be overdue in the future).
 */
export function monthAsOf(month: string, now: string): string {
  const { to } = officeMonthRange(month);
  return parseInstant(now) < parseInstant(to) ? toIsoInstant(now) : to;
}
