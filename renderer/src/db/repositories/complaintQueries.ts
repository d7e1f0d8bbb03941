import { previousMonth } from '@shared/domain/complaintMonthly';
import type { CaseKind } from '@shared/domain/complaints';
import { searchQueryKeys } from '@shared/domain/searchTerms';
import type { TaizhangDB } from '../database';
import type { CaseRecord } from '../records';

export interface CaseListQuery {
  kind?: CaseKind;
  /** `2026-05`: cases received in that office month. */
  month?: string;
  /** Number, customer, phone or unit, by prefix. */
  text?: string;
  limit?: number;
}

const live = (c: CaseRecord) => !c.deletedAt;
const newestFirst = (a: CaseRecord, b: CaseRecord) => b.receivedAt.localeCompare(a.receivedAt);

/** How far back the monthly forms look for cases closed, revisited or due in the month. */
const MONTHS_BACK = 6;

/** Reads of the complaint register; all by index, never a whole-table scan of old years. */
export function createComplaintQueries(db: TaizhangDB) {
  return {
    get: (id: string) => db.cases.get(id),

    /** Cases by month and/or search text, newest first. */
    async list(q: CaseListQuery = {}): Promise<CaseRecord[]> {
      const limit = q.limit ?? 500;
      const keys = q.text ? searchQueryKeys(q.text) : [];
      let rows: CaseRecord[];
      if (keys.length > 0) {
        rows = await db.cases.where('terms').startsWithAnyOf(keys).distinct().toArray();
        if (q.month) rows = rows.filter((c) => c.month === q.month);
      } else if (q.month) {
        rows = await db.cases.where('month').equals(q.month).toArray();
      } else {
        rows = await db.cases.orderBy('receivedAt').reverse().limit(limit).toArray();
      }
      return rows
        .filter((c) => live(c) && (!q.kind || c.kind === q.kind))
        .sort(newestFirst)
        .slice(0, limit);
    },

    /** Everything still waiting on the desk: open, dispatched, or closed awaiting the revisit. */
    async active(): Promise<CaseRecord[]> {
      const rows = await db.cases.where('status').anyOf(['open', 'dispatched', 'closed']).toArray();
      return rows
        .filter((c) => live(c) && !(c.kind === 'suggestion' && c.status === 'closed'))
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },

    /**
     * The cases a month's forms read: those received in the month and the months before it
     * (a case received earlier may be closed, revisited or due for revisit in the month).
     */
    async forMonth(month: string): Promise<CaseRecord[]> {
      const months = [month];
      for (let i = 0; i < MONTHS_BACK; i++) months.push(previousMonth(months[months.length - 1]!));
      const rows = await db.cases.where('month').anyOf(months).toArray();
      return rows.filter(live).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },
  };
}
