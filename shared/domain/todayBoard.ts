/**
 * The desk's today board (今日待办): what is due today or already overdue across the registers.
 *
 * Policy:
 * - Every due moment comes from the register's own rule (deadlines.ts, renovationDue.ts,
 *   complaintDeadlines.ts, keys.ts, mail, visitors, handover); this module only gathers them.
 * - An item is shown when it is overdue, or when it falls due later on today's office date;
 *   anything due on a later date is not shown.
 * - Repair revisits: an emergency repair is revisited right after the job, so it is due by the
 *   end of its completion day; a sampled routine order by the end of its month's sampling day.
 * - Open handover items have no deadline: one written today is today's, one carried from an
 *   earlier day is overdue by its age.
 * - A moving appointment is due by the end of its window on its date.
 * - Patrols, inspections, custody checks and the manager's 签阅 follow siteDue.ts; parking
 *   lets running out follow parking.ts.
 * - Public-space bookings of today, their approvals and deposits to refund follow venueDue.ts.
 * - Suggestions: the reply is due N working days after receipt; suggestions not yet passed to
 *   the supervisor in the daily digest (今日建议汇总) make one item, due at the end of the
 *   office day of the oldest, overdue once that day is past.
 * - Enquiries: an open enquiry is its owner's (首问负责), on her board only, from
 *   `enquirySettleWorkingDays` working days after receipt (always overdue then).
 * - Order: overdue first, then by due moment (the longest overdue on top).
 */
import type { WorkCalendar } from './calendar';
import { openDeadlines, type CaseDeadlineFacts } from './complaintDeadlines';
import {
  dueState,
  isMailUncollectedTooLong,
  repairRevisitSamplingDate,
  type DeadlineSettings,
} from './deadlines';
import { enquirySettleDue } from './enquiries';
import { isOpen, type HandoverItem } from './handover';
import { loanState, type LoanTimes } from './keys';
import { parkingDues } from './parking';
import type { MailStatus } from './mail';
import { officeDateOf, parseInstant } from './officeTime';
import type { WorkOrderKind } from './repairs';
import { endOfOfficeDay, renovationDues, type RenovationTimes } from './renovationDue';
import { officeAt, siteDues, SITE_DUE_KINDS, type SiteFacts } from './siteDue';
import { openSurveyDeadlines, type SurveyRoundFacts } from './surveys';
import { REVISIT_KIND_LABELS, type RevisitKind } from './revisitKinds';
import { reviewDueDate } from './revisitSupervision';
import { venueDues, VENUE_DUE_KINDS, type VenueBookingFacts } from './venueDue';
import { isOverstaying, OVERSTAY_HOURS, type VisitStatus } from './visitors';
import type { DueMoving } from './todayFacts';
import { visitPlanDues, type VisitPlanBoardFacts } from './visitPlanDue';

/** The kinds of item, in the order the board groups them. */
export const TODAY_KINDS = [
  'renovationReview',
  'depositRefund',
  'complaintDeadline',
  'complaintRevisit',
  'suggestionReply',
  'suggestionDigest',
  'enquiryUnsettled',
  'repairRevisit',
  'keyOverdue',
  'mailUncollected',
  'visitorOverstay',
  'handoverItem',
  'movingAppointment',
  ...VENUE_DUE_KINDS,
  ...SITE_DUE_KINDS,
  'surveyFollowUp',
  'kindRevisit',
  'revisitReview',
  'payPromise',
  'parkingExpiry',
  'visitPlan',
] as const;
export type TodayKind = (typeof TODAY_KINDS)[number];

export type TodayState = 'overdue' | 'today';

/** One line of the board; the UI words it from `kind`, `detail` and `subject`. */
export interface TodayItem {
  kind: TodayKind;
  recordId: string;
  no?: string;
  unitCode?: string;
  /** Which deadline of the record: review, depositRefund, passRefund, feedback, fix, emergency, sample. */
  detail?: string;
  /** Free text naming the thing: key label, borrower, addressee, visitor, handover item. */
  subject?: string;
  dueAt: string;
  state: TodayState;
  /** Where the record opens: the register's path with `?open=<id>`. */
  route: string;
}

