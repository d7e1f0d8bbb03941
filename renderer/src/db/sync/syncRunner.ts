/**
 * The app's synchronisation loop (issue 20): every half minute (and on 立即同步), when this
 * desk is joined and has its credentials, one `syncOnce` with the estate's server; while the
 * last run worked, also soon after each audited write here and each change on the server from
 * another desk (liveTriggers.ts), so a change is on the other desks within a second or two.
 * Runs never overlap. PouchDB is loaded on first use only, so a desk that never joins never loads it.
 * The replica is an IndexedDB database of its own (`taizhang-sync-<estate>`) at the same
 * origin; the status goes to `syncState` for the header.
 */
import type { SyncCredentials } from '@shared/ipc';
import type { BranchSummary } from '@shared/domain/review/branchSummary';
import { previousMonth } from '@shared/domain/review/months';
import { officeMonthOf } from '@shared/domain/rates';
import { seriesOfDeskCode } from '@shared/domain/sync/deskNumbers';
import type { ReadSummary } from '@shared/domain/sync/summaryDoc';
import { branchEstateList, isJoined, type SyncSettings } from '@shared/domain/sync/syncSettings';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { SyncBridge, type Replica, type SyncRound } from './bridge';
import { progressRecorder } from './progress';
import { publishSummary, pullSummaries, readSummaries } from './branchSummaries';
import { openRemote, recordFailure, recordSuccess, syncOnce, type PouchClass } from './syncEngine';
import { onOutboxWrite, PULL_DELAY_MS, PUSH_DELAY_MS, watchServer } from './liveTriggers';

export const SYNC_INTERVAL_MS = 30_000;
/** A desk republishes its month summaries at most this often (unchanged ones are not written). */
export const PUBLISH_EVERY_MS = 5 * 60_000;

let pouchClass: Promise<PouchClass> | undefined;

/** PouchDB with the IndexedDB, HTTP and replication plugins, loaded once. */
function loadPouch(): Promise<PouchClass> {
  pouchClass ??= (async () => {
    const [core, idb, http, replication] = await Promise.all([
      import('pouchdb-core'),
      import('pouchdb-adapter-indexeddb'),
      import('pouchdb-adapter-http'),
      import('pouchdb-replication'),
    ]);
    return core.default.plugin(idb.default).plugin(http.default).plugin(replication.default);
  })();
  return pouchClass;
}

export interface SyncRunnerDeps {
  db: TaizhangDB;
  settings: () => Promise<SyncSettings>;
  credentials: () => Promise<SyncCredentials>;
  /** The estate's summary of a month, as the branch file export builds it. */
  summary?: (month: string) => Promise<BranchSummary>;
  /** PouchDB and the adapter of local replicas (tests: a memory one); default IndexedDB. */
  pouch?: () => Promise<PouchClass>;
  localAdapter?: string;
  /** Put before the local replicas' names (tests: several desks in one process). */
  replicaPrefix?: string;
  /** Told of every run's outcome (tests and the bench wait on it). */
  onOutcome?: (outcome: RunOutcome) => void;
}

export type RunOutcome =
  | { kind: 'off' }
  | { kind: 'no-credentials' }
  | { kind: 'done'; round: SyncRound }
  | { kind: 'branch'; estates: number; pulled: number }
  | { kind: 'failed'; message: string };

/** The months a desk publishes: this office month and the one before (late revisits). */
export function publishedMonths(nowIsoText: string): string[] {
  const month = officeMonthOf(nowIsoText);
  return [previousMonth(month), month];
}

