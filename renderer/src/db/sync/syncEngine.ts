/**
 * One synchronisation with the estate's server (issue 20): push what this desk changed into its
 * replica, let PouchDB's replicator carry it both ways, apply what came, and repeat while
 * merges produce new revisions. The replicator resumes from its checkpoints, so a cut in the
 * middle costs only the batch in flight; nothing is applied twice (apply is by revision).
 */
import type PouchDB from 'pouchdb-core';
import type { PouchReplicationResult } from 'pouchdb-core';
import type { SyncStatusState } from '@shared/domain/sync/status';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { noteRemoteSeq, seedReplica, seedSince } from './seed';
import { STATUS_KEY } from './syncKeys';
import type { SyncBridge, Refusal, Replica, SyncRound } from './bridge';

export type PouchClass = typeof PouchDB;

/** Where this desk replicates to; the password is never stored by the renderer. */
export interface SyncTarget {
  /** Server address, e.g. `https://couch.example:6984`. */
  url: string;
  /** The estate's database name. */
  estate: string;
  username: string;
  password: string;
}

/** Refused at the server: wrong desk credentials or another estate's database. */
export class SyncAuthError extends Error {
  constructor() {
    super('同步服务器拒绝了本机的账号或密码（或该账号不属于这个小区）');
    this.name = 'SyncAuthError';
  }
}

/** The server could not be reached (offline is normal: the desk works on). */
export class SyncOfflineError extends Error {
  constructor(detail: string) {
    super(`无法连接同步服务器：${detail}`);
    this.name = 'SyncOfflineError';
  }
}

const ROUNDS = 4;

export function openRemote(Pouch: PouchClass, target: SyncTarget): Replica {
  const base = target.url.replace(/\/+$/, '');
  return new Pouch(`${base}/${encodeURIComponent(target.estate)}`, {
    skip_setup: true,
    auth: { username: target.username, password: target.password },
  }) as Replica;
}

function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const e = error as { reason?: unknown; message?: unknown } | null;
  return String(e?.reason ?? e?.message ?? error);
}

function denialOf(error: unknown): Refusal | undefined {
  const e = error as { id?: unknown; message?: unknown; reason?: unknown } | null;
  if (!e || typeof e.id !== 'string') return undefined;
  return { docId: e.id, reason: String(e.reason ?? e.message ?? 'forbidden') };
}

/** Called as batches are written: which way, and documents written so far this run. */
export type SyncProgress = (direction: 'up' | 'down', written: number) => void;

/**
 * Documents per replication batch (a changes read, a revs_diff, a bulk get and a bulk write,
 * then a checkpoint on both sides). A new desk's initial download is hundreds of thousands of
 * documents: at 200 a batch, the per-batch requests and checkpoints were a third of the server's CPU and of the desk's for the download (bench
 * sync-initial at 10 %: server 11.6 → 7.3 s, desk 6.8 → 4.7 s at 1000); over a slow link each
 * batch also costs its round trips. A cut costs at most the batch in flight.
 */
export const REPLICATION_BATCH = 1000;

async function replicate(
  Pouch: PouchClass,
  source: Replica,
  target: Replica,
  refused: Refusal[],
  progress: ((written: number) => void) | undefined,
  since?: number | string,
): Promise<PouchReplicationResult> {
  const run = Pouch.replicate(source, target, {
    batch_size: REPLICATION_BATCH,
    batches_limit: 4,
    ...(since === undefined ? {} : { since }),
  });
  if (progress) run.on('change', (info) => progress(info.docs_written));
  run.on('denied', (error) => {
    const denial = denialOf(error);
    if (denial) refused.push(denial);
  });
  const result = await run;
  for (const error of result.errors ?? []) {
    const denial = denialOf(error);
    if (denial && !refused.some((r) => r.docId === denial.docId)) refused.push(denial);
  }
  return result;
}

export async function readStatus(db: TaizhangDB): Promise<SyncStatusState> {
  const row = await db.syncState.get(STATUS_KEY);
  return (row?.value as SyncStatusState | undefined) ?? {};
}

export async function writeStatus(db: TaizhangDB, patch: Partial<SyncStatusState>): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const now = (await db.syncState.get(STATUS_KEY))?.value as SyncStatusState | undefined;
    await db.syncState.put({ key: STATUS_KEY, value: { ...now, ...patch } });
  });
}

/**
 * Where the upload after a download may start (its checkpoint is set there): the replica's
 * sequence right after the download, when the upload before it completed. Until then the
 * replica held only what that upload carried to the server (nothing else writes the replica
 * between them: the bridge runs in this loop, and runs never overlap; the apply during the
 * download writes only Dexie, resolving no conflict), and the download wrote only the server's
 * own documents. Without it each upload walks every document that came down
 * and asks the server about it again (revs_diff): for a new desk on a 5-year estate, as long as
 * the download itself. A refused document is put back with a new revision after this point, so
 * it is uploaded again. Undefined (the replicator's own checkpoint) after an incomplete upload.
 */
async function uploadResumesAt(
  replica: Replica,
  sent: PouchReplicationResult,
): Promise<number | string | undefined> {
  if (sent.status !== 'complete') return undefined;
  return (await replica.info()).update_seq;
}