/** What the board reads of each register: only open records need be passed. */
export interface TodayFacts {
  renovations: readonly (RenovationTimes & { id: string; no: string; unitCode?: string })[];
  cases: readonly (CaseDeadlineFacts & { id: string; no: string; unitCode?: string })[];
  workOrders: readonly {
    id: string;
    no: string;
    kind: WorkOrderKind;
    unitCode: string;
    revisitStatus: 'none' | 'due' | 'done';
    revisitReason?: 'emergency' | 'sample';
    completedAt?: string;
    completedMonth?: string;
  }[];
  keyLoans: readonly (LoanTimes & { id: string; keyLabel: string; borrower: string })[];
  mail: readonly {
    id: string;
    unitCode: string;
    addressee?: string;
    receivedAt: string;
    status: MailStatus;
  }[];
  visits: readonly {
    id: string;
    name: string;
    unitCode: string;
    status: VisitStatus;
    inAt: string;
  }[];
  handovers: readonly { id: string; no: string; items: readonly HandoverItem[] }[];
  /** Moving appointments (搬家预约) still to happen, of today or earlier. */
  movings?: readonly DueMoving[];
  /** Patrols, inspections, custody checks and 签阅 (siteDue.ts); absent where not kept. */
  site?: SiteFacts;
  /** Public-space bookings still open (venueDue.ts), with the days a deposit is due back in. */
  venues?: { bookings: readonly VenueBookingFacts[]; refundDays: number };
  /** Open enquiries of the signed-in clerk (the repository passes only hers). */
  enquiries?: readonly {
    id: string;
    no: string;
    unitCode?: string;
    topic: string;
    receivedAt: string;
  }[];
  /** Suggestions not yet in a digest passed to the supervisor: their receipt times. */
  undigestedSuggestions?: readonly string[];
  /** Survey rounds whose collection has ended and whose follow-up is not done. */
  surveys?: readonly (SurveyRoundFacts & { id: string; no: string; title: string })[];
  /** Open community-event and emergency-aid revisits. */
  revisitEvents?: readonly {
    id: string;
    kind: RevisitKind;
    title: string;
    revisitDueAt: string;
    sample: readonly string[];
    revisits: readonly { key: string }[];
  }[];
  /** Weeks (Monday dates) and months whose revisit review is not signed yet. */
  revisitReviews?: { weeks: readonly string[]; months: readonly string[] };
  /** 承诺缴费 that passed while the unit still owes (issue 18); only broken ones are passed. */
  payPromises?: readonly { id: string; unitId: string; unitCode: string; promiseDate: string }[];
  /** Parking lets ending within the reminder window or past their end (parking.ts). */
  parkingLeases?: Parameters<typeof parkingDues>[0];
  /** The year's visit plan (拜访计划, visitPlan.ts). */
  visitPlan?: VisitPlanBoardFacts;
}

const open = (path: string, id: string) => `${path}?open=${encodeURIComponent(id)}`;

/** Overdue, due later today (office date), or null when not for today's board. */
export function boardState(dueAt: string, now: string, overdue?: boolean): TodayState | null {
  if (overdue ?? dueState(dueAt, now, 0) === 'overdue') return 'overdue';
  return officeDateOf(dueAt) === officeDateOf(now) && parseInstant(dueAt) >= parseInstant(now)
    ? 'today'
    : null;
}

/** How long an item is overdue: whole hours under a day (at least 1), whole days after. */
export function overdueBy(dueAt: string, now: string): { unit: 'hours' | 'days'; value: number } {
  const ms = Math.max(0, parseInstant(now) - parseInstant(dueAt));
  if (ms < 86_400_000) return { unit: 'hours', value: Math.max(1, Math.floor(ms / 3_600_000)) };
  return { unit: 'days', value: Math.floor(ms / 86_400_000) };
}

/** When a work order picked for a revisit must be revisited, or null when it has no date yet. */
export function repairRevisitDue(
  o: TodayFacts['workOrders'][number],
  s: DeadlineSettings,
): string | null {
  if (o.revisitStatus !== 'due') return null;
  if (o.revisitReason === 'emergency' && o.completedAt)
    return endOfOfficeDay(officeDateOf(o.completedAt));
  if (o.completedMonth) return endOfOfficeDay(repairRevisitSamplingDate(o.completedMonth, s));
  return o.completedAt ? endOfOfficeDay(officeDateOf(o.completedAt)) : null;
}

