import Dexie, { type IndexableType, type Table } from 'dexie';
import { BackupRejectedError, type BackupManifest } from '@shared/domain/backupFormat';
import {
  createInvariantChecker,
  parseBackupRow,
  reconcileCounter,
  rowRefused,
} from '@shared/domain/backupRecords';
import type { Actor } from '@shared/domain/record';
import { writeSystemAudit } from '../audited';
import { DERIVED_TABLES } from '../arrearsSummary';
import type { TaizhangDB } from '../database';

export type RestoreMode = 'replace' | 'merge';

/** A group of rows of one table read from the file, in file order. */
export interface RowGroup {
  table: string;
  rows: Record<string, unknown>[];
}

// Facts about this PC and this app, not about the data: where the last backup went, and the
// schema version stamp that stops an older app from opening newer data (openDatabase.ts).
export const KEPT_META_KEYS = ['lastBackup', 'schemaVersion'];
const PAGE_ROWS = 5_000;

type AnyTable = Table<Record<string, unknown>, IndexableType>;

/** Every table's page of rows in primary-key order, one read transaction a page. */
export async function* tablePages(db: Dexie): AsyncGenerator<RowGroup> {
  for (const table of db.tables as unknown as AnyTable[]) {
    // Derived rows are made again as their source rows are written into the target.
    if (DERIVED_TABLES.has(table.name)) continue;
    let after: IndexableType | undefined;
    for (;;) {
      const range =
        after === undefined
          ? table.where(':id').aboveOrEqual(Dexie.minKey)
          : table.where(':id').above(after);
      const rows = await range.limit(PAGE_ROWS).toArray();
      if (rows.length === 0) break;
      yield { table: table.name, rows };
      const path = table.schema.primKey.keyPath;
      after = rows[rows.length - 1]![path as string] as IndexableType;
      if (rows.length < PAGE_ROWS) break;
    }
  }
}

/** The unique indexes of each table, from the Dexie schema (`&no`, `&code` …). */
export function uniqueFieldsOf(db: Dexie): Record<string, string[]> {
  return Object.fromEntries(
    db.tables.map((t) => [
      t.name,
      t.schema.indexes.filter((i) => i.unique && typeof i.keyPath === 'string').map((i) => i.name),
    ]),
  );
}

/** Dexie's BulkError/ConstraintError (English) as a Chinese refusal naming the row. */
function translateWriteError(error: unknown, group: RowGroup, firstIndex: number): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  if (name !== 'BulkError' && name !== 'ConstraintError') return error;
  const failures = (error as { failuresByPos?: Record<number, unknown> }).failuresByPos ?? {};
  const pos = Number(Object.keys(failures)[0] ?? 0);
  const row = group.rows[pos];
  return rowRefused(
    group.table,
    firstIndex + pos,
    row?.['id'] ?? row?.['key'],
    '与本机已有记录的唯一编号重复',
  );
}

/** Groups parsed and checked by `prepare`, to be written by `commit`. */
export interface PreparedGroups {
  prepared: { group: RowGroup; first: number }[];
  /** The rows of the file these groups held (operators of a merge and kept meta included). */
  rows: number;
}

