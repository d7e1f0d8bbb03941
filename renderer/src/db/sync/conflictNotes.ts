/**
 * The conflicts list's notes (issue 20): every field two desks changed differently is listed
 * once in `syncConflicts` (its id is the same on every desk) for a supervisor.
 */
import { conflictKey, type FieldConflict } from '@shared/domain/sync/merge';
import { docIdOf } from '@shared/domain/sync/replication';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { SyncConflictRecord, SyncOutboxRow } from './syncRecords';

/** The actor id the bridge writes conflicts as (no operator: the merge is the app's own). */
export const SYNC_ACTOR_ID = 'sync';

/** The conflict field of a row refused by a unique index here (kept: none, other: the row). */
export const UNIQUE_FIELD = '*unique';

/** Adds each conflict to the list once (its id is the same on every desk). */
export async function recordConflicts(
  db: TaizhangDB,
  table: string,
  recordId: string,
  conflicts: FieldConflict[],
): Promise<number> {
  let added = 0;
  for (const c of conflicts) {
    const id = conflictKey(table, recordId, c);
    if (await db.syncConflicts.get(id)) continue;
    const at = nowIso();
    const row: SyncConflictRecord = {
      id,
      table,
      recordId,
      field: c.field,
      kept: c.kept,
      other: c.other,
      at,
      status: 'open',
      createdAt: at,
      updatedAt: at,
      createdBy: SYNC_ACTOR_ID,
      updatedBy: SYNC_ACTOR_ID,
    };
    await db.syncConflicts.put(row);
    // Written in an incoming transaction, so noted for replication by hand.
    const key = docIdOf('syncConflicts', id);
    await db.syncOutbox.put({
      key,
      table: 'syncConflicts',
      pk: id,
      token: globalThis.crypto.randomUUID(),
    } satisfies SyncOutboxRow);
    added += 1;
  }
  return added;
}