/**
 * Applies what a download has written to the replica while it goes on (a new desk's initial
 * sync: otherwise the whole download, then the whole apply; on two cores the server serves the
 * next batches while the desk writes Dexie). One apply at a time: a batch written while one
 * runs starts another after it. It never resolves a conflict (see applyChanges.ts); `settle`
 * waits for the one in flight, and the apply after the download catches up the rest.
 */
class ApplyAlong {
  private running: Promise<void> | undefined;
  private again = false;
  private held = false;
  private failure: { error: unknown } | undefined;
  applied = 0;

  constructor(private readonly bridge: SyncBridge) {}

  /** A batch is in the replica. */
  kick(): void {
    if (this.held || this.failure) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        const done = await this.bridge.apply({ resolve: false });
        this.applied += done.applied;
        // Every later apply would stop at the same document: leave it to the apply after.
        if (done.held) this.held = true;
      } catch (error) {
        this.failure = { error };
      }
    } while (this.again && !this.held && !this.failure);
  }

  /** Waits for the apply in flight; throws what an apply threw. */
  async settle(): Promise<number> {
    this.held = true;
    await this.running;
    if (this.failure) throw this.failure.error;
    return this.applied;
  }
}

/** Downloads into the replica, applying to Dexie as batches arrive; returns rows applied too. */
async function download(
  Pouch: PouchClass,
  bridge: SyncBridge,
  remote: Replica,
  refused: Refusal[],
  progress: ((written: number) => void) | undefined,
  since: number | string | undefined,
): Promise<{ got: PouchReplicationResult; applied: number }> {
  const along = new ApplyAlong(bridge);
  const onBatch = (written: number) => {
    along.kick();
    progress?.(written);
  };
  let got: PouchReplicationResult;
  try {
    got = await replicate(Pouch, remote, bridge.replica, refused, onBatch, since);
  } catch (error) {
    // A cut mid-download: what was applied stays (APPLIED_SEQ), the next run resumes from it;
    // the apply in flight ends before the run does, so two never overlap.
    await along.settle().catch(() => undefined);
    throw error;
  }
  return { got, applied: await along.settle() };
}

/**
 * Synchronises once; throws SyncAuthError or SyncOfflineError (the status keeps when the desk
 * went offline). Refusals by the server are put back to the server's version and returned.
 */
export async function syncOnce(
  Pouch: PouchClass,
  bridge: SyncBridge,
  db: TaizhangDB,
  remote: Replica,
  onProgress?: SyncProgress,
): Promise<SyncRound> {
  const up = onProgress ? (n: number) => onProgress('up', n) : undefined;
  const down = onProgress ? (n: number) => onProgress('down', n) : undefined;
  const round: SyncRound = { pushed: 0, applied: 0, conflicts: 0, refused: [] };
  try {
    // A desk restored from another desk's backup starts its replica from the backup's rows.
    await seedReplica(db, bridge.replica, remote.name);
    let since = await seedSince(db);
    // Where the next upload may start: everything in the replica before it is on the server.
    let upSince: number | string | undefined;
    const first = await bridge.push();
    round.conflicts += first.conflicts;
    for (let i = 0; i < ROUNDS; i++) {
      const refused: Refusal[] = [];
      const sent = await replicate(Pouch, bridge.replica, remote, refused, up, upSince);
      round.pushed += sent.docs_written;
      await bridge.markPushed(sent.last_seq);
      const { got, applied: along } = await download(Pouch, bridge, remote, refused, down, since);
      round.applied += along;
      since = undefined;
      await noteRemoteSeq(db, remote.name, got.last_seq);
      if (got.last_seq !== undefined) round.remoteSeq = got.last_seq;
      upSince = await uploadResumesAt(bridge.replica, sent);
      for (const r of refused) {
        // Put back to the server's version here; the next round pushes that revision up.
        const server = await remote.get(r.docId).catch(() => undefined);
        await bridge.revertRefused(r.docId, server);
        round.refused.push(r);
      }
      const applied = await bridge.apply();
      round.applied += applied.applied;
      round.conflicts += applied.conflicts;
      const again = await bridge.push();
      round.conflicts += again.conflicts;
      const settled = again.pushed === 0 && applied.conflicts === 0 && refused.length === 0;
      if (settled) break;
    }
    // What came down is in the replica's sequence too: one more upload (revs_diff finds it
    // all on the server already) moves the pushed mark past it, so "pending" is only ours.
    const last = await replicate(Pouch, bridge.replica, remote, round.refused, up, upSince);
    round.pushed += last.docs_written;
    await bridge.markPushed(last.last_seq);
  } catch (error) {
    throw await recordFailure(db, error);
  }
  await recordSuccess(db, round.refused);
  return round;
}

/** Notes a failed run in the status (offline since the first failure) and returns the error. */
export async function recordFailure(db: TaizhangDB, error: unknown): Promise<Error> {
  const status = statusOf(error);
  const failure =
    status === 401 || status === 403 ? new SyncAuthError() : new SyncOfflineError(describe(error));
  const before = await readStatus(db);
  await writeStatus(db, {
    offlineSince: before.offlineSince ?? nowIso(),
    lastError: failure.message,
  });
  return failure;
}

export async function recordSuccess(db: TaizhangDB, refused: readonly Refusal[]): Promise<void> {
  const refusals = refused.map((r) => ({ ...r, at: nowIso() }));
  await writeStatus(db, {
    lastSyncedAt: nowIso(),
    offlineSince: undefined,
    lastError: undefined,
    ...(refusals.length > 0 ? { refused: refusals } : {}),
  });
}
