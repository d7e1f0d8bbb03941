/**
 * The conflicts list (多台电脑同步 → 同步冲突, issue 20): fields two desks changed to different
 * values, the deterministic winner in the record and the other value kept here. A supervisor
 * confirms the kept value or swaps in the other; either is audited, and replicates (the record
 * and the list alike) through the ordinary audited write.
 */
import type { Table } from 'dexie';
import type { Actor, BaseRecord } from '@shared/domain/record';
import type { TaizhangDB } from '../database';
import { RecordNotFoundError, requireSessionRole, updateAudited } from '../audited';
import type { SyncConflictRecord } from '../sync/syncRecords';

export class ConflictResolvedError extends Error {
  constructor() {
    super('这条冲突已处理');
    this.name = 'ConflictResolvedError';
  }
}

export function createSyncConflictRepository(db: TaizhangDB) {
  async function open(id: string): Promise<SyncConflictRecord> {
    const c = await db.syncConflicts.get(id);
    if (!c) throw new RecordNotFoundError('syncConflicts', id);
    if (c.status !== 'open') throw new ConflictResolvedError();
    return c;
  }

  return {
    /** Conflicts waiting for a supervisor, oldest first. */
    async listOpen(): Promise<SyncConflictRecord[]> {
      return db.syncConflicts.where('status').equals('open').sortBy('at');
    },

    countOpen(): Promise<number> {
      return db.syncConflicts.where('status').equals('open').count();
    },

    /** Keeps the value the record holds. */
    async confirm(actor: Actor, id: string): Promise<SyncConflictRecord> {
      return db.transaction('rw', [db.syncConflicts, db.audit], async () => {
        const who = await requireSessionRole(db, actor, 'supervisor');
        await open(id);
        return updateAudited(
          db,
          db.syncConflicts,
          id,
          { status: 'confirmed', resolvedBy: who.id, resolvedByName: who.name },
          who,
        );
      });
    },

    /** Puts the other value into the record; the list then shows the two the other way round. */
    async swap(actor: Actor, id: string): Promise<SyncConflictRecord> {
      const c = await db.syncConflicts.get(id);
      if (!c) throw new RecordNotFoundError('syncConflicts', id);
      const table = db.table(c.table) as unknown as Table<BaseRecord, string>;
      return db.transaction('rw', [db.syncConflicts, db.audit, table], async () => {
        const who = await requireSessionRole(db, actor, 'supervisor');
        const now = await open(id);
        await updateAudited(db, table, now.recordId, { [now.field]: now.other }, who);
        return updateAudited(
          db,
          db.syncConflicts,
          id,
          {
            status: 'swapped',
            kept: now.other,
            other: now.kept,
            resolvedBy: who.id,
            resolvedByName: who.name,
          },
          who,
        );
      });
    },
  };
}
