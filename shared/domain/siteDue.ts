/**
 * When the site ledgers fall due (domain §8, 000 2.1.11, 004 custody), for the today board.
 *
 * Policy (each a setting, `SiteSchedule`):
 * - Patrols (巡楼) run several times a day: the n-th patrol of the day is due by the n-th time of
 *   `patrolTimes`; a slot is met by any n patrols recorded that office day, whenever done.
 *   The supervisor's 客务部工作检查表 works the same with `deskCheckTimes` (twice a day).
 * - Cleaning and greenery inspections are due every `…EveryDays` days at `inspectionTime`,
 *   counted from the office date of the last one (never done: due today).
 * - The daily management log (大厦管理日志) is due each day at `dailyLogTime`.
 * - Vacant units are cleaned monthly: every unit vacant now must be in a cleaning record of the
 *   month by the end of day `vacantCleanDay` (or the month's last day when shorter).
 * - A unit in custody is checked outside every `custodyCheckEveryDays` days from the start of
 *   custody or its last check, by the end of that office day.
 * - A heavy-rain alert (暴雨预警) asks for a round of the custody units before the rain (due at the
 *   rain's expected time) and one after (by the end of the next office day).
 * - The schedule starts when the office starts keeping these ledgers: with no site record ever
 *   written (`keptSince` absent) nothing but the custody checks is asked, so a desk that does
 *   not keep them is not nagged eight times a day; a handover log is asked to be signed only when
 *   it closed after that first record.
 * - Sign-off (签阅): a record the manager has not signed `signoffHours` after it was written is
 *   overdue on the manager's board; before that it is not shown (the manager reads next day).
 */
import { z } from 'zod';
import { addDaysToDate, officeDateOf, parseInstant } from './officeTime';
import type { Role } from './record';
import { hasRole } from './record';
import { endOfOfficeDay } from './renovationDue';
import type { SiteCheckKind } from './siteChecks';
import type { TodayItem } from './todayBoard';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');

export const siteScheduleSchema = z.object({
  patrolTimes: z.array(hhmm).min(1, '至少一个巡楼时间').max(8),
  deskCheckTimes: z.array(hhmm).min(1).max(4),
  inspectionTime: hhmm,
  cleaningEveryDays: z.number().int().min(1).max(31),
  greeneryEveryDays: z.number().int().min(1).max(31),
  dailyLogTime: hhmm,
  vacantCleanDay: z.number().int().min(1).max(31),
  custodyCheckEveryDays: z.number().int().min(1).max(31),
  signoffHours: z.number().int().min(1).max(168),
});
export type SiteSchedule = z.infer<typeof siteScheduleSchema>;

export const DEFAULT_SITE_SCHEDULE: SiteSchedule = {
  patrolTimes: ['10:00', '15:00', '20:00'],
  deskCheckTimes: ['10:00', '16:00'],
  inspectionTime: '16:00',
  cleaningEveryDays: 1,
  greeneryEveryDays: 7,
  dailyLogTime: '18:00',
  vacantCleanDay: 25,
  custodyCheckEveryDays: 7,
  signoffHours: 24,
};

/** The kinds of board item the site ledgers add, in board order. */
export const SITE_DUE_KINDS = [
  'sitePatrol',
  'deskCheck',
  'siteInspection',
  'dailyLog',
  'vacantClean',
  'custodyCheck',
  'custodyRain',
  'signoff',
] as const;
export type SiteDueKind = (typeof SITE_DUE_KINDS)[number];

/** What the rules read: recent site records, vacant units, units in custody, logs to sign. */
export interface SiteFacts {
  schedule: SiteSchedule;
  /** When the first site record was written, if ever (see the policy above). */
  keptSince?: string;
  /** Site records since the month began and at least the last `signoffHours` + a day. */
  records: readonly {
    id: string;
    no: string;
    kind: SiteCheckKind;
    at: string;
    phase?: 'before' | 'after';
    alertId?: string;
    unitCodes?: readonly string[];
    signed: boolean;
  }[];
  /** The latest record of kinds due by interval, even when older than `records` reaches. */
  lastAt: Partial<Record<SiteCheckKind, string>>;
  vacantUnitCodes: readonly string[];
  custody: readonly { moveInId: string; unitCode: string; startAt: string; lastCheckAt?: string }[];
  /** Closed handovers (their 管理日志) not yet signed. */
  handoverLogs: readonly { id: string; no: string; closedAt: string }[];
}

