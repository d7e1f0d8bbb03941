import Dexie from 'dexie';
import { addPending, parsePending, type PendingRequest } from '@shared/domain/pendingRequests';
import type { TaizhangDB } from '../database';

// In `meta`, not localStorage: Chromium writes localStorage to disk seconds later, so a crash
// right after the receipt commit would lose the note (the kill test showed it); the database is
// opened with strict durability. Not audited: it is a crash-recovery note, not a record.
const KEY = 'pendingReceipts';

/** The stored notes (inside a transaction on `meta`, or on their own). */
export const readPendingNotes = async (db: TaizhangDB) =>
  parsePending((await db.meta.get(KEY))?.value);

export function savePendingNotes(db: TaizhangDB, next: PendingRequest[]): Promise<unknown> {
  return next.length === 0 ? db.meta.delete(KEY) : db.meta.put({ key: KEY, value: next });
}

/** Request ids a screen's write is running under (`pendingReceipts.write`), per database. */
const awaited = new WeakMap<TaizhangDB, Map<string, string>>();

/**
 * A screen starts a write under `requestIds` (at `startedAt`): each receipt or refund voucher the
 * write commits notes its id in its own transaction (`notePendingWithin`). The note only has to
 * prove that a committed receipt's number may not have been seen, so it commits with the
 * receipt: one strict commit instead of a note committed first (issue 21). Returns the release.
 */
export function awaitNotes(
  db: TaizhangDB,
  requestIds: readonly string[],
  startedAt: string,
): () => void {
  let open = awaited.get(db);
  if (!open) awaited.set(db, (open = new Map()));
  const ids = open;
  for (const id of requestIds) ids.set(id, startedAt);
  return () => {
    for (const id of requestIds) ids.delete(id);
  };
}

/**
 * Inside the transaction that writes the receipt with `requestId` (`receiptTables` includes
 * `meta`): notes it as not yet confirmed when a screen's write runs under that id or the base it
 * derives from (a refund paying back several receipts, `derivedRequestId`).
 */
export function notePendingWithin(db: TaizhangDB, requestId: string): Promise<unknown> {
  const open = awaited.get(db);
  let base: string | undefined;
  for (const id of open?.keys() ?? []) {
    if (id === requestId || requestId.startsWith(`${id}-`)) base = id;
  }
  // Dexie's own promises only: a native one awaited before the receipt's requests lets the
  // transaction commit (see verifySessionActor).
  if (base === undefined) return Dexie.Promise.resolve();
  const entry = { requestId: base, startedAt: open?.get(base) ?? '' };
  return db.meta
    .get(KEY)
    .then((row) => savePendingNotes(db, addPending(parsePending(row?.value), entry)));
}
