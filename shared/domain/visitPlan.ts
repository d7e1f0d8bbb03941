/**
 * Planned visits and residents' meetings (拜访计划 / 住户座谈会; 002 二.2, 003; domain brief §8).
 *
 * Policy (the year's plan, generated, never typed):
 * - the office head (管理处主任) visits `headVisitsPerYear` households a year (default 12): the
 *   k-th visit is due by the end of its month of an even spread (12 → one a month); each head
 *   visit of the year, in date order, fulfils the earliest unfulfilled item due in its month or
 *   later (a visit is never credited to a month already past when it was made: a desk begun in
 *   November owes November, not January; a second visit in a month counts for the next item);
 * - each area (a building of the archive) has its 物管员 (setting `visitPlan.areas`); every
 *   household (HOUSEHOLD_STATUSES) of the area is visited once a quarter: the item's target is
 *   the area's households, its progress the distinct households visited in the quarter by an
 *   area visit (物管员走访), due at the quarter's end;
 * - a residents' meeting (住户座谈会) every half year (`meetingsPerYear`, default 2), due at
 *   the end of its half;
 * - a visit after each move-in completed in the year, due `moveInVisitDays` after the
 *   hand-over (default 30; 003 asks for it without a period): a moveIn visit naming the move-in
 *   or the unit on or after the hand-over fulfils it;
 * - feedback gathered at each community event (社区活动, the revisits register's events), due
 *   `eventFeedbackDays` after it (default 5, the events' own revisit window).
 * - An item is overdue once its due date is past and it is not fulfilled. The today board shows
 *   overdue items whose due date is on or after the desk's first run (an old plan year before
 *   the desk existed is not the desk's debt), and those due today.
 * - 完成率 = visits done ÷ visits planned, counting each area item by households.
 */
import { z } from 'zod';
import { repeatsIn } from './schemaHelpers';
import { addDaysToDate, isoDateFromParts } from './officeTime';
import { rate, type Rate } from './rates';
import { monthEndOf } from './revisitSupervision';

