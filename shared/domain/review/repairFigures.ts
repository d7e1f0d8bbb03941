/**
 * Work orders of the month (repairs and paid services): received by type and urgency,
 * completion time, and revisit coverage against the sampling rule (revisitSampling.ts):
 * every emergency repair completed in the month, plus the month's sample of the others.
 */
import { rate } from '../rates';
import { parseInstant } from '../officeTime';
import { revisitRule, revisitSampleSize } from '../revisitSampling';
import {
  countsOf,
  idsOf,
  inOfficeMonth,
  put,
  type Buckets,
  type Groups,
  type WorkOrderFacts,
} from './facts';
import type { RepairFigures } from './figures';

/**
 * Keys: `received`, `type:<kind>`, `urgency:<urgency>`, `completed`, `revisited`
 * (completed in the month and revisited since).
 */
function repairGroups(orders: readonly WorkOrderFacts[], month: string): Groups<WorkOrderFacts> {
  const out: Groups<WorkOrderFacts> = {};
  for (const o of inOfficeMonth(orders, 'receivedAt', month)) {
    put(out, 'received', o);
    put(out, `type:${o.kind}`, o);
    put(out, `urgency:${o.urgency}`, o);
  }
  for (const o of inOfficeMonth(orders, 'completedAt', month)) {
    put(out, 'completed', o);
    if (o.revisitedAt !== undefined) put(out, 'revisited', o);
  }
  return out;
}

/** The orders behind each repair bar (keys as `repairGroups`). */
export function repairBuckets(orders: readonly WorkOrderFacts[], month: string): Buckets {
  return idsOf(repairGroups(orders, month));
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The repair figures of `month`. */
export function repairFigures(orders: readonly WorkOrderFacts[], month: string): RepairFigures {
  const b = repairGroups(orders, month);
  const completed = b['completed'] ?? [];
  const hours = completed.map(
    (o) => (parseInstant(o.completedAt!) - parseInstant(o.receivedAt)) / 3_600_000,
  );
  const med = median(hours);
  const always = completed.filter((o) => revisitRule(o.urgency) === 'always').length;
  const required = always + revisitSampleSize(completed.length - always);
  const revisited = (b['revisited'] ?? []).length;
  return {
    received: (b['received'] ?? []).length,
    byType: countsOf(b, 'type'),
    byUrgency: countsOf(b, 'urgency'),
    completed: completed.length,
    medianCompletionHours: med === null ? null : Math.round(med * 10) / 10,
    revisitRequired: required,
    // More revisits than the rule asks for (a clerk may revisit extra) still means full coverage.
    revisitCoverage: rate(Math.min(revisited, required), required),
  };
}
