import { auditEntriesFor, auditViewFor } from '@shared/domain/auditView';
import type { Actor, AuditEntry } from '@shared/domain/record';
import { requireSessionRole } from '../audited';
import type { TaizhangDB } from '../database';

export interface AuditSearch {
  table?: string;
  actorId?: string;
  /** Inclusive ISO bounds on `at`. */
  from?: string;
  to?: string;
  limit?: number;
}

/**
 * Browsing the audit log for the audit screen: by date range on the `at` index, then by table
 * and operator. Read-only like the log itself. What the viewer sees follows
 * shared/domain/auditView.ts: a clerk only her own entries, anyone below manager masked.
 */
export function createAuditSearchRepository(db: TaizhangDB) {
  return {
    /** Newest first, at most `limit` entries (default 1000), as `viewer` may see them. */
    async search(query: AuditSearch, viewer: Actor): Promise<AuditEntry[]> {
      const verified = await requireSessionRole(db, viewer, 'clerk');
      const ownOnly = auditViewFor(verified.role).ownOnly;
      const { table, from, to } = query;
      const actorId = ownOnly ? verified.id : query.actorId;
      const limit = query.limit ?? 1000;
      const ranged =
        from || to
          ? db.audit
              .where('at')
              .between(from ?? '', to ?? '\uffff', true, true)
              .reverse()
          : db.audit.orderBy('at').reverse();
      const filtered =
        table || actorId
          ? ranged.filter(
              (e) => (!table || e.table === table) && (!actorId || e.actorId === actorId),
            )
          : ranged;
      return auditEntriesFor(await filtered.limit(limit).toArray(), verified);
    },

    /** Every table name that has at least one entry, for the filter list. */
    async tables(): Promise<string[]> {
      const keys = await db.audit.orderBy('table').uniqueKeys();
      return keys.map(String);
    },
  };
}