/** The board at `now`: every item due today or overdue, overdue first, then by due moment. */
export function todayItems(
  facts: TodayFacts,
  now: string,
  s: DeadlineSettings,
  cal: WorkCalendar,
): TodayItem[] {
  const out: TodayItem[] = [];
  const push = (item: Omit<TodayItem, 'state'>, overdue?: boolean) => {
    const state = boardState(item.dueAt, now, overdue);
    if (state) out.push({ ...item, state });
  };

  for (const r of facts.renovations) {
    for (const d of renovationDues(r, now, s, cal)) {
      if (d.kind === 'works') continue;
      push({
        kind: d.kind === 'review' ? 'renovationReview' : 'depositRefund',
        recordId: r.id,
        no: r.no,
        ...(r.unitCode ? { unitCode: r.unitCode } : {}),
        detail: d.kind,
        dueAt: d.due,
        route: open('/renovation', r.id),
      });
    }
  }

  for (const c of facts.cases) {
    for (const d of openDeadlines(c, s, cal)) {
      push({
        kind:
          d.kind === 'revisit'
            ? 'complaintRevisit'
            : d.kind === 'reply'
              ? 'suggestionReply'
              : 'complaintDeadline',
        recordId: c.id,
        no: c.no,
        ...(c.unitCode ? { unitCode: c.unitCode } : {}),
        detail: d.kind,
        dueAt: d.due,
        route: open('/complaints', c.id),
      });
    }
  }

  for (const o of facts.workOrders) {
    const due = repairRevisitDue(o, s);
    if (!due) continue;
    push({
      kind: 'repairRevisit',
      recordId: o.id,
      no: o.no,
      ...(o.unitCode ? { unitCode: o.unitCode } : {}),
      detail: o.revisitReason ?? 'sample',
      dueAt: due,
      route: open(o.kind === 'paidService' ? '/services' : '/repairs', o.id),
    });
  }

  for (const l of facts.keyLoans) {
    const state = loanState(l, now);
    if (state === 'returned') continue;
    push(
      {
        kind: 'keyOverdue',
        recordId: l.id,
        subject: `${l.keyLabel} · ${l.borrower}`,
        dueAt: l.dueAt,
        route: open('/keys', l.id),
      },
      state === 'overdue',
    );
  }

  for (const m of facts.mail) {
    if (m.status !== 'waiting') continue;
    push(
      {
        kind: 'mailUncollected',
        recordId: m.id,
        unitCode: m.unitCode,
        ...(m.addressee ? { subject: m.addressee } : {}),
        dueAt: new Date(
          parseInstant(m.receivedAt) + s.mailUncollectedWarnDays * 86_400_000,
        ).toISOString(),
        route: open('/mail', m.id),
      },
      isMailUncollectedTooLong(m.receivedAt, now, s),
    );
  }

  // Only a visitor past the 24 hours is the desk's business; one still within them is not.
  for (const v of facts.visits) {
    if (!isOverstaying(v, now)) continue;
    push(
      {
        kind: 'visitorOverstay',
        recordId: v.id,
        unitCode: v.unitCode,
        subject: v.name,
        dueAt: new Date(parseInstant(v.inAt) + OVERSTAY_HOURS * 3_600_000).toISOString(),
        route: open('/visitors', v.id),
      },
      true,
    );
  }

  const today = officeDateOf(now);
  const undigested = facts.undigestedSuggestions ?? [];
  if (undigested.length > 0) {
    const oldest = [...undigested].sort((a, b) => parseInstant(a) - parseInstant(b))[0]!;
    const day = officeDateOf(oldest);
    out.push({
      kind: 'suggestionDigest',
      recordId: 'suggestion-digest',
      subject: String(undigested.length),
      dueAt: endOfOfficeDay(day),
      state: day < today ? 'overdue' : 'today',
      route: '/complaints?digest=1',
    });
  }

  for (const e of facts.enquiries ?? []) {
    const due = enquirySettleDue(e.receivedAt, s, cal);
    if (parseInstant(due) > parseInstant(now)) continue;
    out.push({
      kind: 'enquiryUnsettled',
      recordId: e.id,
      no: e.no,
      ...(e.unitCode ? { unitCode: e.unitCode } : {}),
      subject: e.topic,
      dueAt: due,
      state: 'overdue',
      route: open('/enquiries', e.id),
    });
  }

  for (const h of facts.handovers) {
    for (const i of h.items) {
      if (!isOpen(i)) continue;
      out.push({
        kind: 'handoverItem',
        recordId: h.id,
        no: h.no,
        subject: i.text,
        dueAt: i.createdAt,
        state: officeDateOf(i.createdAt) < today ? 'overdue' : 'today',
        route: open('/handover', h.id),
      });
    }
  }

  // A move is due by the end of its window; the guard's check-out takes it off the board.
  for (const m of facts.movings ?? [])
    push({
      kind: 'movingAppointment',
      recordId: m.id,
      no: m.no,
      ...(m.unitCode ? { unitCode: m.unitCode } : {}),
      subject: `${m.windowFrom}–${m.windowTo} ${m.lift}`,
      dueAt: officeAt(m.movingDate, m.windowTo),
      route: `/release?no=${encodeURIComponent(m.no)}`,
    });

  if (facts.site) for (const d of siteDues(facts.site, now)) push(d);
  // Bookings word their own state: one under way today is not overdue (venueDue.ts).
  if (facts.venues) out.push(...venueDues(facts.venues.bookings, now, facts.venues.refundDays));
  for (const d of parkingDues(facts.parkingLeases ?? [], officeDateOf(now), endOfOfficeDay))
    push(d);
  // Survey follow-up (002): summary 2 days, the department's measures 3, the revisit 14.
  for (const r of facts.surveys ?? []) {
    for (const d of openSurveyDeadlines(r, s)) {
      push({
        kind: 'surveyFollowUp',
        recordId: r.id,
        no: r.no,
        subject: d.department ? `${r.title} · ${d.department}` : r.title,
        detail: `survey_${d.kind}`,
        dueAt: d.due,
        route: open('/surveys', r.id),
      });
    }
  }

  // Community events (30 % within 5 days) and emergency aid (within a week), 004 4.2.5–6.
  for (const e of facts.revisitEvents ?? []) {
    const left = e.sample.length - e.revisits.length;
    if (left <= 0) continue;
    push({
      kind: 'kindRevisit',
      recordId: e.id,
      subject: `${REVISIT_KIND_LABELS[e.kind]} · ${e.title} · 待回访 ${left} 人`,
      detail: e.kind,
      dueAt: e.revisitDueAt,
      route: open('/revisits', e.id),
    });
  }

  // The supervisor's weekly review and the manager's monthly spot-check (004 4.4–4.5).
  const reviews = facts.revisitReviews;
  for (const [kind, periods] of [
    ['weekly', reviews?.weeks ?? []],
    ['monthly', reviews?.months ?? []],
  ] as const) {
    for (const period of periods) {
      push({
        kind: 'revisitReview',
        recordId: `${kind}:${period}`,
        subject: kind === 'weekly' ? `${period} 起一周` : period,
        detail: `review_${kind}`,
        dueAt: endOfOfficeDay(reviewDueDate(kind, period)),
        route: `/revisits?review=${kind}:${period}`,
      });
    }
  }

  for (const p of facts.payPromises ?? []) {
    push(
      {
        kind: 'payPromise',
        recordId: p.id,
        unitCode: p.unitCode,
        subject: p.promiseDate,
        dueAt: endOfOfficeDay(p.promiseDate),
        route: open('/fees', p.unitId),
      },
      p.promiseDate < today,
    );
  }

  if (facts.visitPlan)
    for (const { overdue, ...d } of visitPlanDues(facts.visitPlan, today)) push(d, overdue);

  return out.sort(
    (a, b) =>
      (a.state === 'overdue' ? 0 : 1) - (b.state === 'overdue' ? 0 : 1) ||
      parseInstant(a.dueAt) - parseInstant(b.dueAt) ||
      TODAY_KINDS.indexOf(a.kind) - TODAY_KINDS.indexOf(b.kind),
  );
}
