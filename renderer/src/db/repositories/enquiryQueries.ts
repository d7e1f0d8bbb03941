import { previousMonth } from '@shared/domain/complaintMonthly';
import type { EnquiryStatus } from '@shared/domain/enquiries';
import { searchQueryKeys } from '@shared/domain/searchTerms';
import type { TaizhangDB } from '../database';
import type { EnquiryRecord } from '../records';

export interface EnquiryListQuery {
  /** `2026-11`: received in that office month. */
  month?: string;
  status?: EnquiryStatus;
  /** Only those owned by this operator. */
  ownerId?: string;
  topic?: string;
  /** Number, caller, phone, unit or topic, by prefix. */
  text?: string;
  limit?: number;
}

const live = (e: EnquiryRecord) => !e.deletedAt;
const newestFirst = (a: EnquiryRecord, b: EnquiryRecord) =>
  b.receivedAt.localeCompare(a.receivedAt);

/** Reads of the enquiry register, by index. */
export function createEnquiryQueries(db: TaizhangDB) {
  return {
    get: (id: string) => db.enquiries.get(id),

    /** Enquiries matching the filters, newest first. */
    async list(q: EnquiryListQuery = {}): Promise<EnquiryRecord[]> {
      const limit = q.limit ?? 500;
      const keys = q.text ? searchQueryKeys(q.text) : [];
      let rows: EnquiryRecord[];
      if (keys.length > 0) {
        rows = await db.enquiries.where('terms').startsWithAnyOf(keys).distinct().toArray();
      } else if (q.month) {
        rows = await db.enquiries.where('month').equals(q.month).toArray();
      } else if (q.status) {
        rows = await db.enquiries.where('status').equals(q.status).toArray();
      } else {
        rows = await db.enquiries.orderBy('receivedAt').reverse().limit(limit).toArray();
      }
      return rows
        .filter(
          (e) =>
            live(e) &&
            (!q.month || e.month === q.month) &&
            (!q.status || e.status === q.status) &&
            (!q.ownerId || e.ownerId === q.ownerId) &&
            (!q.topic || e.topic === q.topic),
        )
        .sort(newestFirst)
        .slice(0, limit);
    },

    /** Open enquiries owned by `ownerId`, oldest first: her today board reads these. */
    async openOf(ownerId: string): Promise<EnquiryRecord[]> {
      const rows = await db.enquiries.where('ownerId').equals(ownerId).toArray();
      return rows
        .filter((e) => live(e) && e.status === 'open')
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },

    /** Topics typed recently (the newest 300 enquiries), for the type-ahead. */
    async recentTopics(): Promise<string[]> {
      const rows = await db.enquiries.orderBy('receivedAt').reverse().limit(300).toArray();
      return rows.filter(live).map((e) => e.topic);
    },

    /** The enquiries of a month and the month before (the monthly figures compare them). */
    async forMonth(month: string): Promise<EnquiryRecord[]> {
      const rows = await db.enquiries
        .where('month')
        .anyOf([month, previousMonth(month)])
        .toArray();
      return rows.filter(live);
    },
  };
}
