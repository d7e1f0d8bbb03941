import {
  addPending,
  parsePending,
  reconcilePending,
  removePending,
  type PendingRequest,
} from '@shared/domain/pendingRequests';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { ReceiptRecord } from '../records';
import type { ReceiptRepository } from './receiptRepository';

// In `meta`, not localStorage: Chromium writes localStorage to disk seconds later, so a crash
// right after the receipt commit would lose the note (the kill test showed it); the database is
// opened with strict durability. Not audited: it is a crash-recovery note, not a record.
const KEY = 'pendingReceipts';

/**
 * Notes of receipt writes whose number the clerk has not yet seen (issue 8 item 1): the form
 * marks one before `receipts.issue` and clears it once the number is shown; at start
 * `reconcile()` returns the receipts that were committed meanwhile.
 */
export function createPendingReceiptRepository(db: TaizhangDB, receipts: ReceiptRepository) {
  const read = async () => parsePending((await db.meta.get(KEY))?.value);
  const change = (edit: (list: PendingRequest[]) => PendingRequest[]) =>
    db.transaction('rw', [db.meta], async () => {
      const next = edit(await read());
      if (next.length === 0) await db.meta.delete(KEY);
      else await db.meta.put({ key: KEY, value: next });
    });

  return {
    list: read,

    /** Notes a receipt write as started; await it before calling `receipts.issue`. */
    mark: (requestId: string) =>
      change((list) => addPending(list, { requestId, startedAt: nowIso() })),

    /** Forgets notes once their number is on screen (or the clerk has checked them). */
    async clear(requestIds: readonly string[]): Promise<void> {
      if (requestIds.length > 0) await change((list) => removePending(list, requestIds));
    },

    /**
     * The receipts committed but never confirmed on screen, oldest first; notes with no receipt
     * behind them (the write never happened) are dropped here.
     */
    async reconcile(): Promise<ReceiptRecord[]> {
      const pending = await read();
      if (pending.length === 0) return [];
      const found = await receipts.byRequestIds(pending.map((p) => p.requestId));
      const { unconfirmed, neverWritten } = reconcilePending(pending, found);
      if (neverWritten.length > 0) await change((list) => removePending(list, neverWritten));
      return unconfirmed;
    },
  };
}