/**
 * A board line of the site ledgers before the board states it; `detail` names the slot or phase
 * (`1/3` for a patrol slot, before/after for a rain round).
 */
export type SiteDue = Omit<TodayItem, 'kind' | 'state'> & { kind: SiteDueKind };

/** An office date and `HH:mm` as a UTC ISO instant. */
export function officeAt(date: string, time: string): string {
  return new Date(Date.parse(`${date}T${time}:00.000+08:00`)).toISOString();
}

const onDate = (rows: SiteFacts['records'], kind: SiteCheckKind, date: string) =>
  rows.filter((r) => r.kind === kind && officeDateOf(r.at) === date).length;

/** Slots of the day still open: slot n is met by n records that office day. */
export function openSlots(times: readonly string[], doneToday: number, date: string) {
  return [...times]
    .sort()
    .map((time, i) => ({ slot: i + 1, of: times.length, dueAt: officeAt(date, time) }))
    .filter((s) => s.slot > doneToday);
}

/** When an interval inspection is next due: `every` days after the last, or today. */
export function intervalDue(
  lastAt: string | undefined,
  everyDays: number,
  time: string,
  today: string,
): string {
  const date = lastAt ? addDaysToDate(officeDateOf(lastAt), everyDays) : today;
  return officeAt(date, time);
}

