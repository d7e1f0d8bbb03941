/**
 * The filters the today board applies to what the repositories read (issue 17): which
 * suggestions still wait for the supervisor's digest, which moving appointments are still to
 * be let in, and from which day on the desk owes its periodic work (reviews, the visit plan).
 * Pure, so the board's rules are tested without a database.
 */
import { officeDateOf } from './officeTime';
import { periodsNeedingReview, type RevisitReviewKind } from './revisitSupervision';

/**
 * Receipt times of the suggestions not yet in a daily digest (建议每日汇总): open or
 * dispatched suggestions, never closed ones (a closed suggestion was answered already).
 */
export function undigestedSuggestionTimes(
  cases: readonly {
    kind: string;
    status: string;
    receivedAt: string;
    digestAt?: string;
    deletedAt?: string;
  }[],
): string[] {
  return cases
    .filter((c) => !c.deletedAt && c.kind === 'suggestion' && c.status !== 'closed' && !c.digestAt)
    .map((c) => c.receivedAt);
}

/** A moving appointment as the board shows it (搬家预约). */
export interface DueMoving {
  id: string;
  no: string;
  unitCode?: string;
  movingDate: string;
  windowFrom: string;
  windowTo: string;
  lift: string;
}

/**
 * Moving appointments the guard still waits for: issued passes (not used, voided or deleted)
 * with a booked date and window. Passes without a window are not appointments.
 */
export function dueMovings(
  passes: readonly {
    id: string;
    no: string;
    status: string;
    unitCode?: string;
    movingDate?: string;
    windowFrom?: string;
    windowTo?: string;
    lift?: string;
    deletedAt?: string;
  }[],
): DueMoving[] {
  return passes.flatMap((p) =>
    p.status === 'issued' && !p.deletedAt && p.movingDate && p.windowFrom && p.windowTo
      ? [
          {
            id: p.id,
            no: p.no,
            ...(p.unitCode ? { unitCode: p.unitCode } : {}),
            movingDate: p.movingDate,
            windowFrom: p.windowFrom,
            windowTo: p.windowTo,
            lift: p.lift ?? '',
          },
        ]
      : [],
  );
}

/**
 * The office date the desk began (its first operator's creation): periodic work older than
 * that is not the desk's debt. A desk with no operator yet begins today.
 */
export function deskFirstDay(operators: readonly { createdAt: string }[], today: string): string {
  const first = operators
    .map((o) => o.createdAt)
    .sort()
    .at(0);
  return first ? officeDateOf(first) : today;
}

/** Weeks and months whose revisit review (回访记录审阅) is due and not signed, since `from`. */
export function unreviewedPeriods(
  reviews: readonly { kind: RevisitReviewKind; period: string; deletedAt?: string }[],
  today: string,
  from: string,
): { weeks: string[]; months: string[] } {
  const live = reviews.filter((r) => !r.deletedAt);
  const of = (k: RevisitReviewKind) =>
    new Set(live.filter((r) => r.kind === k).map((r) => r.period));
  return {
    weeks: periodsNeedingReview('weekly', today, from, of('weekly')),
    months: periodsNeedingReview('monthly', today, from, of('monthly')),
  };
}
