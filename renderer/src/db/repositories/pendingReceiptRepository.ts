import {
  acknowledgePending,
  addPending,
  reconcilePending,
  removePending,
  type PendingRequest,
} from '@shared/domain/pendingRequests';
import type { Actor } from '@shared/domain/record';
import { formatFen } from '@shared/domain/money';
import { writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { awaitNotes, readPendingNotes, savePendingNotes } from './pendingNotes';
import type { ReceiptRecord } from '../records';
import type { ReceiptRepository } from './receiptRepository';

/**
 * Notes of receipt writes whose number the clerk has not yet seen (issue 8 item 1): every screen
 * that issues a receipt or refund voucher runs its write through `write()` (each receipt notes
 * itself in its own transaction, pendingNotes.ts) and calls `clear()` once the number is shown;
 * at start `reconcile()` returns the receipts that were committed meanwhile.
 */
export function createPendingReceiptRepository(db: TaizhangDB, receipts: ReceiptRepository) {
  const read = () => readPendingNotes(db);
  const save = (next: PendingRequest[]) => savePendingNotes(db, next);
  const change = (edit: (list: PendingRequest[]) => PendingRequest[]) =>
    db.transaction('rw', [db.meta], async () => save(edit(await read())));

  return {
    list: read,

    /** Notes a receipt write as started; await it before calling `receipts.issue`. */
    mark: (requestId: string) =>
      change((list) => addPending(list, { requestId, startedAt: nowIso() })),

    /**
     * Runs a write that issues receipts or refund vouchers under `requestIds`: each receipt the
     * write commits stores its note in the same transaction (a failed write leaves none). The
     * notes stay until the caller has shown the numbers and calls `clear()`.
     */
    async write<T>(requestIds: readonly string[], run: () => Promise<T>): Promise<T> {
      const release = awaitNotes(db, requestIds, nowIso());
      try {
        return await run();
      } finally {
        release();
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