export const VISIT_KINDS = ['head', 'area', 'moveIn', 'event', 'meeting'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** The names the office uses (and the domain's messages). */
export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  head: '主任拜访',
  area: '物管员走访',
  moveIn: '入住后拜访',
  event: '社区活动反馈',
  meeting: '住户座谈会',
};

/** Kinds that visit one household (a unit is required). */
export const HOUSEHOLD_VISIT_KINDS = ['head', 'area', 'moveIn'] as const satisfies VisitKind[];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One area (片区 = a building of the archive) and the 物管员 who visits it. */
export const visitAreaSchema = z.object({
  building: z.string().trim().min(1, '请输入楼栋').max(12, '楼栋最多 12 个字'),
  staffId: z.string().min(1, '请选择物管员'),
  staffName: z.string().trim().min(1, '请选择物管员').max(20),
});
export type VisitArea = z.infer<typeof visitAreaSchema>;

/** The plan's rules as the office sets them (setting `visitPlan`, supervisor). */
export const visitPlanSettingsSchema = z
  .object({
    headVisitsPerYear: z.number().int().min(0).max(366).default(12),
    /** The office head (管理处主任) whose visits the plan names; empty until set. */
    headName: z.string().trim().max(20).default(''),
    meetingsPerYear: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(2),
    moveInVisitDays: z.number().int().min(1).max(180).default(30),
    eventFeedbackDays: z.number().int().min(0).max(60).default(5),
    areas: z.array(visitAreaSchema).default([]),
  })
  .superRefine((v, ctx) => {
    for (const { index } of repeatsIn(v.areas, (a) => a.building))
      ctx.addIssue({ code: 'custom', path: ['areas', index, 'building'], message: '楼栋重复' });
  });
export type VisitPlanSettings = z.infer<typeof visitPlanSettingsSchema>;

export const DEFAULT_VISIT_PLAN: VisitPlanSettings = {
  headVisitsPerYear: 12,
  headName: '',
  meetingsPerYear: 2,
  moveInVisitDays: 30,
  eventFeedbackDays: 5,
  areas: [],
};

/** What the plan reads of one recorded visit or meeting. */
export interface VisitFacts {
  id: string;
  kind: VisitKind;
  /** Office date `YYYY-MM-DD`. */
  date: string;
  unitId?: string;
  moveInId?: string;
  eventId?: string;
}

/** What the plan of a year is made from. */
export interface VisitPlanFacts {
  year: number;
  settings: VisitPlanSettings;
  households: readonly { unitId: string; unitCode: string; building: string }[];
  /** Move-ins completed (hand-over office date). */
  moveIns: readonly { id: string; unitId: string; unitCode: string; completedOn: string }[];
  /** Community events (office date held). */
  events: readonly { id: string; title: string; heldOn: string }[];
  visits: readonly VisitFacts[];
}

/** One line of the year's plan. */
export interface PlanItem {
  key: string;
  kind: VisitKind;
  /** `2026-03`, `2026-Q4`, `2026-H2`, or the move-in / event date. */
  period: string;
  /** Who the plan names: the head, the area's 物管员 (empty when not assigned). */
  staffName: string;
  area?: string;
  unitId?: string;
  unitCode?: string;
  refId?: string;
  title?: string;
  dueOn: string;
  target: number;
  done: number;
}

const quarterEnd = (year: number, q: number) =>
  monthEndOf(`${year}-${String(q * 3).padStart(2, '0')}`);

/** The quarter (1–4) of an office date. */
export const quarterOf = (date: string) => Math.ceil(Number(date.slice(5, 7)) / 3);

/**
 * Which items (their due months, ascending) the visits (their months, ascending) fulfil: each
 * visit the earliest item not yet fulfilled whose month is not before the visit's. 1 or 0 each.
 */
function fulfilInOrder(itemMonths: readonly number[], visitMonths: readonly number[]): number[] {
  const done = itemMonths.map(() => 0);
  let next = 0;
  for (const m of visitMonths) {
    while (next < itemMonths.length && itemMonths[next]! < m) next++;
    if (next === itemMonths.length) break;
    done[next++] = 1;
  }
  return done;
}

/** The year's plan with what was done of each item, in due order. */
export function visitPlan(f: VisitPlanFacts): PlanItem[] {
  const y = String(f.year);
  const inYear = f.visits.filter((v) => v.date.startsWith(`${y}-`));
  const s = f.settings;
  const out: PlanItem[] = [];

  const headMonths = inYear
    .filter((v) => v.kind === 'head')
    .map((v) => Number(v.date.slice(5, 7)))
    .sort((a, b) => a - b);
  const headItemMonths = Array.from({ length: s.headVisitsPerYear }, (_, i) =>
    Math.min(12, Math.ceil(((i + 1) * 12) / s.headVisitsPerYear)),
  );
  const headDone = fulfilInOrder(headItemMonths, headMonths);
  headItemMonths.forEach((month, i) => {
    const period = `${y}-${String(month).padStart(2, '0')}`;
    out.push({
      key: `head:${i + 1}`,
      kind: 'head',
      period,
      staffName: s.headName,
      dueOn: monthEndOf(period),
      target: 1,
      done: headDone[i] ?? 0,
    });
  });

  const areas = new Map<string, Set<string>>();
  for (const h of f.households) {
    const set = areas.get(h.building) ?? new Set<string>();
    set.add(h.unitId);
    areas.set(h.building, set);
  }
  const staffOf = new Map(s.areas.map((a) => [a.building, a.staffName]));
  for (const [building, units] of [...areas].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
    for (let q = 1; q <= 4; q++) {
      const visited = new Set(
        inYear
          .filter((v) => v.kind === 'area' && quarterOf(v.date) === q && v.unitId)
          .map((v) => v.unitId!)
          .filter((u) => units.has(u)),
      );
      out.push({
        key: `area:${building}:${q}`,
        kind: 'area',
        period: `${y}-Q${q}`,
        staffName: staffOf.get(building) ?? '',
        area: building,
        dueOn: quarterEnd(f.year, q),
        target: units.size,
        done: visited.size,
      });
    }
  }

  for (let h = 1; h <= s.meetingsPerYear; h++) {
    const halves = s.meetingsPerYear === 1 ? [1, 2] : [h];
    const from = halves[0] === 1 ? 1 : 7;
    const to = halves[halves.length - 1] === 1 ? 6 : 12;
    const held = inYear.some((v) => {
      const m = Number(v.date.slice(5, 7));
      return v.kind === 'meeting' && m >= from && m <= to;
    });
    out.push({
      key: `meeting:${h}`,
      kind: 'meeting',
      period: s.meetingsPerYear === 1 ? y : `${y}-H${h}`,
      staffName: s.headName,
      dueOn: monthEndOf(`${y}-${String(to).padStart(2, '0')}`),
      target: 1,
      done: held ? 1 : 0,
    });
  }

  for (const m of f.moveIns) {
    if (!m.completedOn.startsWith(`${y}-`)) continue;
    const done = f.visits.some(
      (v) =>
        v.kind === 'moveIn' &&
        (v.moveInId === m.id || (v.unitId === m.unitId && v.date >= m.completedOn)),
    );
    out.push({
      key: `moveIn:${m.id}`,
      kind: 'moveIn',
      period: m.completedOn,
      staffName: staffOf.get(buildingOf(f, m.unitId)) ?? '',
      unitId: m.unitId,
      unitCode: m.unitCode,
      refId: m.id,
      dueOn: addDaysToDate(m.completedOn, s.moveInVisitDays),
      target: 1,
      done: done ? 1 : 0,
    });
  }

  for (const e of f.events) {
    if (!e.heldOn.startsWith(`${y}-`)) continue;
    out.push({
      key: `event:${e.id}`,
      kind: 'event',
      period: e.heldOn,
      staffName: '',
      refId: e.id,
      title: e.title,
      dueOn: addDaysToDate(e.heldOn, s.eventFeedbackDays),
      target: 1,
      done: f.visits.some((v) => v.kind === 'event' && v.eventId === e.id) ? 1 : 0,
    });
  }

  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));
}

