/**
 * The benchmark's window into the browser build (`npm run bench`, tests/bench/run.ts). Only
 * installed when the browser host is opened with `?bench=1`, never in Electron: it loads the
 * generated estate through the app's own backup restore and times the app's repository and
 * export paths beside raw Dexie baselines, in the same page.
 */
import Dexie from 'dexie';
import type { Actor } from '@shared/domain/record';
import { officeMonthRange, trendMonths } from '@shared/domain/review/months';
import { parseBackupRow } from '@shared/domain/backupRecords';
import { checkChunkBytes, parseChunk } from '@shared/domain/backupChunks';
import { blobSource } from '../db/backup/backupSource';
import { openBackupSource, placedChunks } from '../db/backup/readChunked';
import { TaizhangDB as BenchDB } from '../db/database';
import { readAllTables } from '../db/backup/exportBackup';
import { DERIVED_TABLES } from '../db/arrearsSummary';
import type { TaizhangDB } from '../db/database';
import { openDatabase } from '../db/openDatabase';
import { createRepositories, type Repositories } from '../db/repositories';
import { buildLedgerWorkbook } from '../features/money/ledgerExcel';
import { isHousehold } from '@shared/domain/units';
import { quarterOf } from '@shared/domain/visitPlan';
import type { VisitRecordRecord } from '../db/records';

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

/** The instants of the 12 months ending with `month` (office time). */
function trendRange(month: string): { from: string; to: string } {
  const months = trendMonths(month);
  return { from: officeMonthRange(months[0]!).from, to: officeMonthRange(month).to };
}

function csvOf(rows: readonly Record<string, unknown>[], keys: readonly string[]): string {
  const cell = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return [keys.join(','), ...rows.map((r) => keys.map((k) => cell(r[k])).join(','))].join('\n');
}

