/**
 * The monthly forms 投诉情况月度汇总单 and 建议情况月度表: counts of the cases received in the
 * office month by category, department, channel and severity, and the four rates (rates.ts).
 */
import type { CaseChannel, CaseKind, ComplaintCategory } from './complaints';
import type { Severity } from './deadlines';
import {
  complaintRates,
  officeMonthOf,
  type ComplaintRateFacts,
  type ComplaintRates,
} from './rates';

/** What the monthly forms read of a case. */
export interface MonthlyCaseFacts extends ComplaintRateFacts {
  kind: CaseKind;
  channel: CaseChannel;
  category?: ComplaintCategory;
  severity?: Severity;
  department?: string;
  adopted?: boolean;
}

/** Key → count; an unset key (not yet classified) counts under `none`. */
export type Counts = Record<string, number>;

export interface MonthlySummary {
  month: string;
  kind: CaseKind;
  received: number;
  byCategory: Counts;
  byDepartment: Counts;
  byChannel: Counts;
  bySeverity: Counts;
  /** Suggestions: adopted / not adopted / not yet answered. */
  byAdoption: Counts;
  /** Complaints only; suggestions have no rates. */
  rates?: ComplaintRates;
}

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Counts {
  const out: Counts = {};
  for (const item of items) {
    const k = key(item) ?? 'none';
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** `2026-05` → the month before, `2026-04`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The summary of `kind` for `month` (`YYYY-MM`); `cases` may hold other months and kinds.
 * `households` (入住户数) is the 有效投诉率's denominator; 0 when unknown.
 */
export function summarizeMonth(
  cases: readonly MonthlyCaseFacts[],
  month: string,
  kind: CaseKind,
  households = 0,
): MonthlySummary {
  const ofKind = cases.filter((c) => c.kind === kind);
  const received = ofKind.filter((c) => officeMonthOf(c.receivedAt) === month);
  return {
    month,
    kind,
    received: received.length,
    byCategory: countBy(received, (c) => c.category),
    byDepartment: countBy(received, (c) => c.department),
    byChannel: countBy(received, (c) => c.channel),
    bySeverity: countBy(received, (c) => c.severity),
    byAdoption: countBy(received, (c) =>
      c.adopted === undefined ? undefined : c.adopted ? 'adopted' : 'rejected',
    ),
    ...(kind === 'complaint' ? { rates: complaintRates(ofKind, month, households) } : {}),
  };
}