function buildingOf(f: VisitPlanFacts, unitId: string): string {
  return f.households.find((h) => h.unitId === unitId)?.building ?? '';
}

/** Whether an item is past its due date (office `today`) and not fulfilled. */
export const isPlanItemOverdue = (i: PlanItem, today: string) =>
  i.dueOn < today && i.done < i.target;

/** Planned, done and 完成率 of some plan items (area items count households). */
export interface PlanProgress {
  planned: number;
  done: number;
  rate: Rate;
}

export function planProgress(items: readonly PlanItem[]): PlanProgress {
  const planned = items.reduce((n, i) => n + i.target, 0);
  const done = items.reduce((n, i) => n + Math.min(i.done, i.target), 0);
  return { planned, done, rate: rate(done, planned) };
}

/** Items of a quarter (1–4) of the plan's year: those due in it. */
export const itemsOfQuarter = (items: readonly PlanItem[], q: number) =>
  items.filter((i) => quarterOf(i.dueOn) === q);

/**
 * A quarter's 待完成 list: its items not yet fulfilled, and the item a board link asks for
 * (`highlight`) first, even when fulfilled since, but only when it is of this quarter — an item
 * of another quarter belongs to that quarter's list (the screen switches to it).
 */
export function dueOfQuarter(
  items: readonly PlanItem[],
  q: number,
  highlight?: string,
): PlanItem[] {
  const of = itemsOfQuarter(items, q);
  const marked = of.find((i) => i.key === highlight);
  return [...(marked ? [marked] : []), ...of.filter((i) => i.done < i.target && i !== marked)];
}

/** The plan year of an item (its period's, also for a move-in or event item due in January). */
export const planYearOf = (i: PlanItem) => Number(i.period.slice(0, 4));

