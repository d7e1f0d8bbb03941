/**
 * The parking register of a month (issue 19), for the monthly review and report: spaces and how
 * many are taken at the month's end, lets and sales begun and ended in the month, lets running
 * out in the next month, and the monthly fees of the spaces taken.
 */
import { billedMonths, inForceOn, lastDayOf, type LeaseTimes } from '../parking';
import { monthEndOf } from '../revisitSupervision';
import { addMonths } from '../billing';

export interface ParkingMonthFigures {
  month: string;
  spaces: number;
  /** Spaces with a let or sale in force on the month's last day. */
  taken: number;
  leasesStarted: number;
  salesStarted: number;
  /** Lets and sales whose last day fell in the month (ended, or run out not renewed). */
  ended: number;
  /** Lets ending in the next month, not renewed. */
  expiringNext: number;
  /** Σ monthly fee of what is billed for the month, fen. */
  feeFen: number;
}

/** The month's figures (`YYYY-MM`); deleted rows are left out by the caller. */
export function parkingMonthFigures(
  spaces: readonly { id: string }[],
  leases: readonly (LeaseTimes & { spaceId: string; monthlyFeeFen: number })[],
  month: string,
): ParkingMonthFigures {
  const monthEnd = monthEndOf(month);
  const next = addMonths(month, 1);
  const inMonth = (d: string | undefined) => d !== undefined && d.startsWith(month);
  const live = new Set(spaces.map((s) => s.id));
  const of = leases.filter((l) => live.has(l.spaceId));
  return {
    month,
    spaces: spaces.length,
    taken: new Set(of.filter((l) => inForceOn(l, monthEnd)).map((l) => l.spaceId)).size,
    leasesStarted: of.filter((l) => l.use === 'lease' && inMonth(l.startDate)).length,
    salesStarted: of.filter((l) => l.use === 'sale' && inMonth(l.startDate)).length,
    ended: of.filter((l) => !l.renewedById && inMonth(lastDayOf(l))).length,
    expiringNext: of.filter(
      (l) => l.use === 'lease' && !l.renewedById && !l.endedOn && l.endDate?.startsWith(next),
    ).length,
    feeFen: of
      .filter((l) => billedMonths(l, [month]).length > 0)
      .reduce((a, l) => a + l.monthlyFeeFen, 0),
  };
}
