import type { AuditEntry } from '@shared/domain/record';
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
 * and operator. Read-only like the log itself.
 */
export function createAuditSearchRepository(db: TaizhangDB) {
  return {
    /** Newest first, at most `limit` entries (default 1000). */
    async search(query: AuditSearch = {}): Promise<AuditEntry[]> {
      const { table, actorId, from, to } = query;
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
      return filtered.limit(limit).toArray();
    },

    /** Every table name that has at least one entry, for the filter list. */
    async tables(): Promise<string[]> {
      const keys = await db.audit.orderBy('table').uniqueKeys();
      return keys.map(String);
    },
  };
}
