/**
 * What makes the sync runner run soon rather than at its next half minute (issue 20: a change on
 * one desk seen on another within 2 s), while the desk is online. Only triggers: every run is
 * still the one `syncOnce` (PouchDB's replicator, checkpoints), never two at once.
 *
 * - Written here: every audited write notes its row in `syncOutbox` in its own transaction
 *   (capture.ts); Dexie announces the committed transaction (`storagemutated`), and the runner
 *   runs PUSH_DELAY_MS after the last such write (a form's save is several transactions; a
 *   batch of entries is one run, not one run each).
 * - Written elsewhere: the server's `_changes` feed (PouchDB's live changes: longpoll requests
 *   one after another, from the sequence the last download reached). A change whose revision
 *   this desk's replica already holds is this desk's own upload coming back, and runs nothing.
 *   A failed request ends the feed: the runner's interval retries as it always did (no loop
 *   against a server that is gone), and the next successful run opens the feed again.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { OUTBOX_TABLE } from './capture';
import type { Replica } from './bridge';

/** From the last audited write to the run that pushes it (writes closer together are one run). */
export const PUSH_DELAY_MS = 250;
/** From a change on the server to the run that pulls it (a burst of another desk's batch). */
export const PULL_DELAY_MS = 50;
/** The server's keep-alive on the open changes request (proxies drop silent connections). */
const HEARTBEAT_MS = 10_000;

/** Calls `onWrite` after each committed transaction of `dbName` that wrote the outbox. */
export function onOutboxWrite(dbName: string, onWrite: () => void): () => void {
  const part = `idb://${dbName}/${OUTBOX_TABLE}/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((k) => k.startsWith(part))) onWrite();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

/**
 * Listens to `remote`'s changes after `since`; calls `onForeign` for changes `replica` does not
 * hold yet, `onEnd` once when the feed fails (not when cancelled). While `asked()` (a run is
 * already asked for and not started), changes are not looked up: another desk's first upload
 * of an estate is a hundred thousand of them.
 */
export function watchServer(
  remote: Replica,
  replica: Replica,
  since: number | string,
  onForeign: (docId: string) => void,
  onEnd: (error: unknown) => void,
  asked: () => boolean = () => false,
): { cancel(): void } {
  let cancelled = false;
  const check = async (change: { id: string; changes: { rev: string }[] }) => {
    if (asked()) return;
    const revs = change.changes.map((c) => c.rev);
    const diff = await replica.revsDiff({ [change.id]: revs }).catch(() => undefined);
    // Unknown (the replica unreadable): a run finds out.
    const missing = diff === undefined || (diff[change.id]?.missing?.length ?? 0) > 0;
    if (missing && !cancelled) onForeign(change.id);
  };
  const feed = remote.changes({
    live: true,
    since,
    heartbeat: HEARTBEAT_MS,
    style: 'all_docs',
    return_docs: false,
  });
  feed.on('change', (change) => void check(change));
  feed.on('error', (error) => {
    if (!cancelled) onEnd(error);
  });
  return {
    cancel() {
      cancelled = true;
      feed.cancel();
    },
  };
}
