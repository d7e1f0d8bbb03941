import {
  acknowledgePending,
  addPending,
  parsePending,
  reconcilePending,
  removePending,
  type PendingRequest,
} from '@shared/domain/pendingRequests';
import type { Actor } from '@shared/domain/record';
import { formatFen } from '@shared/domain/money';
import { writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { ReceiptRecord } from '../records';
import type { ReceiptRepository } from './receiptRepository';

// In `meta`, not localStorage: Chromium writes localStorage to disk seconds later, so a crash
// right after the receipt commit would lose the note (the kill test showed it); the database is
// opened with strict durability. Not audited: it is a crash-recovery note, not a record.
const KEY = 'pendingReceipts';

/**
 * Notes of receipt writes whose number the clerk has not yet seen (issue 8 item 1): every screen
 * that issues a receipt or refund voucher runs its write through `write()` (noted before, dropped
 * if it fails) and calls `clear()` once the number is shown; at start `reconcile()` returns the
 * receipts that were committed meanwhile.
 */
export function createPendingReceiptRepository(db: TaizhangDB, receipts: ReceiptRepository) {
  const read = async () => parsePending((await db.meta.get(KEY))?.value);
  const save = async (next: PendingRequest[]) => {
    if (next.length === 0) await db.meta.delete(KEY);
    else await db.meta.put({ key: KEY, value: next });
  };
  const change = (edit: (list: PendingRequest[]) => PendingRequest[]) =>
    db.transaction('rw', [db.meta], async () => save(edit(await read())));

  return {
    list: read,

    /** Notes a receipt write as started; await it before calling `receipts.issue`. */
    mark: (requestId: string) =>
      change((list) => addPending(list, { requestId, startedAt: nowIso() })),

    /**
     * Runs a write that issues receipts or refund vouchers under `requestIds`: the notes are
     * stored first, and dropped again when the write fails (a failed transaction wrote nothing).
     * On success they stay until the caller has shown the numbers and calls `clear()`.
     */
    async write<T>(requestIds: readonly string[], run: () => Promise<T>): Promise<T> {
      const startedAt = nowIso();
      await change((list) =>
        requestIds.reduce((acc, requestId) => addPending(acc, { requestId, startedAt }), list),
      );
      try {
        return await run();
      } catch (error) {
        await change((list) => removePending(list, requestIds));
        throw error;
      }
    },

    /** Forgets notes once their number is on screen. */
    async clear(requestIds: readonly string[]): Promise<void> {
      if (requestIds.length > 0) await change((list) => removePending(list, requestIds));
    },

    /** The clerk has checked an unconfirmed receipt (已核对): the note goes, the audit keeps it. */
    async acknowledge(actor: Actor, receipt: ReceiptRecord): Promise<void> {
      await db.transaction('rw', [db.meta, db.receipts, db.audit], async () => {
        const list = await read();
        const bases = list.map((p) => p.requestId);
        const written = (await receipts.byRequestIds(bases)).map((r) => r.requestId);
        await save(acknowledgePending(list, receipt.requestId, written));
        await writeAudit(db, actor, {
          action: 'acknowledge',
          table: 'receipts',
          recordId: receipt.id,
          summary: `已核对上次未确认的${receipt.kind === 'refund' ? '退款凭证' : '收据'} ${receipt.no} ${formatFen(receipt.totalFen)} 元`,
        });
      });
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
