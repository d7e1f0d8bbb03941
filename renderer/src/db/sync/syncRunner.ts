/**
 * The app's synchronisation loop (issue 20): every half minute (and on 立即同步), when this
 * desk is joined and has its credentials, one `syncOnce` with the estate's server. Runs never
 * overlap. PouchDB is loaded on first use only, so a desk that never joins never loads it.
 * The replica is an IndexedDB database of its own (`taizhang-sync-<estate>`) at the same
 * origin; the status goes to `syncState` for the header.
 */
import type { SyncCredentials } from '@shared/ipc';
import { seriesOfDeskCode } from '@shared/domain/sync/deskNumbers';
import { isJoined, type SyncSettings } from '@shared/domain/sync/syncSettings';
import type { TaizhangDB } from '../database';
import { SyncBridge, type Replica, type SyncRound } from './bridge';
import { openRemote, syncOnce, type PouchClass } from './syncEngine';

export const SYNC_INTERVAL_MS = 30_000;

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
}

export type RunOutcome =
  | { kind: 'off' }
  | { kind: 'no-credentials' }
  | { kind: 'done'; round: SyncRound }
  | { kind: 'failed'; message: string };

export function createSyncRunner(deps: SyncRunnerDeps) {
  let running: Promise<RunOutcome> | undefined;
  let current: { key: string; bridge: SyncBridge } | undefined;

  async function bridgeFor(settings: SyncSettings): Promise<SyncBridge> {
    const key = `${settings.serverUrl}|${settings.estate}|${settings.deskCode}`;
    if (current?.key === key) return current.bridge;
    const Pouch = await loadPouch();
    const replica = new Pouch(`taizhang-sync-${settings.estate}`, {
      adapter: 'indexeddb',
      auto_compaction: false,
    }) as Replica;
    current = {
      key,
      bridge: new SyncBridge(deps.db, replica, seriesOfDeskCode(settings.deskCode)),
    };
    return current.bridge;
  }

  async function run(): Promise<RunOutcome> {
    const settings = await deps.settings();
    if (!isJoined(settings)) return { kind: 'off' };
    const credentials = await deps.credentials();
    if (!credentials) return { kind: 'no-credentials' };
    const bridge = await bridgeFor(settings);
    const Pouch = await loadPouch();
    const remote = openRemote(Pouch, {
      url: settings.serverUrl,
      estate: settings.estate,
      username: credentials.username,
      password: credentials.password,
    });
    try {
      return { kind: 'done', round: await syncOnce(Pouch, bridge, deps.db, remote) };
    } catch (error) {
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    /** One run now, or the one already running. */
    syncNow(): Promise<RunOutcome> {
      running ??= run().finally(() => {
        running = undefined;
      });
      return running;
    },
    /** Pending changes including the replica's unpushed revisions (0 when not joined yet). */
    async pending(): Promise<number | undefined> {
      return current ? current.bridge.pendingCount() : undefined;
    },
    /** Runs every `intervalMs` until the returned function is called. */
    start(intervalMs = SYNC_INTERVAL_MS): () => void {
      const tick = () => void this.syncNow();
      tick();
      const timer = setInterval(tick, intervalMs);
      return () => clearInterval(timer);
    },
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
