/**
 * Several desks (issue 20): the sync figures, in Node against the loopback CouchDB-protocol
 * server of the sync tests (tests/sync/harness.ts: express-pouchdb over LevelDB, a child process
 * on 127.0.0.1 with a free port), started and stopped here. Desks are the sync tests' desks: a
 * Dexie database on fake-indexeddb with a PouchDB replica in memory, synced by the app's own
 * `syncOnce` and bridge. No page is needed, so `--only=sync` skips the estate and the browser.
 *
 * What is measured, bounded in count and time:
 * - a change on one desk seen on another at the desk: both desks on the app's runner, from the
 *   write on one to the row in the other's Dexie;
 * - 30 days offline with 500 changes (the desk's clock shifted a day at a time, no real wait),
 *   then both desks' syncs until each has every record;
 * - 20 desks writing at a clerk's pace for a bounded time, each on the app's sync schedule;
 *   then the catch-up until every desk has every record, and the server process's CPU time;
 * - a new desk's initial sync of the generated estate at a reduced scale (stated in the note),
 *   extrapolated linearly to the full estate.
 */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { isReplicatedTable } from '@shared/domain/sync/replication';
import { seriesOfDeskCode } from '@shared/domain/sync/deskNumbers';
import { makeUnit } from '../../fixtures/archive';
import { clerk, makeIssueInput, otherClerk } from '../../fixtures/moneyActors';
import {
  makeDesk,
  makeRunnerDesk,
  setUpEstate,
  startServer,
  type Desk,
  type LoopbackServer,
} from '../../sync/harness';
import { SYNC_INTERVAL_MS, type RunOutcome } from '../../../renderer/src/db/sync/syncRunner';
import { PUSH_DELAY_MS } from '../../../renderer/src/db/sync/liveTriggers';
import { type BenchRun, BENCH_NOW, elapsed, log } from '../benchPage';
import { type DatasetScale, FULL_SCALE, generateDataset } from '../dataset/generate';
import { figure, type Figure } from '../stats';

/** What the sync figures need of a bench run (no page). */
export type SyncRun = Pick<BenchRun, 'n' | 'quick' | 'facts'> & {
  /** `--sync-scale=0.1`: the initial sync's share of the full estate (default 3 %, quick 1 %). */
  syncScale?: number;
};

const DAY = 86_400_000;
const RealDate = Date;

/**
 * Shifts the process's `Date` so that now is `at` and runs on with real time (as the tests'
 * `pinClock` does, without vitest); `restore` puts the real one back.
 */
function shiftClock(at: number): { restore(): void } {
  const offset = at - RealDate.now();
  class Shifted extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [number]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = Shifted as DateConstructor;
  return {
    restore() {
      globalThis.Date = RealDate;
    },
  };
}

/** The server process's CPU time (user + system), in ms, from /proc. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which is in parentheses and may hold spaces).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14, 15)
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function unitCount(desk: Desk): Promise<number> {
  return (await desk.db.units.count()) + (await desk.db.receipts.count());
}

/** Resolves once `db` holds unit `id` (checked after each committed write of its units). */
function unitArrives(db: Desk['db'], id: string): Promise<void> {
  const part = `idb://${db.name}/units/`;
  return new Promise((ok, fail) => {
    const check = () =>
      void db.units.get(id).then((row) => {
        if (!row) return;
        Dexie.on('storagemutated').unsubscribe(listener);
        ok();
      }, fail);
    const listener = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((k) => k.startsWith(part))) check();
    };
    Dexie.on('storagemutated', listener);
    check();
  });
}

/**
 * (a) A change on A seen on B, at the desk: two desks run by the app's runner on its schedule
 * (the half-minute interval and the triggers between ticks: a push PUSH_DELAY_MS after the
 * write, the server's changes feed waking B), timed from the write on A to the row in B's Dexie.
 */