function createBench(db: TaizhangDB, repos: Repositories) {
  let scanStrings: string[] = [];
  let requests = 0;
  let lastBackup: Blob | undefined;
  // A restore switches to a fresh database: each piece merges into the one the last made.
  let loading = { db, repos };
  return {
    /** Restores a generated backup (merge: the desk's own operator stays). */
    async load(url: string) {
      const file = await (await fetch(url)).blob();
      const { ms, value } = await timed(() =>
        loading.repos.backup.restore(blobSource(file), {
          mode: 'merge',
          actor: BENCH_MANAGER,
          // The generated estate is not this desk's own file: the bench confirms as a manager.
          verified: false,
          foreignConfirmed: true,
          saveSafetyBackup: async () => undefined,
        }),
      );
      const next = await openDatabase(value.databaseName);
      // The fresh database is a new connection: without this, the next piece's restore checks
      // the made-up manager against a session this connection never had (SessionEndedError).
      next.trustCallerActors = true;
      loading = { db: next, repos: createRepositories(next) };
      return { ms, bytes: file.size, counts: value.counts };
    },
    async counts() {
      const current = loading.db;
      return Object.fromEntries(
        await Promise.all(current.tables.map(async (t) => [t.name, await t.count()])),
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
    /** Where an issue's time goes: the settings read, an empty rw transaction, the issue. */
    async issueProfile() {
      const settingsMs = (await timed(() => repos.settings.moneySettings())).ms;
      const txMs = (
        await timed(() =>
          db.transaction('rw', [db.receipts, db.counters, db.audit], () => db.counters.get('-')),
        )
      ).ms;
      return { settingsMs, txMs, issueMs: (await this.issue()).ms };
    },
    /** The review repository's month; `cold` issues a receipt first (a write empties its cache). */
    async reviewMonthly(month: string, cold: boolean) {
      if (cold) await this.issue();
      return (await timed(() => repos.review.monthly(month))).ms;
    },
    /** Baseline: the month's review, stored once as one row of a scratch database, read back. */
    async reviewStoredRead(month: string) {
      const review = await repos.review.monthly(month);
      const open = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('taizhang-bench-scratch', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('reviews');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const tx = (mode: IDBTransactionMode) =>
        open.transaction('reviews', mode).objectStore('reviews');
      await new Promise((ok) => (tx('readwrite').put(review, month).onsuccess = ok));
      const t0 = performance.now();
      await new Promise((ok) => (tx('readonly').get(month).onsuccess = ok));
      const ms = performance.now() - t0;
      open.close();
      return ms;
    },
    /** The review's 12-month trend; `cold` issues a receipt first (a write empties its cache). */
    async reviewTrend(month: string, cold: boolean) {
      if (cold) await this.issue();
      const { ms, value } = await timed(() => repos.review.trend(month));
      return { ms, points: value.length };
    },
    /** Baseline of the trend: the 12 months' receipt sums in a plain loop over rows in memory. */
    async trendLoop(month: string) {
      const [from, to] = [trendRange(month).from, trendRange(month).to];
      const rows = await db.receipts.where('issuedAt').between(from, to).toArray();
      const t0 = performance.now();
      const sums = new Map<string, number>();
      for (const r of rows) {
        if (r.status !== 'valid') continue;
        const m = new Date(Date.parse(r.issuedAt) + 8 * 3_600_000).toISOString().slice(0, 7);
        sums.set(m, (sums.get(m) ?? 0) + (r.kind === 'refund' ? -r.totalFen : r.totalFen));
      }
      return { loopMs: performance.now() - t0, rows: rows.length, months: sums.size };
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
    /** Full backup with the app's chunked export (the file is kept for `restoreLast`). */
    async backup() {
      let progressCalls = 0;
      const { ms, value } = await timed(() =>
        repos.backup.export({
          appVersion: 'bench',
          reason: 'manual',
          // As an encrypted desk's backup is: with the PIN hashes (main would encrypt it).
          encrypted: true,
          actor: BENCH_MANAGER,
          onProgress: () => (progressCalls += 1),
        }),
      );
      lastBackup = value.file;
      return { ms, bytes: value.file.size, progressCalls, chunks: value.manifest.chunks.length };
    },
    /** The last backup restored over the data (replace): every chunk checked, then written. */
    async restoreLast(loadDurability?: 'strict') {
      const file = lastBackup;
      if (!file) throw new Error('no backup taken yet');
      // Progress is reported as in the app (its cost is part of the figure); its first
      // 'write' call marks the end of the checking pass (the phases go to the JSON).
      let checkedAt: number | undefined;
      const phases = { check: 0, read: 0, prepare: 0, commitWait: 0, finish: 0 };
      const t0 = performance.now();
      const { ms, value } = await timed(() =>
        repos.backup.restore(blobSource(file), {
          mode: 'replace',
          actor: BENCH_MANAGER,
          verified: true,
          saveSafetyBackup: async () => undefined,
          onProgress: (_done, _total, phase) => {
            if (phase === 'write' && checkedAt === undefined) checkedAt = performance.now() - t0;
          },
          // The page goes on measuring on its database: the restored copy is not switched in.
          activate: () => undefined,
          keepLiveOpen: true,
          phases,
          ...(loadDurability ? { loadDurability } : {}),
        }),
      );
      await Dexie.delete(value.databaseName);
      const rounded = Object.fromEntries(
        Object.entries(phases).map(([k, v]) => [k, Math.round(v)]),
      );
      return { ms, checkMs: checkedAt ?? 0, phases: rounded };
    },
    /**
     * Where a restore's time goes (issue 21), each step of the last backup's restore alone and
     * one after the other: reading the chunks from the file, their SHA-256, JSON parsing, the
     * row schemas, then the same rows written (≤ 24 MB a transaction) into a fresh database
     * with the app's indexes and into one with primary keys only.
     */
    async restoreProbe() {
      const file = lastBackup;
      if (!file) throw new Error('no backup taken yet');
      const source = blobSource(file);
      const opened = await openBackupSource(source, db.verno);
      if (opened.version !== 2) throw new Error('a chunked backup expected');
      const ms = {
        read: 0,
        sha256: 0,
        json: 0,
        schema: 0,
        writeIndexed: 0,
        writeAdd: 0,
        writeAddRelaxed: 0,
        writeNoTerms: 0,
        writeBare: 0,
      };
      const lap = async <T>(key: keyof typeof ms, fn: () => T | Promise<T>): Promise<T> => {
        const t0 = performance.now();
        const value = await fn();
        ms[key] += performance.now() - t0;
        return value;
      };
      const indexed = new BenchDB(`taizhang-bench-probe-${crypto.randomUUID()}`, {
        ...db._options,
        chromeTransactionDurability: 'strict',
      });
      // The same, written with `add` (as the restore does), strict and relaxed durability.
      const added = new BenchDB(`taizhang-bench-probe-${crypto.randomUUID()}`, {
        ...db._options,
        chromeTransactionDurability: 'strict',
      });
      const relaxed = new BenchDB(`taizhang-bench-probe-${crypto.randomUUID()}`, {
        ...db._options,
        chromeTransactionDurability: 'relaxed',
      });
      const bare = new Dexie(`taizhang-bench-probe-${crypto.randomUUID()}`, {
        ...db._options,
        chromeTransactionDurability: 'strict',
      });
      bare
        .version(1)
        .stores(Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey.src])));
      // The app's indexes without the multi-entry search terms (`*terms`, a row per word).
      const noTerms = new Dexie(`taizhang-bench-probe-${crypto.randomUUID()}`, {
        ...db._options,
        chromeTransactionDurability: 'strict',
      });
      noTerms
        .version(1)
        .stores(
          Object.fromEntries(
            db.tables.map((t) => [
              t.name,
              [t.schema.primKey, ...t.schema.indexes.filter((i) => !i.multi)]
                .map((i) => i.src)
                .join(', '),
            ]),
          ),
        );
      const made = [indexed, added, relaxed, noTerms, bare];
      await Promise.all(made.map((d) => d.open()));
      const chunks = placedChunks(opened.manifest);
      try {
        for (let i = 0; i < chunks.length;) {
          const group: { table: string; rows: Record<string, unknown>[] }[] = [];
          let bytes = 0;
          do {
            const chunk = chunks[i++]!;
            const raw = await lap('read', () => source.read(chunk.offset, chunk.info.bytes + 1));
            await lap('sha256', () => checkChunkBytes(raw, chunk.info));
            const rows = await lap('json', () => parseChunk(raw, chunk.info));
            await lap('schema', () =>
              rows.forEach((r, n) => parseBackupRow(chunk.info.table, r, n)),
            );
            group.push({ table: chunk.info.table, rows });
            bytes += chunk.info.bytes;
          } while (i < chunks.length && bytes + chunks[i]!.info.bytes <= 24 * 1024 * 1024);
          // As the restore: the derived tables are made again from their source rows.
          const written = group.filter((g) => !DERIVED_TABLES.has(g.table));
          const names = [...new Set(written.map((g) => g.table))];
          const targets: [keyof typeof ms, Dexie, 'put' | 'add'][] = [
            ['writeIndexed', indexed, 'put'],
            ['writeAdd', added, 'add'],
            ['writeAddRelaxed', relaxed, 'add'],
            ['writeNoTerms', noTerms, 'add'],
            ['writeBare', bare, 'add'],
          ];
          for (const [key, target, how] of names.length > 0 ? targets : []) {
            await lap(key, () =>
              target.transaction('rw', names, async () => {
                for (const g of written) {
                  const table = target.table(g.table);
                  await (how === 'put' ? table.bulkPut(g.rows) : table.bulkAdd(g.rows));
                }
              }),
            );
          }
        }
      } finally {
        for (const d of made) d.close();
        await Promise.all(made.map((d) => Dexie.delete(d.name)));
      }
      return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)]));
    },
    /** Baseline: every table read raw in one transaction. */
    async rawExport() {
      return (await timed(() => readAllTables(db))).ms;
    },
    /** 生成账单: one period's bills for the whole estate, in the app's one action (issue 18). */
    async billsGenerate(period: string) {
      const { ms, value } = await timed(() => repos.bills.generate(BENCH_MANAGER, { period }));
      return { ms, created: value.created, units: value.units };
    },
    /** Baseline of generating: the units and the period's existing bills read raw. */
    async billsRaw(period: string) {
      return (
        await timed(() =>
          Promise.all([db.units.toArray(), db.bills.where('period').equals(period).toArray()]),
        )
      ).ms;
    },
    /** 欠费: the arrears list as of `month` (every unit, aged, with its occupant). */
    async arrearsList(month: string) {
      const { ms, value } = await timed(() => repos.bills.arrears(month));
      return { ms, units: value.units.length };
    },
    /**
     * 拜访计划 (issue 17): every household visited by its 物管员 once in each quarter of the year
     * up to `today`, as a desk keeping its plan has them; written raw, as the restored estate is.
     */
    async seedAreaVisits(today: string) {
      const year = today.slice(0, 4);
      const units = (await db.units.toArray()).filter((u) => !u.deletedAt && isHousehold(u.status));
      const at = `${today}T02:00:00.000Z`;
      const rows: VisitRecordRecord[] = [];
      for (let q = 1; q <= quarterOf(today); q++)
        for (const [i, u] of units.entries()) {
          const month = String((q - 1) * 3 + 1 + (i % 3)).padStart(2, '0');
          const date = `${year}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`;
          if (date > today) continue;
          const no = `BF${year}-${String(rows.length + 1).padStart(5, '0')}`;
          rows.push({
            id: `bench-visit-${rows.length}`,
            no,
            kind: 'area',
            date,
            month: date.slice(0, 7),
            visitorId: BENCH_MANAGER.id,
            visitorName: BENCH_MANAGER.name,
            unitId: u.id,
            unitCode: u.code,
            area: u.building,
            notes: '季度走访',
            issues: [],
            recordedByName: BENCH_MANAGER.name,
            printCount: 0,
            terms: [no.toLowerCase(), u.code],
            createdAt: at,
            updatedAt: at,
            createdBy: BENCH_MANAGER.id,
            updatedBy: BENCH_MANAGER.id,
          });
        }
      await db.visitRecords.bulkPut(rows);
      return rows.length;
    },
    /** The year's visit plan (what the today board reads of it), and the whole board. */
    async visitPlan(year: number, now: string) {
      const plan = await timed(() => repos.visitRecords.plan(year));
      const board = await timed(() => repos.today.items(now));
      return { planMs: plan.ms, boardMs: board.ms, items: plan.value.length };
    },
    /** Baseline of the plan: the units and the year's visit records read raw. */
    async visitPlanRaw(year: number) {
      return (
        await timed(() =>
          Promise.all([
            db.units.toArray(),
            db.visitRecords
              .where('date')
              .between(`${year}-01-01`, `${year}-12-31`, true, true)
              .toArray(),
          ]),
        )
      ).ms;
    },
    /** Baseline of the arrears list: the open bills read raw by the status index. */
    async arrearsRaw() {
      return (await timed(() => db.bills.where('status').equals('open').toArray())).ms;
    },
  };
}

export type BenchApi = ReturnType<typeof createBench>;

/** Puts the bench API on `window.__taizhangBench`. */
export function installBenchHook(db: TaizhangDB, repos: Repositories): void {
  // The bench acts as its own made-up manager on a generated estate, never in Electron.
  db.trustCallerActors = true;
  (window as unknown as { __taizhangBench?: BenchApi }).__taizhangBench = createBench(db, repos);
}
