import type { Actor, AuditAction, AuditEntry } from '@shared/domain/record';
import type { TaizhangDB } from '../database';
import { writeAudit } from '../audited';

export interface AuditQuery {
  table?: string;
  recordId?: string;
  actorId?: string;
  limit?: number;
}

/** Read-only access to the audit log, plus entries for actions that change no record. */
export function createAuditRepository(db: TaizhangDB) {
  return {
    /** Newest first. The audit log has no update or delete: it cannot be edited from the UI. */
    async list(query: AuditQuery = {}): Promise<AuditEntry[]> {
      const limit = query.limit ?? 500;
      if (query.recordId) {
        const rows = await db.audit.where('recordId').equals(query.recordId).sortBy('at');
        return rows.reverse().slice(0, limit);
      }
      let coll = db.audit.orderBy('at').reverse();
      if (query.table || query.actorId) {
        const { table, actorId } = query;
        coll = coll.filter(
          (e) => (!table || e.table === table) && (!actorId || e.actorId === actorId),
        );
      }
      return coll.limit(limit).toArray();
    },

    /** Records an action that changes no row, e.g. a print or an export. */
    async note(
      actor: Actor,
      action: Extract<
        AuditAction,
        'print' | 'export' | 'signIn' | 'signOut' | 'signInFailed' | 'import'
      >,
      table: string,
      recordId: string,
      summary?: string,
    ): Promise<void> {
      await db.transaction('rw', db.audit, () =>
        writeAudit(db, actor, { action, table, recordId, ...(summary ? { summary } : {}) }),
      );
    },
  };
}