async function measureLatency(server: LoopbackServer, n: number): Promise<Figure> {
  const estate = await setUpEstate(server, 'bench-latency', ['A', 'B']);
  const a = await makeRunnerDesk('', 'A', estate.target('A'));
  const b = await makeRunnerDesk('B', 'B', estate.target('B'));
  const done = (o: RunOutcome) => o.kind === 'done';
  const started = [a.outcome(done), b.outcome(done)];
  a.start(SYNC_INTERVAL_MS);
  b.start(SYNC_INTERVAL_MS);
  try {
    await Promise.all(started);
    const runs = Math.max(10, n * 3);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Both runners idle at the start of each write: the runs it causes end before the next.
      const aPushed = a.outcome((o) => o.kind === 'done' && o.round.pushed > 0);
      const bApplied = b.outcome((o) => o.kind === 'done' && o.round.applied > 0);
      const t0 = performance.now();
      const unit = await a.repos.units.create(makeUnit({ building: 'L' }), clerk);
      await unitArrives(b.db, unit.id);
      times.push(performance.now() - t0);
      await Promise.all([aPushed, bApplied]);
    }
    log(`desk latency ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    return figure(
      {
        what: 'sync: change seen on another desk',
        app: "write on A → row in B's Dexie, both desks on the app's runner",
        baseline: '—',
        target: 'p95 ≤ 2 s',
        note: `the runner as the app runs it: every ${SYNC_INTERVAL_MS / 1000} s, and while online a push ${PUSH_DELAY_MS} ms after the last write and a pull when the server's changes feed brings another desk's change`,
      },
      times,
      [],
      (_m, p95) => p95 <= 2000,
    );
  } finally {
    a.stop();
    b.stop();
  }
}

/** (b) 30 days offline on B with 500 changes, then converged. */
async function measureOffline(server: LoopbackServer): Promise<Figure> {
  const estate = await setUpEstate(server, 'bench-offline', ['A', 'B']);
  const start = BENCH_NOW - 31 * DAY;
  const clock = shiftClock(start);
  try {
    const a = await makeDesk('', estate.target('A'));
    const b = await makeDesk('B', estate.target('B'));
    const seedUnits = [];
    for (let i = 0; i < 50; i++) {
      const input = makeUnit({ building: 'O' });
      seedUnits.push({ input, id: (await a.repos.units.create(input, clerk)).id });
    }
    await a.sync();
    await b.sync();
    // 30 days without the server on B: about 17 changes a day (new units, edits, receipts).
    let changes = 0;
    for (let day = 1; day <= 30; day++) {
      shiftClock(start + day * DAY);
      const today = Math.round((500 * day) / 30) - Math.round((500 * (day - 1)) / 30);
      for (let k = 0; k < today && changes < 500; k++, changes++) {
        if (k % 3 === 0) await b.repos.receipts.issue(otherClerk, makeIssueInput());
        else if (k % 3 === 1) await b.repos.units.create(makeUnit({ building: 'OB' }), otherClerk);
        else {
          const u = seedUnits[(day * 7 + k) % seedUnits.length]!;
          u.input = { ...u.input, notes: `day ${day} edit ${k}` };
          await b.repos.units.update(u.id, u.input, otherClerk);
        }
      }
    }
    while (changes < 500) {
      await b.repos.units.create(makeUnit({ building: 'OB' }), otherClerk);
      changes++;
    }
    const pending = await b.bridge.pendingCount();
    const want = await unitCount(b);
    const ms = await elapsed(async () => {
      await b.sync();
      await a.sync();
      if ((await unitCount(a)) !== want) throw new Error('not converged after the return');
    });
    clock.restore(); // the log's time is the real one
    log(
      `offline 30 days: ${changes} changes (${pending} pending documents) converged in ${ms.toFixed(0)} ms`,
    );
    return figure(
      {
        what: 'sync: 30 days offline, 500 changes',
        app: 'the returning desk syncs, the other desk syncs, all rows on both',
        baseline: '—',
        target: '≤ 60 s',
        note: `${pending} pending documents (changes + audit entries); clock shifted, no real wait`,
      },
      [ms],
      [],
      (m) => m <= 60_000,
    );
  } finally {
    clock.restore();
  }
}

/** (c) 20 desks writing at a clerk's pace for `durationMs`, each on the app's schedule. */
async function measureDesks(
  server: LoopbackServer,
  durationMs: number,
  facts: Record<string, unknown>,
): Promise<Figure[]> {
  const codes = Array.from({ length: 20 }, (_, i) => String.fromCharCode(65 + i));
  const estate = await setUpEstate(server, 'bench-desks', codes);
  const desks: Desk[] = [];
  for (const code of codes) desks.push(await makeDesk(seriesOfDeskCode(code), estate.target(code)));
  let written = 0;
  const cpu0 = cpuMs(server.pid);
  const t0 = performance.now();
  const end = t0 + durationMs;
  // A clerk's pace: a record every 10–20 s (a busy 集中交房 morning); the app's sync every
  // SYNC_INTERVAL_MS, desks started a little apart as PCs are switched on.
  const deskLoop = async (desk: Desk, i: number) => {
    await sleep((i * SYNC_INTERVAL_MS) / codes.length);
    let nextSync = performance.now();
    let nextWrite = performance.now() + Math.random() * 10_000;
    while (performance.now() < end) {
      const now = performance.now();
      if (now >= nextWrite) {
        if (written % 3 === 0) await desk.repos.receipts.issue(clerk, makeIssueInput());
        else await desk.repos.units.create(makeUnit({ building: `D${i}` }), clerk);
        written++;
        nextWrite = now + 10_000 + Math.random() * 10_000;
      }
      if (now >= nextSync) {
        await desk.sync();
        nextSync = now + SYNC_INTERVAL_MS;
      }
      await sleep(Math.max(0, Math.min(nextWrite, nextSync, end) - performance.now()));
    }
  };
  await Promise.all(desks.map(deskLoop));
  const writingMs = performance.now() - t0;
  // Catch-up: every desk syncs in turn until each holds every record written.
  const t1 = performance.now();
  let rounds = 0;
  for (;;) {
    rounds++;
    for (const d of desks) await d.sync();
    const counts = await Promise.all(desks.map(unitCount));
    if (counts.every((c) => c === written)) break;
    if (rounds > 5) throw new Error(`not converged: ${counts.join(',')} of ${written}`);
  }
  const catchUp = performance.now() - t1;
  const cpu = cpuMs(server.pid) - cpu0;
  const wall = performance.now() - t0;
  facts['syncDesks'] = {
    desks: codes.length,
    written,
    writingMs,
    catchUpMs: catchUp,
    rounds,
    serverCpuMs: cpu,
    wallMs: wall,
  };
  log(
    `20 desks: ${written} records in ${(writingMs / 1000).toFixed(0)} s, caught up in ${catchUp.toFixed(0)} ms (${rounds} rounds), server CPU ${(cpu / 1000).toFixed(1)} s of ${(wall / 1000).toFixed(0)} s`,
  );
  return [
    figure(
      {
        what: 'sync: 20 desks, catch-up after writing',
        app: `every desk syncs in turn until each has all ${written} records`,
        baseline: '—',
        target: '—',
        note: `${(writingMs / 1000).toFixed(0)} s of writing, a record per desk every 10–20 s, sync every ${SYNC_INTERVAL_MS / 1000} s; ${rounds} round(s); on the app's schedule a record is everywhere within 2 intervals`,
      },
      [catchUp],
      [],
      () => true,
    ),
    {
      ...figure(
        {
          what: 'sync: 20 desks, server CPU',
          app: 'server process CPU time over the run (writing + catch-up)',
          baseline: '—',
          target: '—',
          note: `${((100 * cpu) / wall).toFixed(0)} % of one core over ${(wall / 1000).toFixed(0)} s`,
        },
        [cpu],
        [],
        () => true,
      ),
    },
  ];
}

