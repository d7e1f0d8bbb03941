/**
 * The bridge between Dexie (what the screens read) and a local PouchDB replica, which PouchDB's
 * own replicator keeps in step with the estate's CouchDB database (issue 20). Only the bridge
 * is ours; checkpoints, revision trees and resuming are PouchDB's.
 *
 * Its jobs, one module each:
 * - push (push.ts): the rows noted in `syncOutbox` written into the replica in bulk batches,
 *   merged field by field with another desk's revision that arrived in between;
 * - apply (applyChanges.ts): the replica's changes written to Dexie, a batch per transaction,
 *   marked incoming so nothing received is echoed back;
 * - resolve (resolve.ts): a document in conflict merged into its winner, the losers deleted;
 * - here: what is pending, how far an upload got, and a refused change put back.
 * Every field both desks changed differently lands in `syncConflicts` (the same id on every
 * desk, so the list holds it once) for a supervisor to confirm or swap. A change the server
 * refuses (validate_doc_update) is put back to the server's version on this desk, and the
 * refusal is kept with the server's reason for the status to show.
 */
import { parseDocId } from '@shared/domain/sync/replication';
import type { TaizhangDB } from '../database';
import { SYNC_ACTOR_ID, UNIQUE_FIELD } from './conflictNotes';
import { PUSHED_SEQ } from './syncKeys';
import { applyChanges, type ApplyOptions, type ApplyResult } from './applyChanges';
import { pushOutbox, type PushResult } from './push';
import { hasTable, incoming, type BridgeContext, type Replica, type RowDoc } from './bridgeContext';

export type { Replica };
export { SYNC_ACTOR_ID, UNIQUE_FIELD };

export interface Refusal {
  docId: string;
  reason: string;
}

export interface SyncRound {
  pushed: number;
  applied: number;
  conflicts: number;
  refused: Refusal[];
  /**
   * The server's sequence the run's last download reached: the runner's changes feed listens
   * from there, so nothing written on another desk after it is missed.
   */
  remoteSeq?: number | string;
}

export class SyncBridge {
  private readonly ctx: BridgeContext;

  constructor(
    private readonly db: TaizhangDB,
    readonly replica: Replica,
    /** This desk's series code, written on each revision as `desk`. */
    desk: string,
  ) {
    this.ctx = { db, replica, desk };
  }

  /**
   * Changes not yet on the server: rows still in the outbox, and replica revisions after the
   * last sequence an upload reached (`markPushed`).
   */
  async pendingCount(): Promise<number> {
    const outbox = await this.db.syncOutbox.count();
    const since = ((await this.db.syncState.get(PUSHED_SEQ))?.value as number | string) ?? 0;
    const { results } = await this.replica.changes({ since });
    return outbox + results.filter((c) => parseDocId(c.id)).length;
  }

  /** Records how far an upload to the server got (the replicator's own checkpoint is its). */
  async markPushed(seq: number | string | undefined): Promise<void> {
    if (seq === undefined) return;
    await this.db.syncState.put({ key: PUSHED_SEQ, value: seq });
  }

  /** Writes every noted row into the replica; returns how many documents were written. */
  push(): Promise<PushResult> {
    return pushOutbox(this.ctx);
  }

  /** Applies the replica's changes to Dexie, a batch per transaction; returns rows applied. */
  apply(options?: ApplyOptions): Promise<ApplyResult> {
    return applyChanges(this.ctx, options);
  }

  /**
   * Puts a refused document back to `serverDoc` (the server's version, or none) here: a new
   * revision on top of the refused one, applied to Dexie, so the next push agrees with the
   * server instead of offering the refused change again.
   */
  async revertRefused(docId: string, serverDoc: RowDoc | undefined): Promise<void> {
    // allDocs also answers for a deleted document (a refused deletion is a tombstone here).
    const [local] = (await this.replica.allDocs({ keys: [docId] })).rows;
    const localRev = local?.value?.rev;
    if (!localRev) return;
    const parsed = parseDocId(docId);
    if (!parsed) return;
    const body = serverDoc
      ? { t: serverDoc.t, row: serverDoc.row, desk: serverDoc.desk }
      : { _deleted: true };
    const [written] = await this.replica.bulkDocs([{ _id: docId, _rev: localRev, ...body }]);
    const { db } = this;
    await incoming(db, [parsed.table], async () => {
      await db.syncOutbox.delete(docId);
      if (hasTable(db, parsed.table)) {
        if (serverDoc) await db.table(parsed.table).put(serverDoc.row);
        else await db.table(parsed.table).delete(parsed.key);
      }
      if (written?.rev) await db.syncRevs.put({ key: docId, rev: written.rev });
    });
  }
}
