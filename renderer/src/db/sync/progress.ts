/**
 * The progress of a replication run for the settings screen (issue 20): how many documents of
 * the server's have arrived, so a new desk on a 5-year estate sees its initial sync advance.
 * Kept in `syncState` (a live query shows it); a run cut part way leaves its last figure there
 * with `cut`, and the next run (which resumes from PouchDB's checkpoints) continues from it.
 */
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { Replica } from './bridge';
import type { SyncProgress } from './syncEngine';
import { PROGRESS_KEY } from './syncKeys';

export interface SyncProgressState {
  /** Documents this replica holds of the server's (what arrived before, plus this run). */
  received: number;
  /** Documents on the server when the run began. */
  total: number;
  /** Documents sent up this run. */
  sent: number;
  at: string;
  /** The run ended without finishing (offline); the next one resumes. */
  cut?: boolean;
}

export async function readProgress(db: TaizhangDB): Promise<SyncProgressState | undefined> {
  return (await db.syncState.get(PROGRESS_KEY))?.value as SyncProgressState | undefined;
}

/**
 * A progress callback for one run that records to `syncState`, and `end(finished)`: cleared
 * when the run finished, marked cut when it did not.
 */
export async function progressRecorder(db: TaizhangDB, local: Replica, remote: Replica) {
  const [here, there] = await Promise.all([local.info(), remote.info()]);
  const state: SyncProgressState = {
    received: here.doc_count,
    total: Math.max(there.doc_count, here.doc_count),
    sent: 0,
    at: nowIso(),
  };
  const base = here.doc_count;
  let queue: Promise<unknown> = db.syncState.put({ key: PROGRESS_KEY, value: { ...state } });
  const write = () => {
    const value = { ...state, at: nowIso() };
    queue = queue.then(() => db.syncState.put({ key: PROGRESS_KEY, value }));
  };
  const onProgress: SyncProgress = (direction, written) => {
    if (direction === 'down') state.received = Math.min(base + written, state.total);
    else state.sent = written;
    write();
  };
  return {
    onProgress,
    async end(finished: boolean): Promise<void> {
      await queue;
      if (finished) await db.syncState.delete(PROGRESS_KEY);
      else await db.syncState.put({ key: PROGRESS_KEY, value: { ...state, cut: true } });
    },
  };
}