/** Times a desk's bridge push and apply (everything else of a sync is the replicator's). */
function timePhases(desk: Desk): { push: number; apply: number; applySpans: [number, number][] } {
  const out = { push: 0, apply: 0, applySpans: [] as [number, number][] };
  for (const job of ['push', 'apply'] as const) {
    const run = desk.bridge[job].bind(desk.bridge) as (...args: unknown[]) => Promise<unknown>;
    // The options passed on: the apply during a download runs with `resolve: false`.
    const timed = async (...args: unknown[]) => {
      const t = performance.now();
      try {
        return await run(...args);
      } finally {
        const end = performance.now();
        out[job] += end - t;
        if (job === 'apply') out.applySpans.push([t, end]);
      }
    };
    desk.bridge[job] = timed as never;
  }
  return out;
}

/** Of the apply's time, how much came after `at` (the download's end, performance.now()). */
function applyAfter(spans: readonly [number, number][], at: number): number {
  return spans.reduce((sum, [from, to]) => sum + Math.max(0, to - Math.max(from, at)), 0);
}

interface ApplyBatchTime {
  /** Reading the batch of changes (with documents) from the replica. */
  readMs: number;
  /** From the batch read to the next read: writing it to Dexie. */
  writeMs: number;
  docs: number;
}

/** The apply's batches, timed through the replica's `changes` calls the apply makes. */
function timeApplyBatches(desk: Desk): ApplyBatchTime[] {
  const out: ApplyBatchTime[] = [];
  const changes = desk.replica.changes.bind(desk.replica);
  let open: { batch: ApplyBatchTime; readEnd: number } | undefined;
  const timed = async (options: Parameters<typeof changes>[0]) => {
    const t = performance.now();
    // The apply reads the next batch right after writing the last one (its Dexie transaction).
    if (open) open.batch.writeMs = t - open.readEnd;
    open = undefined;
    const result = await changes(options);
    const readEnd = performance.now();
    if (result.results.length > 0) {
      const batch = { readMs: readEnd - t, writeMs: 0, docs: result.results.length };
      out.push(batch);
      open = { batch, readEnd };
    }
    return result;
  };
  // Only the apply reads changes with their conflicts; the replicator's reads are its own (and
  // use the returned feed's events, so they are passed through untouched).
  desk.replica.changes = ((options: Parameters<typeof changes>[0]) =>
    options?.conflicts ? timed(options) : changes(options)) as typeof changes;
  return out;
}

