/**
 * The benchmark's window into the browser build (`npm run bench`, tests/bench/run.ts). Only
 * installed when the browser host is opened with `?bench=1`, never in Electron: it loads the
 * generated estate through the app's own backup restore and times the app's repository and
 * export paths beside raw Dexie baselines, in the same page.
 */
import type { Actor } from '@shared/domain/record';
import { readAllTables } from '../db/backup/exportBackup';
import type { TaizhangDB } from '../db/database';
import type { Repositories } from '../db/repositories';
import { buildLedgerWorkbook } from '../features/money/ledgerExcel';

const BENCH_MANAGER: Actor = { id: 'bench-manager', name: '基准测试', role: 'manager' };

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

function yearRange(year: number): [string, string] {
  // Office year in China time (UTC+8), as the ledger's date filters read it.
  return [`${year - 1}-12-31T16:00:00.000Z`, `${year}-12-31T16:00:00.000Z`];
}

function csvOf(rows: readonly Record<string, unknown>[], keys: readonly string[]): string {
  const cell = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return [keys.join(','), ...rows.map((r) => keys.map((k) => cell(r[k])).join(','))].join('\n');
}

function createBench(db: TaizhangDB, repos: Repositories) {
  let scanStrings: string[] = [];
  let requests = 0;
  let lastBackup: Uint8Array | undefined;
  return {
    /** Restores a generated backup (merge: the desk's own operator stays). */
    async load(url: string) {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      const { ms, value } = await timed(() =>
        repos.backup.restore(bytes, {
          mode: 'merge',
          actor: BENCH_MANAGER,
          saveSafetyBackup: async () => undefined,
        }),
      );
      return { ms, bytes: bytes.byteLength, counts: value.counts };
    },
    async counts() {
      return Object.fromEntries(
        await Promise.all(db.tables.map(async (t) => [t.name, await t.count()])),
      );
    },
    /** The global search box's own query, one prefix at a time. */
    async search(q: string) {
      const { ms, value } = await timed(() => repos.search.query(q, 20));
      return { ms, hits: value.length };
    },
    /** Baseline: the strings the search covers, held in memory (loading them is not timed). */
    async prepareScan() {
      const [units, people, receipts, orders, cases] = await Promise.all([
        db.units.toArray(),
        db.people.toArray(),
        db.receipts.toArray(),
        db.workOrders.toArray(),
        db.cases.toArray(),
      ]);
      scanStrings = [
        ...units.map((u) => u.code.toLowerCase()),
        ...people.flatMap((p) => [p.name, ...p.phones]),
        ...receipts.map((r) => r.no.toLowerCase()),
        ...orders.map((o) => o.no.toLowerCase()),
        ...cases.map((c) => c.no.toLowerCase()),
      ];
      return scanStrings.length;
    },
    scan(q: string) {
      const t0 = performance.now();
      const needle = q.toLowerCase();
      let hits = 0;
      for (const s of scanStrings) if (s.startsWith(needle) && ++hits >= 20) break;
      return { ms: performance.now() - t0, hits };
    },
    /** Baseline of a register's first screen: the newest 50 receipts by the issuedAt index. */
    async registerRaw() {
      return (await timed(() => db.receipts.orderBy('issuedAt').reverse().limit(50).toArray())).ms;
    },
    async issue() {
      requests += 1;
      const { ms, value } = await timed(() =>
        repos.receipts.issue(BENCH_MANAGER, {
          requestId: `bench-${Date.now()}-${requests}`,
          payerKind: 'person',
          payerName: '基准测试',
          lines: [{ code: 'property_fee', quantity: 1, unitFen: 30_000 }],
          method: 'cash',
        }),
      );
      return { ms, no: value.no };
    },
    /** Baseline: one receipt-shaped row put in one transaction. */
    async issueRaw() {
      const row = (await db.receipts.orderBy('issuedAt').last())!;
      requests += 1;
      const copy = {
        ...row,
        id: crypto.randomUUID(),
        no: `RAW-${requests}`,
        requestId: `raw-${requests}`,
      };
      const { ms } = await timed(() =>
        db.transaction('rw', db.receipts, () => db.receipts.put(copy)),
      );
      await db.receipts.delete(copy.id);
      return ms;
    },
    /** 12-month totals of the ledger read through the issuedAt index (no summary rows exist). */
    async trend(year: number) {
      const [from, to] = yearRange(year);
      const t0 = performance.now();
      const rows = await db.receipts.where('issuedAt').between(from, to).toArray();
      const read = performance.now() - t0;
      const sums = new Array<number>(12).fill(0);
      const t1 = performance.now();
      for (const r of rows) {
        if (r.status !== 'valid') continue;
        const month = new Date(Date.parse(r.issuedAt) + 8 * 3_600_000).getUTCMonth();
        sums[month]! += r.kind === 'refund' ? -r.totalFen : r.totalFen;
      }
      return {
        ms: performance.now() - t0,
        readMs: read,
        loopMs: performance.now() - t1,
        rows: rows.length,
      };
    },
    /** A year of the ledger to Excel with the ledger's own workbook builder, and to CSV. */
    async exportYear(year: number) {
      const [from, to] = yearRange(year);
      const rows = await db.receipts.where('issuedAt').between(from, to).toArray();
      const excel = await timed(() => buildLedgerWorkbook(rows));
      const t0 = performance.now();
      const csv = csvOf(rows as unknown as Record<string, unknown>[], [
        'no',
        'issuedAt',
        'payerName',
        'unitCode',
        'method',
        'totalFen',
        'status',
      ]);
      const bytes = new TextEncoder().encode(csv);
      return {
        rows: rows.length,
        excelMs: excel.ms,
        excelBytes: excel.value.byteLength,
        csvMs: performance.now() - t0,
        csvBytes: bytes.byteLength,
      };
    },
    /** Full backup with the app's export (the bytes are kept for `restoreLast`). */
    async backup() {
      let progressCalls = 0;
      const { ms, value } = await timed(() =>
        repos.backup.export({
          appVersion: 'bench',
          reason: 'manual',
          onProgress: () => (progressCalls += 1),
        }),
      );
      lastBackup = value.bytes;
      return { ms, bytes: value.bytes.byteLength, progressCalls };
    },
    /** The last backup's bytes restored over the data (replace). */
    async restoreLast() {
      const bytes = lastBackup;
      if (!bytes) throw new Error('no backup taken yet');
      const { ms } = await timed(() =>
        repos.backup.restore(bytes, {
          mode: 'replace',
          actor: BENCH_MANAGER,
          saveSafetyBackup: async () => undefined,
        }),
      );
      return ms;
    },
    /** Baseline: every table read raw in one transaction. */
    async rawExport() {
      return (await timed(() => readAllTables(db))).ms;
    },
  };
}

export type BenchApi = ReturnType<typeof createBench>;

/** Puts the bench API on `window.__taizhangBench`. */
export function installBenchHook(db: TaizhangDB, repos: Repositories): void {
  (window as unknown as { __taizhangBench?: BenchApi }).__taizhangBench = createBench(db, repos);
}
