import type { WorkOrderKind, WorkOrderStatus } from '@shared/domain/repairs';
import { searchQueryKeys } from '@shared/domain/searchTerms';
import type { TaizhangDB } from '../database';
import type { WorkOrderRecord } from '../records';

export interface WorkOrderFilter {
  kind?: WorkOrderKind;
  status?: WorkOrderStatus;
  /** Only orders whose revisit is due. */
  revisitDue?: boolean;
  /** Number, unit, contact name or phone (prefix). */
  q?: string;
}

/** Finding work orders: through an index (terms, status, revisit), never a full scan of a filter. */
export function createWorkOrderSearch(db: TaizhangDB) {
  return {
    /** Orders of a filter, newest first. */
    async search(filter: WorkOrderFilter = {}, limit = 500): Promise<WorkOrderRecord[]> {
      const keys = searchQueryKeys(filter.q ?? '');
      const base =
        keys.length > 0
          ? db.workOrders.where('terms').startsWithAnyOf(keys).distinct()
          : filter.revisitDue
            ? db.workOrders.where('revisitStatus').equals('due')
            : filter.status
              ? db.workOrders.where('status').equals(filter.status)
              : db.workOrders.orderBy('receivedAt').reverse();
      const rows = await base
        .filter(
          (o) =>
            !o.deletedAt &&
            (!filter.kind || o.kind === filter.kind) &&
            (!filter.status || o.status === filter.status) &&
            (!filter.revisitDue || o.revisitStatus === 'due'),
        )
        .limit(limit)
        .toArray();
      return rows.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    },
  };
}
