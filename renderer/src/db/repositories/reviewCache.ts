/**
 * What the monthly review has already computed, kept between calls: each month's figures and
 * trend point, from the same pure functions over the same records (shared/domain/review), so a
 * cached chart and a fresh one cannot disagree.
 *
 * Policy: a month is dropped on the commit of any write that could change it. Each run of
 * months remembers what its window read (`WindowReads`: index ranges and values, whole tables,
 * the key of every row); Dexie's `storagemutated` reports each commit's changed keys per
 * `table/index` (from this window or another, before the writer's `await` resumes), and a run
 * whose reads they touch is dropped. A write to a row no run read, on an index no run read in
 * that range, cannot change a figure: the window is defined by those indexes. Settings (the
 * deadlines) drop everything; a unit becoming or ceasing to be a household (its `status`, the
 * 有效投诉率's denominator) drops the runs that counted the households. A computation during which any review table committed is not
 * kept. A bill payment drops only the months from the payment's month on (earlier months read
 * the bills as they stood then). Figures of a month still running depend on the clock and are never kept; its trend
 * point (counts and money only) is. Months read back from the stored table (`reviewMonths`,
 * a new session's review) have no run: they are dropped when a commit drops them from the table.
 */
import Dexie, { cmp } from 'dexie';
import { officeMonthFast } from '@shared/domain/review/facts';
import type { MonthlyFigures, TrendPoint } from '@shared/domain/review/figures';
import type { TaizhangDB } from '../database';
import { onStoredMonthsDropped, REVIEW_TABLES, type ReviewMonthRecord } from '../reviewMonths';
import type { WindowReads } from './reviewWindow';