export interface FreshWriteOptions {
  mode: RestoreMode;
  /**
   * The connection the rows are loaded through (relaxed durability, restoreBackup.ts); the
   * closing transaction of `finish` and its checks use `target`. Default: `target`.
   */
  loader?: TaizhangDB;
  /** Operators whose PIN hash was left out of the file get these (see restoreBackup). */
  fillPins?: (row: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

/**
 * Fills the fresh database `target` from the file's rows. `replace`: the file's rows only;
 * `merge`: the live database is copied first, then the file's rows put over it by key, except
 * operators (a file never adds or changes who may sign in) and counters (never lowered). Every
 * row is parsed with its table's schema before it is written; `finish` checks the invariants
 * over what will be switched in, reconciles the counters and writes the audit entry.
 */
export function createFreshWriter(live: TaizhangDB, target: TaizhangDB, opts: FreshWriteOptions) {
  const checker = createInvariantChecker(uniqueFieldsOf(target));
  const indexes = new Map<string, number>();
  const counts: Record<string, number> = Object.fromEntries(target.tables.map((t) => [t.name, 0]));
  const loader = opts.loader ?? target;

  return {
    counts,
    /** Merge only: the live data first, as it is now. */
    async copyLive(): Promise<void> {
      for await (const group of tablePages(live)) {
        await loader.transaction('rw', loader.table(group.table), () =>
          loader.table(group.table).bulkAdd(group.rows),
        );
      }
    },
    /** Several groups (≤ 24 MB) in one transaction of the fresh database. */
    async write(groups: readonly RowGroup[]): Promise<number> {
      return this.commit(await this.prepare(groups));
    },
    /**
     * The first half of `write`: every row parsed with its table's schema and checked, in file
     * order (call in the order the groups are to be written). Apart from `commit` so the next
     * groups can be parsed while the last ones' transaction is being written.
     */
    async prepare(groups: readonly RowGroup[]): Promise<PreparedGroups> {
      const prepared: { group: RowGroup; first: number }[] = [];
      let rows = 0;
      for (const group of groups) {
        const first = indexes.get(group.table) ?? 0;
        indexes.set(group.table, first + group.rows.length);
        rows += group.rows.length;
        if (opts.mode === 'merge' && group.table === 'operators') continue;
        if (DERIVED_TABLES.has(group.table)) continue;
        const out: Record<string, unknown>[] = [];
        for (let i = 0; i < group.rows.length; i++) {
          let row = group.rows[i]!;
          if (group.table === 'meta' && KEPT_META_KEYS.includes(row['key'] as string)) continue;
          if (group.table === 'operators' && opts.fillPins) row = await opts.fillPins(row);
          parseBackupRow(group.table, row, first + i);
          if (opts.mode === 'replace') checker.add(group.table, row, first + i);
          out.push(row);
        }
        prepared.push({ group: { table: group.table, rows: out }, first });
      }
      return { prepared, rows };
    },
    /** The second half of `write`: the prepared groups in one transaction; returns rows read. */
    async commit({ prepared, rows }: PreparedGroups): Promise<number> {
      const tables = [...new Set(prepared.map((p) => p.group.table))];
      if (tables.length === 0) return rows;
      let current: { group: RowGroup; first: number } | undefined;
      try {
        await loader.transaction('rw', tables, async () => {
          for (const p of prepared) {
            current = p;
            const table = loader.table(p.group.table);
            if (opts.mode === 'replace') await table.bulkAdd(p.group.rows);
            else if (p.group.table === 'counters') await mergeCounters(table, p.group.rows);
            else await table.bulkPut(p.group.rows);
          }
        });
      } catch (error) {
        throw current ? translateWriteError(error, current.group, current.first) : error;
      }
      for (const p of prepared)
        counts[p.group.table] = (counts[p.group.table] ?? 0) + p.group.rows.length;
      return rows;
    },
    /**
     * The checks across rows (a merge re-reads the whole fresh database for them), the counters
     * raised above every stored number, this PC's meta rows, the audit entry.
     */
    async finish(actor: Actor, manifest: BackupManifest): Promise<void> {
      let minimums: Map<string, number>;
      if (opts.mode === 'replace') {
        minimums = checker.finish({ requireManager: true });
      } else {
        const all = createInvariantChecker(uniqueFieldsOf(target));
        const seen = new Map<string, number>();
        for await (const group of tablePages(target)) {
          const first = seen.get(group.table) ?? 0;
          seen.set(group.table, first + group.rows.length);
          group.rows.forEach((row, i) => all.add(group.table, row, first + i));
        }
        minimums = all.finish({ requireManager: false });
      }
      const kept = (await live.meta.bulkGet(KEPT_META_KEYS)).filter((row) => row !== undefined);
      await target.transaction('rw', [target.counters, target.meta, target.audit], async () => {
        const keys = [...minimums.keys()];
        const rows = await target.counters.bulkGet(keys);
        await target.counters.bulkPut(
          keys.map((key, i) => ({
            key,
            next: reconcileCounter(rows[i]?.next, minimums.get(key)!),
          })),
        );
        await target.meta.bulkPut(kept);
        // The fresh database has no session of its own: restoreBackup checked the actor's
        // manager session against the live database before anything was read.
        await writeSystemAudit(target, actor, {
          action: 'import',
          table: 'backup',
          recordId: manifest.sha256.slice(0, 16),
          summary: `恢复备份（${opts.mode === 'replace' ? '替换' : '合并'}）：${manifest.createdAt}`,
        });
      });
      await verifyCounts(target, counts, opts.mode);
    },
  };
}

/** Counters merge to the larger running number, so no document number is ever issued twice. */
async function mergeCounters(table: Table, rows: Record<string, unknown>[]): Promise<void> {
  const current = (await table.bulkGet(rows.map((r) => r['key'] as string))) as (
    { next?: unknown } | undefined
  )[];
  await table.bulkPut(
    rows.map((r, i) => {
      const a = current[i]?.next;
      const b = r['next'];
      return typeof a === 'number' && typeof b === 'number' && a > b ? { ...r, next: a } : r;
    }),
  );
}

/** A replace restore holds exactly the rows written (plus the audit entry and kept meta rows). */
async function verifyCounts(
  target: TaizhangDB,
  written: Record<string, number>,
  mode: RestoreMode,
): Promise<void> {
  if (mode !== 'replace') return;
  for (const table of target.tables) {
    if (table.name === 'audit' || table.name === 'meta' || table.name === 'counters') continue;
    if (DERIVED_TABLES.has(table.name)) continue;
    const stored = await table.count();
    if (stored !== (written[table.name] ?? 0)) {
      throw new BackupRejectedError(
        'counts',
        `恢复后核对不符：${table.name} 应有 ${written[table.name] ?? 0} 行，实有 ${stored} 行。未做任何更改。`,
      );
    }
  }
}

export type FreshWriter = ReturnType<typeof createFreshWriter>;

/**
 * Where a restore's time went, in ms (the benchmark reads it): the checking pass; reading the
 * groups of the write pass (bytes, SHA-256, JSON); parsing them with the row schemas and the
 * checks; waiting for the transaction in flight; the closing transaction with the verification.
 */
export interface RestorePhases {
  check: number;
  read: number;
  prepare: number;
  commitWait: number;
  finish: number;
}

/**
 * Writes `rows` group after group with one transaction in flight, and while it is being written
 * the next groups are already read from the file (bytes, SHA-256, JSON) and parsed with their
 * schemas (issue 21: the restore waited for each in turn). Groups are still prepared and
 * committed in file order, so the checks and any refusal are those of one group at a time.
 */
export async function pipelined(
  rows: AsyncGenerator<RowGroup[]>,
  writer: Pick<FreshWriter, 'prepare' | 'commit'>,
  wrote: (rows: number) => void,
  phases?: RestorePhases,
): Promise<void> {
  let writing: Promise<number> | undefined;
  const lap = (key: keyof RestorePhases, t0: number) => {
    if (phases) phases[key] += performance.now() - t0;
  };
  try {
    for (;;) {
      let t0 = performance.now();
      const next = await rows.next();
      lap('read', t0);
      if (next.done === true) break;
      t0 = performance.now();
      const prepared = await writer.prepare(next.value);
      lap('prepare', t0);
      t0 = performance.now();
      if (writing) wrote(await writing);
      lap('commitWait', t0);
      writing = writer.commit(prepared);
      // Not awaited here: the loop goes on to read and parse the next groups meanwhile.
      writing.catch(() => undefined);
    }
    const t0 = performance.now();
    if (writing) wrote(await writing);
    lap('commitWait', t0);
  } catch (error) {
    // A failed read or parse while a transaction is in flight: let it settle before the
    // caller deletes the fresh database (its failure, if any, is the same restore failing).
    await writing?.catch(() => undefined);
    throw error;
  }
}
