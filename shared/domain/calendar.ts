/**
 * The working-day calendar (工作日历) behind every "N 个工作日内" deadline.
 *
 * Policy:
 * - A day is a working day when it is a make-up working day (调休上班), else when it is not a
 *   statutory holiday and falls Monday–Friday.
 * - Statutory data comes from the `chinese-days` package; local overrides (entered in the
 *   settings for years the package does not know yet, or for a local change) win over it.
 * - All dates are those of the office, in China Standard Time (UTC+8, no daylight saving),
 *   whatever time zone the PC is set to. A timestamp without an offset is read as office time;
 *   results are returned as UTC ISO strings (`toISOString()`), the app's storage format.
 * - `addWorkingDays(t, n)`: the day of `t` is day 0 and is never counted; the deadline is the
 *   n-th working day after it. Received on a working day, the deadline keeps the time of day
 *   (Thursday 15:00 + 1 → Friday 15:00). Received on a non-working day (weekend, holiday), the
 *   clock time means nothing to a department that only starts on the next working day, so the
 *   deadline is the end (23:59:59.999) of the n-th working day: Saturday 10:00 + 1 → end of
 *   Monday. A later receipt never yields an earlier deadline.
 */
import { z } from 'zod';
import statutory from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import {
  addDaysToDate,
  isoDateFromParts,
  parseInstant,
  officeDateOf,
  officeMsOfDay,
  OFFICE_UTC_OFFSET_MS,
} from './officeTime';

export { formatOfficeDateTime, officeDateOf, parseInstant, toIsoInstant } from './officeTime';

/** The working-day calendar: dates as `YYYY-MM-DD`; the two sets are disjoint. */
export interface WorkCalendar {
  /** Days off that would otherwise be working days, and holidays falling on weekends. */
  holidays: ReadonlySet<string>;
  /** Make-up working days (调休上班), usually a Saturday or Sunday. */
  workdays: ReadonlySet<string>;
}

/** One local calendar entry; wins over the statutory data for its date. */
export interface CalendarOverride {
  date: string;
  kind: 'holiday' | 'workday';
  name?: string;
}

/** Settings-form schema of one local override, with Chinese messages. */
export const calendarOverrideSchema = z.object({
  date: z.iso.date('日期格式应为 YYYY-MM-DD'),
  kind: z.enum(['holiday', 'workday'], '请选择放假或调休上班'),
  name: z.string().trim().max(20, '名称最多 20 个字').optional(),
});

interface StatutoryData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const STATUTORY: StatutoryData = statutory;
const STATUTORY_HOLIDAYS: readonly string[] = Object.keys(STATUTORY.holidays);
const STATUTORY_WORKDAYS: readonly string[] = Object.keys(STATUTORY.workdays);
const STATUTORY_YEARS: readonly number[] = [...new Set(STATUTORY_HOLIDAYS.map(yearOf))];
const DAY_MS = 86_400_000;
/** No deadline search runs past ten years: a calendar without working days is a bug. */
const MAX_SCAN_DAYS = 3660;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function assertIsoDate(date: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || isoDateFromParts(Number(m[1]), Number(m[2]), Number(m[3])) !== date) {
    throw new RangeError(`Invalid date: ${date}`);
  }
}

/**
 * Builds the calendar from the statutory data plus local overrides. Overrides are applied in
 * order, so a later override for the same date wins over an earlier one.
 */
export function buildCalendar(overrides: readonly CalendarOverride[] = []): WorkCalendar {
  const holidays = new Set(STATUTORY_HOLIDAYS);
  const workdays = new Set(STATUTORY_WORKDAYS);
  for (const o of overrides) {
    assertIsoDate(o.date);
    if (o.kind === 'holiday') {
      workdays.delete(o.date);
      holidays.add(o.date);
    } else {
      holidays.delete(o.date);
      workdays.add(o.date);
    }
  }
  return { holidays, workdays };
}

/**
 * Years whose holiday schedule is known: those in the statutory data plus those with at
 * least one local holiday override. Ascending.
 */
export function calendarYearsCovered(overrides: readonly CalendarOverride[] = []): number[] {
  const years = new Set(STATUTORY_YEARS);
  for (const o of overrides) if (o.kind === 'holiday') years.add(yearOf(o.date));
  return [...years].sort((a, b) => a - b);
}

/**
 * This year and next year, if their schedule is unknown: the settings page warns
 * "XXXX 年节假日安排未录入" so the deadlines of that year are not silently weekend-only.
 */
export function missingCalendarYears(
  today: string,
  overrides: readonly CalendarOverride[] = [],
): number[] {
  const year = yearOf(officeDateOf(today));
  const covered = new Set(calendarYearsCovered(overrides));
  return [year, year + 1].filter((y) => !covered.has(y));
}

/** Whether the office date of `date` (a `YYYY-MM-DD` date or an ISO timestamp) is a working day. */
export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  const day = officeDateOf(date);
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The first working day strictly after the office date of `date`, as `YYYY-MM-DD`. */
export function nextWorkingDay(date: string, cal: WorkCalendar): string {
  let day = officeDateOf(date);
  for (let i = 0; i < MAX_SCAN_DAYS; i++) {
    day = addDaysToDate(day, 1);
    if (isWorkingDay(day, cal)) return day;
  }
  throw new RangeError('No working day found within ten years');
}

/**
 * The moment `n` working days after `isoDateTime` (see the header for the rule). `n` must be
 * a non-negative integer; `n = 0` returns the start itself. Returns a UTC ISO string.
 */
export function addWorkingDays(isoDateTime: string, n: number, cal: WorkCalendar): string {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Working days must be a non-negative integer: ${n}`);
  const start = parseInstant(isoDateTime);
  if (n === 0) return new Date(start).toISOString();
  const startDay = officeDateOf(isoDateTime);
  let day = startDay;
  for (let counted = 0; counted < n; counted++) day = nextWorkingDay(day, cal);
  const timeOfDay = isWorkingDay(startDay, cal) ? officeMsOfDay(start) : DAY_MS - 1;
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFICE_UTC_OFFSET_MS + timeOfDay).toISOString();
}

/**
 * Working days after the office date of `a` up to and including that of `b` (the interval
 * (a, b]); negative when `b` is before `a`. For a working-day start,
 * `workingDaysBetween(t, addWorkingDays(t, n)) === n`.
 */
export function workingDaysBetween(a: string, b: string, cal: WorkCalendar): number {
  const from = officeDateOf(a);
  const to = officeDateOf(b);
  if (to < from) return -workingDaysBetween(b, a, cal);
  let count = 0;
  for (let day = addDaysToDate(from, 1); day <= to; day = addDaysToDate(day, 1)) {
    if (isWorkingDay(day, cal)) count++;
  }
  return count;
}

/** `isoDateTime` plus a number of clock hours (the 24-hour feedback rule counts weekends). */
export function addHours(isoDateTime: string, hours: number): string {
  if (!Number.isFinite(hours)) throw new RangeError(`Hours must be finite: ${hours}`);
  return new Date(parseInstant(isoDateTime) + hours * 3_600_000).toISOString();
}

/** `isoDateTime` plus whole calendar days, same office time of day ("1 周内" revisits). */
export function addCalendarDays(isoDateTime: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  // The office zone has no daylight saving, so a day is always 24 hours.
  return new Date(parseInstant(isoDateTime) + days * DAY_MS).toISOString();
}