/** Progress grouped by a key (the person the plan names, or the area), sorted by key. */
export function progressBy(
  items: readonly PlanItem[],
  key: (i: PlanItem) => string | undefined,
): { key: string; progress: PlanProgress }[] {
  const groups = new Map<string, PlanItem[]>();
  for (const i of items) {
    const k = key(i);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'zh'))
    .map(([k, list]) => ({ key: k, progress: planProgress(list) }));
}

/** The month's figures: plan items due in it, visits and meetings recorded in it. */
export interface VisitMonthFigures {
  planned: number;
  done: number;
  rate: Rate;
  recorded: number;
  meetings: number;
  issues: number;
  /** Issues already turned into an enquiry (and on from there). */
  converted: number;
}

/**
 * The month's figures. Planned and done: the plan's items due in the month as the plan counts
 * them (area items by households). `records` may hold the whole year; recorded, meetings and
 * issues count the month's only.
 */
export function visitMonthFigures(
  items: readonly PlanItem[],
  records: readonly (VisitFacts & { issues: readonly { enquiryId?: string }[] })[],
  month: string,
): VisitMonthFigures {
  const { planned, done } = planProgress(items.filter((i) => i.dueOn.startsWith(month)));
  const inMonth = records.filter((r) => r.date.startsWith(month));
  const issues = inMonth.flatMap((r) => r.issues);
  return {
    planned,
    done,
    rate: rate(done, planned),
    recorded: inMonth.filter((r) => r.kind !== 'meeting').length,
    meetings: inMonth.filter((r) => r.kind === 'meeting').length,
    issues: issues.length,
    converted: issues.filter((i) => i.enquiryId).length,
  };
}

/** 拜访记录 / 座谈会纪要 as typed: the visit (or meeting) and the issues raised. */
export const visitInputSchema = z
  .object({
    kind: z.enum(VISIT_KINDS, '请选择拜访类型'),
    date: z.string('请输入日期').regex(DATE, '日期格式应为 YYYY-MM-DD'),
    visitorId: z.string('请选择拜访人').min(1, '请选择拜访人'),
    unitId: z.string().default(''),
    unitCode: z.string().trim().max(30, '房号最多 30 个字').default(''),
    household: z.string().trim().max(40, '最多 40 个字').default(''),
    moveInId: z.string().default(''),
    eventId: z.string().default(''),
    place: z.string().trim().max(60, '最多 60 个字').default(''),
    attendees: z.number('请输入人数').int('人数应为整数').min(0).max(9999).default(0),
    notes: z.string().trim().min(1, '请填写拜访情况或会议纪要').max(2000, '最多 2000 个字'),
    issues: z.array(z.string().trim().max(200, '每条问题最多 200 个字')).default([]),
  })
  .superRefine((v, ctx) => {
    const needsUnit = (HOUSEHOLD_VISIT_KINDS as readonly VisitKind[]).includes(v.kind);
    if (needsUnit && !v.unitCode.trim())
      ctx.addIssue({ code: 'custom', path: ['unitCode'], message: '请选择拜访的房号' });
    if (v.kind === 'meeting' && !v.place.trim())
      ctx.addIssue({ code: 'custom', path: ['place'], message: '请填写座谈会地点' });
    if (v.kind === 'meeting' && v.attendees < 1)
      ctx.addIssue({ code: 'custom', path: ['attendees'], message: '请填写参会人数' });
    if (v.kind === 'event' && !v.eventId)
      ctx.addIssue({ code: 'custom', path: ['eventId'], message: '请选择社区活动' });
  });
export type VisitInput = z.input<typeof visitInputSchema>;

/** Why a visit dated `date` may not be recorded at office `today` (Chinese, empty when fine). */
export function visitDateProblems(date: string, today: string): string[] {
  if (!DATE.test(date)) return ['日期格式应为 YYYY-MM-DD'];
  if (date > today) return ['拜访日期不能晚于今天'];
  if (date < isoDateFromParts(Number(today.slice(0, 4)) - 1, 1, 1))
    return ['只能登记今年和去年的拜访'];
  return [];
}
