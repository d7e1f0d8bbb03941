import type { CalendarOverride, WorkCalendar } from '@shared/domain/calendar';
import { addDaysToDate } from '@shared/domain/officeTime';
import { t } from '../../../i18n';

/** A run of consecutive days of one kind, from one source, for the year view. */
export interface DayRun {
  from: string;
  to: string;
  /** Entered as a local override (else from the built-in data). */
  local: boolean;
  name?: string;
}

/**
 * The days of `year` in `days`, merged into runs of consecutive dates with the same source,
 * so a seven-day holiday reads as one line.
 */
export function yearRuns(
  days: ReadonlySet<string>,
  year: number,
  overrides: readonly CalendarOverride[],
): DayRun[] {
  const local = new Map(overrides.map((o) => [o.date, o]));
  const sorted = [...days].filter((d) => d.startsWith(`${year}-`)).sort();
  const runs: DayRun[] = [];
  for (const date of sorted) {
    const o = local.get(date);
    const last = runs[runs.length - 1];
    if (last && addDaysToDate(last.to, 1) === date && last.local === !!o && last.name === o?.name) {
      last.to = date;
    } else {
      runs.push({ from: date, to: date, local: !!o, ...(o?.name ? { name: o.name } : {}) });
    }
  }
  return runs;
}

/** The years the view offers: those with data, plus this year and next. */
export function calendarYears(cal: WorkCalendar, thisYear: number): number[] {
  const years = new Set([thisYear, thisYear + 1]);
  for (const d of [...cal.holidays, ...cal.workdays]) years.add(Number(d.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}

/** `2月10日` or `2月10日–2月17日`. */
export function formatRun(run: DayRun): string {
  const md = (d: string) =>
    t('settings.calendar.monthDay', { m: Number(d.slice(5, 7)), d: Number(d.slice(8, 10)) });
  return run.from === run.to
    ? md(run.from)
    : t('settings.calendar.range', { from: md(run.from), to: md(run.to) });
}