export function createSyncRunner(deps: SyncRunnerDeps) {
  let running: Promise<RunOutcome> | undefined;
  let current: { key: string; bridge: SyncBridge } | undefined;
  let publishedAt = Number.NEGATIVE_INFINITY;
  const branchReplicas = new Map<string, Replica>();
  const pouch = deps.pouch ?? loadPouch;
  const adapter = deps.localAdapter ?? 'indexeddb';
  const prefix = deps.replicaPrefix === undefined ? {} : { prefix: deps.replicaPrefix };
  /** While `start`ed: the triggers between interval ticks (liveTriggers.ts). */
  let live: LiveState | undefined;

  async function branchReplica(estate: string): Promise<Replica> {
    const Pouch = await pouch();
    let replica = branchReplicas.get(estate);
    if (!replica) {
      replica = new Pouch(`taizhang-branch-${estate}`, { adapter, ...prefix }) as Replica;
      branchReplicas.set(estate, replica);
    }
    return replica;
  }

  /** A branch install: every listed estate's summaries, one way, server to here. */
  async function runBranch(settings: SyncSettings, credentials: NonNullable<SyncCredentials>) {
    const Pouch = await pouch();
    const estates = branchEstateList(settings.branchEstates);
    let pulled = 0;
    try {
      for (const estate of estates) {
        const remote = openRemote(Pouch, { url: settings.serverUrl, estate, ...credentials });
        pulled += await pullSummaries(Pouch, remote, await branchReplica(estate));
      }
    } catch (error) {
      return { kind: 'failed', message: (await recordFailure(deps.db, error)).message } as const;
    }
    await recordSuccess(deps.db, []);
    return { kind: 'branch', estates: estates.length, pulled } as const;
  }

  /** Publishes this estate's month summaries for the branch, every PUBLISH_EVERY_MS at most. */
  async function publish(remote: Replica, desk: string): Promise<void> {
    const now = Date.now();
    if (!deps.summary || now - publishedAt < PUBLISH_EVERY_MS) return;
    publishedAt = now;
    for (const month of publishedMonths(nowIso())) {
      await publishSummary(remote, await deps.summary(month), desk);
    }
  }

  async function bridgeFor(settings: SyncSettings): Promise<SyncBridge> {
    const key = `${settings.serverUrl}|${settings.estate}|${settings.deskCode}`;
    if (current?.key === key) return current.bridge;
    const Pouch = await pouch();
    const replica = new Pouch(`taizhang-sync-${settings.estate}`, {
      adapter,
      auto_compaction: false,
      ...prefix,
    }) as Replica;
    current = {
      key,
      bridge: new SyncBridge(deps.db, replica, seriesOfDeskCode(settings.deskCode)),
    };
    return current.bridge;
  }

  /**
   * A run on a closed connection is no run: after a restore the app's connection is closed
   * until the reload, and the interval must not throw a DatabaseClosedError each tick (issue 21:
   * an unhandled DexieError every 30 s). Any other failure is an outcome, never a rejection.
   */
  async function run(): Promise<RunOutcome> {
    if (deps.db.hasBeenClosed()) return { kind: 'off' };
    try {
      return await runOpen();
    } catch (error) {
      if (deps.db.hasBeenClosed()) return { kind: 'off' };
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async function runOpen(): Promise<RunOutcome> {
    const settings = await deps.settings();
    if (!isJoined(settings)) return { kind: 'off' };
    const credentials = await deps.credentials();
    if (!credentials) return { kind: 'no-credentials' };
    if (settings.role === 'branch') return runBranch(settings, credentials);
    const bridge = await bridgeFor(settings);
    const Pouch = await pouch();
    const remote = openRemote(Pouch, {
      url: settings.serverUrl,
      estate: settings.estate,
      username: credentials.username,
      password: credentials.password,
    });
    const progress = await progressRecorder(deps.db, bridge.replica, remote).catch(() => undefined);
    try {
      const round = await syncOnce(Pouch, bridge, deps.db, remote, progress?.onProgress);
      await progress?.end(true);
      live?.online(current?.key ?? '', remote, bridge.replica, round.remoteSeq);
      // The branch's figures are a courtesy of a sync that worked: a failure here (the
      // review of a month that cannot be computed) must not mark the desk offline.
      await publish(remote, seriesOfDeskCode(settings.deskCode)).catch(() => undefined);
      return { kind: 'done', round };
    } catch (error) {
      await progress?.end(false);
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** One run now, or the one already running. */
  function syncNow(): Promise<RunOutcome> {
    running ??= run().then(
      (outcome) => {
        running = undefined;
        if (outcome.kind !== 'done') live?.offline();
        deps.onOutcome?.(outcome);
        live?.settled();
        return outcome;
      },
      // run() resolves every failure as an outcome; this is only for a throwing listener.
      (error: unknown) => {
        running = undefined;
        throw error;
      },
    );
    return running;
  }

  /**
   * The triggers of a started runner. A write or a foreign change asks for a run after its
   * delay; one asked for while a run is going waits for it to end (that run may have pushed or
   * pulled before the change), then runs. Writes only count while the outbox holds something:
   * the push's own clearing of the outbox is a write to it too.
   */
  function liveState(): LiveState {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let want: { push: boolean; pull: boolean } = { push: false, pull: false };
    let isOnline = false;
    let feed: { key: string; cancel(): void } | undefined;
    const stopWrites = onOutboxWrite(deps.db.name, () => ask('push'));
    function ask(what: 'push' | 'pull') {
      if (!isOnline) return;
      want = { ...want, [what]: true };
      if (running) return; // settled() asks again when it ends
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void fire(), what === 'push' ? PUSH_DELAY_MS : PULL_DELAY_MS);
    }
    async function fire() {
      timer = undefined;
      if (running || !isOnline) return;
      const pull = want.pull;
      const push = want.push && (await deps.db.syncOutbox.count().catch(() => 0)) > 0;
      if (running) return; // a tick started meanwhile; settled() asks again after it
      want = { push: false, pull: false };
      if (pull || push) void syncNow();
    }
    return {
      online(key, remote, replica, since) {
        isOnline = true;
        if (feed?.key === key || since === undefined) return;
        feed?.cancel();
        const watch = watchServer(
          remote,
          replica,
          since,
          () => ask('pull'),
          () => {
            if (feed === opened) feed = undefined;
          },
          () => want.pull && timer !== undefined && !running,
        );
        const opened = { key, cancel: () => watch.cancel() };
        feed = opened;
      },
      offline() {
        isOnline = false;
        feed?.cancel();
        feed = undefined;
      },
      settled() {
        if (!isOnline || (!want.push && !want.pull)) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => void fire(), want.push ? PUSH_DELAY_MS : PULL_DELAY_MS);
      },
      stop() {
        isOnline = false;
        if (timer !== undefined) clearTimeout(timer);
        stopWrites();
        feed?.cancel();
        feed = undefined;
      },
    };
  }

  return {
    syncNow,
    /** Pending changes including the replica's unpushed revisions (0 when not joined yet). */
    async pending(): Promise<number | undefined> {
      return current ? current.bridge.pendingCount() : undefined;
    },
    /** A branch install's month summaries of every listed estate, as last replicated. */
    async summaries(): Promise<ReadSummary[]> {
      const settings = await deps.settings();
      if (settings.role !== 'branch') return [];
      const out: ReadSummary[] = [];
      for (const estate of branchEstateList(settings.branchEstates)) {
        out.push(...(await readSummaries(estate, await branchReplica(estate))));
      }
      return out;
    },
    /**
     * Runs every `intervalMs`, and between ticks when something changed while online, until
     * the returned function is called.
     */
    start(intervalMs = SYNC_INTERVAL_MS): () => void {
      live?.stop();
      const mine = liveState();
      live = mine;
      const tick = () => void syncNow();
      tick();
      const timer = setInterval(tick, intervalMs);
      return () => {
        clearInterval(timer);
        mine.stop();
        if (live === mine) live = undefined;
      };
    },
  };
}

interface LiveState {
  /** A desk's run worked: writes count, and the server's feed is open from `since`. */
  online(key: string, remote: Replica, replica: Replica, since: number | string | undefined): void;
  /** A run failed (or the desk left): back to the interval alone. */
  offline(): void;
  /** A run ended: what was asked for meanwhile runs now. */
  settled(): void;
  stop(): void;
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
