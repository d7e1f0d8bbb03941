/**
 * Renovation jobs of the month: works started, acceptances passed, refunds made, and the
 * deposits still held at the end of the month by age (from the first deposit taken).
 */
import { officeDateOf, parseInstant } from '../officeTime';
import { officeMonthOf } from '../rates';
import { addTo, type Buckets, type RenovationFacts } from './facts';
import type { FenByKey, RenovationFigures } from './figures';
import { monthAsOf } from './months';

export const DEPOSIT_AGE_BUCKETS = ['0-30', '31-90', '91-180', '181+'] as const;
export type DepositAgeBucket = (typeof DEPOSIT_AGE_BUCKETS)[number];

/** The age bucket of a deposit held `days` whole days. */
export function depositAgeBucket(days: number): DepositAgeBucket {
  if (days <= 30) return '0-30';
  if (days <= 90) return '31-90';
  if (days <= 180) return '91-180';
  return '181+';
}

const inMonth = (iso: string | undefined, month: string) =>
  iso !== undefined && officeMonthOf(iso) === month;

/** Fen held by a job at `asOf` (movements strictly before it) and since when, if any. */
export function heldAt(job: RenovationFacts, asOf: string): { fen: number; since?: string } {
  const limit = parseInstant(asOf);
  const before = (m: { at: string }) => parseInstant(m.at) < limit;
  const taken = job.deposits.filter(before);
  const fen =
    taken.reduce((s, d) => s + d.fen, 0) -
    job.settlements.filter(before).reduce((s, d) => s + d.fen, 0);
  if (fen <= 0) return { fen: 0 };
  const since = taken.map((d) => d.at).sort((a, b) => parseInstant(a) - parseInstant(b))[0];
  return { fen, since };
}

function daysBetween(fromIso: string, toIso: string): number {
  const from = Date.parse(`${officeDateOf(fromIso)}T00:00:00Z`);
  const to = Date.parse(`${officeDateOf(toIso)}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** Keys: `started`, `accepted`, `refunded`, `held`, `age:<bucket>`. */
export function renovationBuckets(
  jobs: readonly RenovationFacts[],
  month: string,
  now: string,
): Buckets {
  const asOf = monthAsOf(month, now);
  const out: Buckets = {};
  for (const j of jobs) {
    if (inMonth(j.startedAt, month)) addTo(out, 'started', j.id);
    if (inMonth(j.acceptedAt, month)) addTo(out, 'accepted', j.id);
    if (j.settlements.some((s) => inMonth(s.at, month))) addTo(out, 'refunded', j.id);
    const held = heldAt(j, asOf);
    if (held.fen > 0) {
      addTo(out, 'held', j.id);
      addTo(out, `age:${depositAgeBucket(daysBetween(held.since!, asOf))}`, j.id);
    }
  }
  return out;
}

/** The renovation figures of `month`; `now` caps "the end of the month" for a running month. */
export function renovationFigures(
  jobs: readonly RenovationFacts[],
  month: string,
  now: string,
): RenovationFigures {
  const asOf = monthAsOf(month, now);
  const b = renovationBuckets(jobs, month, now);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const fenOf = (ids: readonly string[] = []) =>
    ids.reduce((s, id) => s + heldAt(byId.get(id)!, asOf).fen, 0);
  const byAge: FenByKey = {};
  for (const bucket of DEPOSIT_AGE_BUCKETS) {
    const ids = b[`age:${bucket}`];
    if (ids) byAge[bucket] = fenOf(ids);
  }
  return {
    started: (b['started'] ?? []).length,
    accepted: (b['accepted'] ?? []).length,
    refunded: (b['refunded'] ?? []).length,
    depositsHeldCount: (b['held'] ?? []).length,
    depositsHeldFen: fenOf(b['held']),
    depositsHeldByAge: byAge,
  };
}
