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
 * The case registers' items are built in caseBoardDue.ts, the desk registers' in
 * registerBoardDue.ts, the site ledgers' in siteDue.ts, bookings' in venueDue.ts.
 */
import type { WorkCalendar } from './calendar';
import type { BoardDue } from './boardDue';
import {
  caseDues,
  enquiryDues,
  repairRevisitDues,
  revisitEventDues,
  revisitReviewDues,
  suggestionDigestDues,
  surveyDues,
} from './caseBoardDue';
import {
  handoverDues,
  keyLoanDues,
  mailDues,
  movingDues,
  overstayDues,
  payPromiseDues,
  renovationBoardDues,
} from './registerBoardDue';
import type { CaseDeadlineFacts } from './complaintDeadlines';
import { dueState, type DeadlineSettings } from './deadlines';
import type { HandoverItem } from './handover';
import type { LoanTimes } from './keys';
import { parkingDues } from './parking';
import type { MailStatus } from './mail';
import { officeDateOf, parseInstant } from './officeTime';
import type { WorkOrderKind } from './repairs';
import { endOfOfficeDay, type RenovationTimes } from './renovationDue';
import { siteDues, SITE_DUE_KINDS, type SiteFacts } from './siteDue';
import type { SurveyRoundFacts } from './surveys';
import type { RevisitKind } from './revisitKinds';
import { venueDues, VENUE_DUE_KINDS, type VenueBookingFacts } from './venueDue';
import type { VisitStatus } from './visitors';
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

  // Each register's own items, gathered in the board's order (ties keep it).
  const add = (dues: readonly BoardDue[]) => {
    for (const { state, overdue, ...item } of dues) {
      if (state) out.push({ ...item, state });
      else push(item, overdue);
    }
  };
  const today = officeDateOf(now);
  add(renovationBoardDues(facts.renovations, now, s, cal));
  add(caseDues(facts.cases, s, cal));
  add(repairRevisitDues(facts.workOrders, s));
  add(keyLoanDues(facts.keyLoans, now));
  add(mailDues(facts.mail, now, s));
  add(overstayDues(facts.visits, now));
  add(suggestionDigestDues(facts.undigestedSuggestions ?? [], today));
  add(enquiryDues(facts.enquiries ?? [], now, s, cal));
  add(handoverDues(facts.handovers, today));
  add(movingDues(facts.movings ?? []));
  if (facts.site) for (const d of siteDues(facts.site, now)) push(d);
  // Bookings word their own state: one under way today is not overdue (venueDue.ts).
  if (facts.venues) out.push(...venueDues(facts.venues.bookings, now, facts.venues.refundDays));
  for (const d of parkingDues(facts.parkingLeases ?? [], officeDateOf(now), endOfOfficeDay))
    push(d);
  add(surveyDues(facts.surveys ?? [], s));
  add(revisitEventDues(facts.revisitEvents ?? []));
  add(revisitReviewDues(facts.revisitReviews));
  add(payPromiseDues(facts.payPromises ?? [], today));

  if (facts.visitPlan)
    for (const { overdue, ...d } of visitPlanDues(facts.visitPlan, today)) push(d, overdue);

  return out.sort(
    (a, b) =>
      (a.state === 'overdue' ? 0 : 1) - (b.state === 'overdue' ? 0 : 1) ||
      parseInstant(a.dueAt) - parseInstant(b.dueAt) ||
      TODAY_KINDS.indexOf(a.kind) - TODAY_KINDS.indexOf(b.kind),
  );
}
