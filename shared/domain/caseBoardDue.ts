/**
 * The today board's items of the case registers: complaint and suggestion deadlines, repair
 * revisits, the suggestion digest, unsettled enquiries, survey follow-ups and the revisit
 * register's events and reviews. The rules are the registers' own; todayBoard.ts gathers them.
 */
import type { WorkCalendar } from './calendar';
import { openDeadlines } from './complaintDeadlines';
import { repairRevisitSamplingDate, type DeadlineSettings } from './deadlines';
import { enquirySettleDue } from './enquiries';
import { officeDateOf, parseInstant } from './officeTime';
import { endOfOfficeDay } from './renovationDue';
import { REVISIT_KIND_LABELS } from './revisitKinds';
import { reviewDueDate } from './revisitSupervision';
import { openSurveyDeadlines } from './surveys';
import { openRoute, type BoardDue } from './boardDue';
import type { TodayFacts } from './todayBoard';

export function caseDues(
  cases: TodayFacts['cases'],
  s: DeadlineSettings,
  cal: WorkCalendar,
): BoardDue[] {
  return cases.flatMap((c) =>
    openDeadlines(c, s, cal).map((d) => ({
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
      route: openRoute('/complaints', c.id),
    })),
  );
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

export function repairRevisitDues(
  orders: TodayFacts['workOrders'],
  s: DeadlineSettings,
): BoardDue[] {
  return orders.flatMap((o) => {
    const due = repairRevisitDue(o, s);
    if (!due) return [];
    return [
      {
        kind: 'repairRevisit' as const,
        recordId: o.id,
        no: o.no,
        ...(o.unitCode ? { unitCode: o.unitCode } : {}),
        detail: o.revisitReason ?? 'sample',
        dueAt: due,
        route: openRoute(o.kind === 'paidService' ? '/services' : '/repairs', o.id),
      },
    ];
  });
}

/** One item for the suggestions not yet in a digest, due by the end of the oldest one's day. */
export function suggestionDigestDues(received: readonly string[], today: string): BoardDue[] {
  if (received.length === 0) return [];
  const oldest = [...received].sort((a, b) => parseInstant(a) - parseInstant(b))[0]!;
  const day = officeDateOf(oldest);
  return [
    {
      kind: 'suggestionDigest',
      recordId: 'suggestion-digest',
      subject: String(received.length),
      dueAt: endOfOfficeDay(day),
      state: day < today ? 'overdue' : 'today',
      route: '/complaints?digest=1',
    },
  ];
}

/** An open enquiry is on its owner's board once its settle-by day has come (always overdue). */
export function enquiryDues(
  enquiries: NonNullable<TodayFacts['enquiries']>,
  now: string,
  s: DeadlineSettings,
  cal: WorkCalendar,
): BoardDue[] {
  return enquiries.flatMap((e) => {
    const due = enquirySettleDue(e.receivedAt, s, cal);
    if (parseInstant(due) > parseInstant(now)) return [];
    return [
      {
        kind: 'enquiryUnsettled' as const,
        recordId: e.id,
        no: e.no,
        ...(e.unitCode ? { unitCode: e.unitCode } : {}),
        subject: e.topic,
        dueAt: due,
        state: 'overdue' as const,
        route: openRoute('/enquiries', e.id),
      },
    ];
  });
}

/** Survey follow-up (002): summary 2 days, the department's measures 3, the revisit 14. */
export function surveyDues(
  rounds: NonNullable<TodayFacts['surveys']>,
  s: DeadlineSettings,
): BoardDue[] {
  return rounds.flatMap((r) =>
    openSurveyDeadlines(r, s).map((d) => ({
      kind: 'surveyFollowUp' as const,
      recordId: r.id,
      no: r.no,
      subject: d.department ? `${r.title} · ${d.department}` : r.title,
      detail: `survey_${d.kind}`,
      dueAt: d.due,
      route: openRoute('/surveys', r.id),
    })),
  );
}

/** Community events (30 % within 5 days) and emergency aid (within a week), 004 4.2.5–6. */
export function revisitEventDues(events: NonNullable<TodayFacts['revisitEvents']>): BoardDue[] {
  return events.flatMap((e) => {
    const left = e.sample.length - e.revisits.length;
    if (left <= 0) return [];
    return [
      {
        kind: 'kindRevisit' as const,
        recordId: e.id,
        subject: `${REVISIT_KIND_LABELS[e.kind]} · ${e.title} · 待回访 ${left} 人`,
        detail: e.kind,
        dueAt: e.revisitDueAt,
        route: openRoute('/revisits', e.id),
      },
    ];
  });
}

/** The supervisor's weekly review and the manager's monthly spot-check (004 4.4–4.5). */
export function revisitReviewDues(reviews: TodayFacts['revisitReviews']): BoardDue[] {
  return (
    [
      ['weekly', reviews?.weeks ?? []],
      ['monthly', reviews?.months ?? []],
    ] as const
  ).flatMap(([kind, periods]) =>
    periods.map((period) => ({
      kind: 'revisitReview' as const,
      recordId: `${kind}:${period}`,
      subject: kind === 'weekly' ? `${period} 起一周` : period,
      detail: `review_${kind}`,
      dueAt: endOfOfficeDay(reviewDueDate(kind, period)),
      route: `/revisits?review=${kind}:${period}`,
    })),
  );
}