/** First and last quarter of the apply's batches: read and write ms per batch, on average. */
function batchGrowth(batches: readonly ApplyBatchTime[]): string {
  if (batches.length < 4) return `${batches.length} batches`;
  const q = Math.max(1, Math.floor(batches.length / 4));
  const mean = (list: readonly ApplyBatchTime[], k: 'readMs' | 'writeMs') =>
    (list.reduce((s, b) => s + b[k], 0) / list.length).toFixed(0);
  const first = batches.slice(0, q);
  const last = batches.slice(-q);
  return `${batches.length} batches; first quarter read ${mean(first, 'readMs')} / write ${mean(first, 'writeMs')} ms a batch, last quarter ${mean(last, 'readMs')} / ${mean(last, 'writeMs')} ms`;
}

/** CPU time (user + system) of this process, in ms. */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Wall time of `fn` with this process's and the server's CPU time over it (ms). */
async function split<T>(
  server: LoopbackServer,
  fn: () => Promise<T>,
): Promise<{ result: T; ms: number; desksCpuMs: number; serverCpuMs: number }> {
  const [c0, s0, t0] = [ownCpuMs(), cpuMs(server.pid), performance.now()];
  const result = await fn();
  return {
    result,
    ms: performance.now() - t0,
    desksCpuMs: ownCpuMs() - c0,
    serverCpuMs: cpuMs(server.pid) - s0,
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The first desk holding the generated estate at `scale`: its rows written in a transaction
 * with the audit, so each is noted for replication (capture.ts), as a restore on the first desk
 * would be. The generated tables are not kept (at 1× they are hundreds of MB the new desk's
 * measurement would otherwise carry through every garbage collection).
 */
async function firstDeskWithEstate(
  target: Desk['target'],
  scale: number,
): Promise<{ a: Desk; names: string[]; rows: number }> {
  // As scaledEstate, but at least one of each (a 1 % estate still has a survey round).
  const small: DatasetScale = { ...FULL_SCALE };
  for (const k of Object.keys(small) as (keyof DatasetScale)[]) {
    small[k] = Math.max(1, Math.round(FULL_SCALE[k] * scale));
  }
  const tables = generateDataset({ seed: 20_260_501, scale: small, endMs: BENCH_NOW });
  const a = await makeDesk('', target);
  const names = Object.keys(tables).filter(
    (t) => isReplicatedTable(t) && a.db.tables.some((x) => x.name === t),
  );
  let rows = 0;
  await a.db.transaction('rw', [...names, 'audit'], async () => {
    for (const name of names) {
      const all = tables[name]!;
      await a.db.table(name).bulkPut(all);
      rows += all.length;
    }
  });
  return { a, names, rows };
}

/** (d) A new desk's initial sync of the generated estate at `scale` of the full one. */
async function measureInitial(
  server: LoopbackServer,
  scale: number,
  facts: Record<string, unknown>,
): Promise<Figure> {
  const estate = await setUpEstate(server, 'bench-initial', ['A', 'B']);
  const { a, names, rows } = await firstDeskWithEstate(estate.target('A'), scale);
  const aPhases = timePhases(a);
  const up = await split(server, () => a.sync());
  const upload = up.ms;
  // The new desk is another PC: desk A's database and replica are not in its process.
  await a.replica.destroy();
  await a.db.delete();
  const b = await makeDesk('B', estate.target('B'));
  // Where the time goes: the bridge applying to Dexie, against the whole run (replication),
  // and batch by batch (reading the replica's changes, writing them to Dexie), to see growth;
  // this process's CPU (the desk: replicator client, replica, bridge) and the server's.
  const bPhases = timePhases(b);
  const batches = timeApplyBatches(b);
  let down = 0;
  let downAt = 0;
  let downCpu = { desks: 0, server: 0 };
  const [c0, s0] = [ownCpuMs(), cpuMs(server.pid)];
  const t0 = performance.now();
  const pull = await split(server, () =>
    b.sync((direction, n) => {
      if (direction === 'down') {
        down = n;
        downAt = performance.now() - t0;
        downCpu = { desks: ownCpuMs() - c0, server: cpuMs(server.pid) - s0 };
      }
    }),
  );
  const ms = pull.ms;
  const onB = await Promise.all(names.map((t) => b.db.table(t).count()));
  const got = onB.reduce((sum, c) => sum + c, 0);
  if (got !== rows) throw new Error(`initial sync: ${got} of ${rows} rows`);
  // The estate grows with the scale in every table: the full one has about rows ÷ scale.
  const full = Math.round(rows / scale);
  const extrapolated = (ms * full) / rows;
  const applyMs = bPhases.apply;
  // The apply runs while the download goes on (syncEngine.ts): the part after the download's
  // last batch is what the desk still waits for.
  const applyAfterMs = applyAfter(bPhases.applySpans, t0 + downAt);
  const growth = batchGrowth(batches);
  const uploadReplicateMs = upload - aPhases.push - aPhases.apply;
  // The new desk's run: the download (replicator, until the last batch is in the replica), the
  // apply to Dexie (most of it during the download), and the rest (the round's upload and checks: revs_diff finds nothing new).
  const pullSplit = {
    downloadMs: downAt,
    downloadDeskCpuMs: downCpu.desks,
    downloadServerCpuMs: downCpu.server,
    applyMs,
    applyAfterMs,
    restMs: ms - downAt - applyAfterMs,
    deskCpuMs: pull.desksCpuMs,
    serverCpuMs: pull.serverCpuMs,
  };
  facts['syncInitial'] = {
    scale,
    rows,
    uploadMs: upload,
    uploadPhases: { ...aPhases, replicateMs: uploadReplicateMs },
    uploadDeskCpuMs: up.desksCpuMs,
    uploadServerCpuMs: up.serverCpuMs,
    downloadMs: ms,
    down,
    downloadedAtMs: downAt,
    pullSplit,
    applyMs,
    applyBatches: batches,
    applyGrowth: growth,
    fullRows: full,
    extrapolatedMs: extrapolated,
  };
  const uploadText = `uploaded by A in ${s(upload)} (push to the replica ${s(aPhases.push)}, replication ${s(uploadReplicateMs)}; CPU desk ${s(up.desksCpuMs)}, server ${s(up.serverCpuMs)})`;
  const pullText = `download ${s(downAt)} (CPU desk ${s(downCpu.desks)}, server ${s(downCpu.server)}), apply to Dexie ${s(applyMs)} (after the download ${s(applyAfterMs)}), rest ${s(pullSplit.restMs)}`;
  log(
    `initial sync: ${rows} rows (scale ${scale}) ${uploadText}; new desk in ${s(ms)}: ${pullText} (${growth}); × ${(full / rows).toFixed(0)} ≈ ${(extrapolated / 60_000).toFixed(1)} min for the full estate`,
  );
  const measuredFull = scale >= 1;
  return figure(
    {
      what: `sync: new desk's initial sync (${rows} rows, scale ${scale})`,
      app: 'a fresh desk syncs the estate: download, apply to Dexie',
      baseline: '—',
      target: '≤ 5 min full estate',
      note: `${measuredFull ? `measured at the full ${rows} rows` : `measured at ${rows} rows; linear × ${(full / rows).toFixed(0)} ≈ ${(extrapolated / 60_000).toFixed(1)} min for the ${full} rows of the bench estate (not measured)`}; the bench estate has no audit entries, a real one about as many again (≈ ${((2 * extrapolated) / 60_000).toFixed(1)} min); ${pullText}; the first desk's upload took ${s(upload)}; fake-indexeddb and memory PouchDB in Node against express-pouchdb on LevelDB, not Chromium's IndexedDB against CouchDB`,
    },
    [ms],
    [],
    () => extrapolated <= 5 * 60_000,
  );
}

export async function measureSync(run: SyncRun): Promise<Figure[]> {
  const { n, quick, facts } = run;
  const server = await startServer();
  try {
    const out: Figure[] = [];
    out.push(await measureLatency(server, n));
    out.push(await measureOffline(server));
    out.push(...(await measureDesks(server, quick ? 45_000 : 120_000, facts)));
    out.push(await measureInitial(server, initialScale(run), facts));
    return out;
  } finally {
    await server.stop();
  }
}

function initialScale({ quick, syncScale }: SyncRun): number {
  return syncScale ?? (quick ? 0.01 : 0.03);
}

/** `--only=sync-latency`: the change seen on another desk only. */
export async function measureSyncLatency(run: SyncRun): Promise<Figure[]> {
  const server = await startServer();
  try {
    return [await measureLatency(server, run.n)];
  } finally {
    await server.stop();
  }
}

/** `--only=sync-initial`: the new desk's initial sync only. */
export async function measureSyncInitial(run: SyncRun): Promise<Figure[]> {
  const server = await startServer();
  try {
    return [await measureInitial(server, initialScale(run), run.facts)];
  } finally {
    await server.stop();
  }
}