/** A node of Dexie's RangeSet tree (what `storagemutated` reports per `table/index`). */
interface RangeNode {
  d?: number;
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Every [from, to] range of a changed-keys set (a clear reports the whole key range). */
function* rangesOf(node: RangeNode | null | undefined): Generator<[unknown, unknown]> {
  if (!node || node.d === 0) return;
  yield* rangesOf(node.l);
  if (node.from !== undefined) yield [node.from, node.to];
  yield* rangesOf(node.r);
}

/** `key` within [from, to], in IndexedDB key order. */
const within = (key: unknown, from: unknown, to: unknown) =>
  cmp(key, from) >= 0 && cmp(key, to) <= 0;

/** Whether the changed keys `changed` of `table/index` touch what a window read. */
function touches(reads: WindowReads, table: string, index: string, changed: RangeNode): boolean {
  if (table === 'settings' || reads.tables.includes(table)) return true;
  const part = `${table}/${index}`;
  const ids = reads.ids[table];
  const bounds = reads.ranges[part];
  const values = reads.values[part];
  for (const [from, to] of rangesOf(changed)) {
    if (index === '' && ids) {
      const single = cmp(from, to) === 0 && typeof from === 'string';
      if (single ? ids.has(from) : [...ids].some((id) => within(id, from, to))) return true;
    } else if (bounds) {
      if (cmp(from, bounds[1]) <= 0 && cmp(to, bounds[0]) >= 0) return true;
    } else if (values?.some((v) => within(v, from, to))) return true;
  }
  return false;
}

/** What a payment's commit writes: its settlements, the bills they settle, its receipt (all dated now). */
const BILL_TABLES = new Set(['bills', 'billPayments', 'receipts']);

/**
 * The office month of the earliest payment a commit added (its `billPayments/at` keys), or
 * undefined when it added none (an adjustment, a waiver, a void: those drop whole runs).
 */
function paymentMonth(changed: readonly { table: string; index: string; set: RangeNode }[]) {
  let earliest: string | undefined;
  for (const c of changed) {
    if (c.table !== 'billPayments' || c.index !== 'at') continue;
    for (const [from] of rangesOf(c.set))
      if (typeof from === 'string' && (earliest === undefined || from < earliest)) earliest = from;
  }
  return earliest === undefined ? undefined : officeMonthFast(earliest);
}

interface Computed {
  figures: MonthlyFigures;
  point: TrendPoint;
  /** The month is over: its figures no longer depend on the clock. */
  ended: boolean;
}

interface Run {
  reads: WindowReads;
  months: string[];
}

export function createReviewCache(db: TaizhangDB) {
  /** Commits to review tables (a computation spanning one is not kept). */
  let commits = 0;
  /** Months dropped (the review screen re-reads). */
  let generation = 0;
  const figures = new Map<string, MonthlyFigures>();
  const points = new Map<string, TrendPoint>();
  const runs = new Set<Run>();
  /** Months taken from the stored table (reviewMonths.ts): no run, dropped as the table drops them. */
  const adopted = new Set<string>();
  const listeners = new Set<() => void>();
  const prefix = `idb://${db.name}/`;
  const notify = () => {
    generation += 1;
    for (const listener of listeners) listener();
  };

  onStoredMonthsDropped((name, from) => {
    if (name !== db.name) return;
    const gone = [...adopted].filter((m) => m >= from);
    if (gone.length === 0) return;
    for (const m of gone) {
      adopted.delete(m);
      figures.delete(m);
      points.delete(m);
    }
    notify();
  });

  Dexie.on('storagemutated', (parts) => {
    const changed = Object.entries(parts).flatMap(([key, set]) => {
      if (!key.startsWith(prefix)) return [];
      const [table = '', index = ''] = key.slice(prefix.length).split('/');
      return REVIEW_TABLES.has(table) ? [{ table, index, set: set as RangeNode }] : [];
    });
    if (changed.length === 0) return;
    commits += 1;
    const from = paymentMonth(changed);
    let dropped = false;
    for (const run of [...runs]) {
      const by = changed.filter((c) => touches(run.reads, c.table, c.index, c.set));
      if (by.length === 0) continue;
      // A payment (dated: the commit added a billPayments `at`) settles bills from its month
      // on; what a month before it reads of those bills cannot change, so those months stay.
      const keep =
        from !== undefined && by.every((c) => BILL_TABLES.has(c.table))
          ? run.months.filter((m) => m < from)
          : [];
      const gone = run.months.filter((m) => !keep.includes(m));
      if (gone.length === 0) continue;
      dropped = true;
      if (keep.length === 0) runs.delete(run);
      else run.months = keep;
      for (const m of gone) {
        adopted.delete(m);
        figures.delete(m);
        points.delete(m);
      }
    }
    if (dropped) notify();
  });

  return {
    /** Pass to `store`: commits so far. */
    commits: () => commits,
    /** Changes whenever cached months are dropped or a computation is not kept. */
    generation: () => generation,
    figures: (month: string) => figures.get(month),
    point: (month: string) => points.get(month),
    /**
     * Keeps months computed from `reads`, unless a review table committed since `since` (then
     * the listeners are called, as for a drop); whether they were kept.
     */
    store(since: number, reads: WindowReads, computed: readonly Computed[]): boolean {
      if (since !== commits) {
        // What the caller got may predate that commit: have the screen read again.
        notify();
        return false;
      }
      runs.add({ reads, months: computed.map((c) => c.figures.month) });
      for (const c of computed) {
        adopted.delete(c.figures.month);
        points.set(c.figures.month, c.point);
        if (c.ended) figures.set(c.figures.month, c.figures);
      }
      return true;
    },
    /**
     * Keeps months read from the stored table, unless a review table committed since `since`
     * (a drop of that commit may not have reached the rows read); whether they were kept.
     */
    adopt(since: number, rows: readonly ReviewMonthRecord[]): boolean {
      if (since !== commits) return false;
      for (const r of rows) {
        adopted.add(r.month);
        figures.set(r.month, r.figures);
        points.set(r.month, r.point);
      }
      return true;
    },
    /** Calls `listener` whenever `generation` changes; returns the undo. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ReviewCache = ReturnType<typeof createReviewCache>;