/** The office date vacant units must be cleaned by in `month` (`YYYY-MM`). */
export function vacantCleanDueDate(month: string, day: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** Vacant units not yet in a cleaning record of `month`. */
export function uncleanedVacantUnits(
  vacant: readonly string[],
  records: SiteFacts['records'],
  month: string,
): string[] {
  const cleaned = new Set(
    records
      .filter((r) => r.kind === 'vacantClean' && officeDateOf(r.at).startsWith(month))
      .flatMap((r) => r.unitCodes ?? []),
  );
  return vacant.filter((c) => !cleaned.has(c));
}

/** The custody unit's next outside check: `every` days after the start or the last check. */
export function custodyCheckDue(startAt: string, lastCheckAt: string | undefined, every: number) {
  return endOfOfficeDay(addDaysToDate(officeDateOf(lastCheckAt ?? startAt), every));
}

/** Whether `dueAt` is shown at `now`: overdue, or later on the same office day. */
export function isDueToday(dueAt: string, now: string): boolean {
  return parseInstant(dueAt) < parseInstant(now) || officeDateOf(dueAt) === officeDateOf(now);
}

const PATROLS = '/patrols';
const newOf = (kind: SiteCheckKind) => `${PATROLS}?new=${kind}`;

/** Every site item due today or overdue at `now`; the board words and orders them. */
export function siteDues(f: SiteFacts, now: string): SiteDue[] {
  const s = f.schedule;
  const today = officeDateOf(now);
  const out: SiteDue[] = [];
  const add = (d: SiteDue) => {
    if (isDueToday(d.dueAt, now)) out.push(d);
  };

  for (const c of f.custody)
    add({
      kind: 'custodyCheck',
      recordId: c.moveInId,
      unitCode: c.unitCode,
      dueAt: custodyCheckDue(c.startAt, c.lastCheckAt, s.custodyCheckEveryDays),
      route: `/movein?open=${encodeURIComponent(c.moveInId)}`,
    });
  if (!f.keptSince) return out;

  const timed = [
    ['patrol', 'sitePatrol', s.patrolTimes],
    ['deskCheck', 'deskCheck', s.deskCheckTimes],
  ] as const;
  for (const [check, dueKind, times] of timed)
    for (const slot of openSlots(times, onDate(f.records, check, today), today))
      add({
        kind: dueKind,
        recordId: `${check}-${today}-${slot.slot}`,
        detail: `${slot.slot}/${slot.of}`,
        dueAt: slot.dueAt,
        route: newOf(check),
      });

  for (const kind of ['cleaning', 'greenery'] as const) {
    const every = kind === 'cleaning' ? s.cleaningEveryDays : s.greeneryEveryDays;
    const due = intervalDue(f.lastAt[kind], every, s.inspectionTime, today);
    add({
      kind: 'siteInspection',
      recordId: `${kind}-due`,
      detail: kind,
      dueAt: due,
      route: newOf(kind),
    });
  }

  if (onDate(f.records, 'dailyLog', today) === 0)
    add({
      kind: 'dailyLog',
      recordId: `dailyLog-${today}`,
      dueAt: officeAt(today, s.dailyLogTime),
      route: newOf('dailyLog'),
    });

  const month = today.slice(0, 7);
  const left = uncleanedVacantUnits(f.vacantUnitCodes, f.records, month);
  if (left.length > 0)
    add({
      kind: 'vacantClean',
      recordId: `vacantClean-${month}`,
      subject:
        left.length > 3 ? `${left.slice(0, 3).join('、')} 等 ${left.length} 户` : left.join('、'),
      dueAt: endOfOfficeDay(vacantCleanDueDate(month, s.vacantCleanDay)),
      route: newOf('vacantClean'),
    });

  if (f.custody.length > 0)
    for (const alert of f.records.filter((r) => r.kind === 'rainAlert')) {
      const rounds = f.records.filter((r) => r.kind === 'custodyRain' && r.alertId === alert.id);
      const afterDue = endOfOfficeDay(addDaysToDate(officeDateOf(alert.at), 1));
      for (const phase of ['before', 'after'] as const) {
        if (rounds.some((r) => r.phase === phase)) continue;
        // A before-round missed once the rain is over is no longer worth doing.
        if (phase === 'before' && parseInstant(now) > parseInstant(afterDue)) continue;
        add({
          kind: 'custodyRain',
          recordId: `${alert.id}-${phase}`,
          no: alert.no,
          detail: phase,
          dueAt: phase === 'before' ? alert.at : afterDue,
          route: `${PATROLS}?new=custodyRain&alert=${encodeURIComponent(alert.id)}&phase=${phase}`,
        });
      }
    }

  for (const u of unsignedDues(f)) if (parseInstant(u.dueAt) < parseInstant(now)) out.push(u);

  return out;
}

/** Records and management logs awaiting the manager's 签阅, each due `signoffHours` after it. */
export function unsignedDues(
  f: Pick<SiteFacts, 'records' | 'handoverLogs' | 'schedule' | 'keptSince'>,
): SiteDue[] {
  const after = (at: string) =>
    new Date(parseInstant(at) + f.schedule.signoffHours * 3_600_000).toISOString();
  const signable = f.records.filter((r) => !r.signed && r.kind !== 'rainAlert');
  return [
    ...signable.map((r) => ({
      kind: 'signoff' as const,
      recordId: r.id,
      no: r.no,
      detail: r.kind,
      dueAt: after(r.at),
      route: `${PATROLS}?open=${encodeURIComponent(r.id)}`,
    })),
    ...f.handoverLogs
      .filter(
        (h) => f.keptSince !== undefined && parseInstant(h.closedAt) >= parseInstant(f.keptSince),
      )
      .map((h) => ({
        kind: 'signoff' as const,
        recordId: h.id,
        no: h.no,
        detail: 'handoverLog',
        dueAt: after(h.closedAt),
        route: `${PATROLS}?tab=signoff`,
      })),
  ];
}

/** The board as `role` sees it: sign-off items are the manager's alone. */
export function boardForRole<T extends { kind: string }>(items: readonly T[], role: Role): T[] {
  return items.filter((i) => i.kind !== 'signoff' || hasRole(role, 'manager'));
}
