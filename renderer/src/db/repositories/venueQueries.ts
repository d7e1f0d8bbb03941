import { searchQueryKeys } from '@shared/domain/searchTerms';
import { venueMonthFigures, type VenueMonthFigures } from '@shared/domain/review/venueFigures';
import type { BookingStatus } from '@shared/domain/venues';
import type { TaizhangDB } from '../database';
import type { ReceiptRecord, VenueBookingRecord, VenueSpaceRecord } from '../records';

export interface VenueBookingFilter {
  text?: string;
  status?: BookingStatus;
  spaceId?: string;
}

const newestFirst = (a: VenueBookingRecord, b: VenueBookingRecord) =>
  b.date.localeCompare(a.date) || b.from.localeCompare(a.from) || b.no.localeCompare(a.no);

/** The reads of the bookings register: lists, the calendar's days, a month's figures. */
export function createVenueQueries(db: TaizhangDB) {
  return {
    /** Every space (stopped ones too: old bookings name them), by name. */
    async spaces(): Promise<VenueSpaceRecord[]> {
      const rows = await db.venueSpaces.toArray();
      return rows.filter((s) => !s.deletedAt).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    },

    async get(id: string): Promise<VenueBookingRecord | undefined> {
      const b = await db.venueBookings.get(id);
      return b && !b.deletedAt ? b : undefined;
    },

    /** The bookings list, newest date first; text matches the prefix of any search term. */
    async list(filter: VenueBookingFilter = {}): Promise<VenueBookingRecord[]> {
      const keys = searchQueryKeys(filter.text ?? '');
      const rows = keys.length
        ? await db.venueBookings.where('terms').startsWithAnyOf(keys).distinct().toArray()
        : filter.status
          ? await db.venueBookings.where('status').equals(filter.status).toArray()
          : await db.venueBookings.orderBy('date').reverse().limit(500).toArray();
      return rows
        .filter(
          (b) =>
            !b.deletedAt &&
            (!filter.status || b.status === filter.status) &&
            (!filter.spaceId || b.spaceId === filter.spaceId),
        )
        .sort(newestFirst);
    },

    /** Bookings with a date of use from `from` to `to` (inclusive), for the calendar. */
    async between(from: string, to: string): Promise<VenueBookingRecord[]> {
      const rows = await db.venueBookings.where('date').between(from, to, true, true).toArray();
      return rows.filter((b) => !b.deletedAt).sort((a, b) => a.from.localeCompare(b.from));
    },

    /** One space's bookings of a day: what the form checks a new slot against as she types. */
    async sameDay(spaceId: string, date: string): Promise<VenueBookingRecord[]> {
      if (!spaceId || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
      const rows = await db.venueBookings.where('[spaceId+date]').equals([spaceId, date]).toArray();
      return rows.filter((b) => !b.deletedAt);
    },

    /** The receipt and refund voucher of a booking, as the ledger holds them now. */
    async money(
      b: VenueBookingRecord,
    ): Promise<{ receipt?: ReceiptRecord; refund?: ReceiptRecord }> {
      const [receipt, refund] = await db.receipts.bulkGet([b.receiptId ?? '', b.refundId ?? '']);
      return { ...(receipt ? { receipt } : {}), ...(refund ? { refund } : {}) };
    },

    /** The month's figures (`YYYY-MM`): bookings of that month's dates. */
    async monthFigures(month: string): Promise<VenueMonthFigures> {
      const rows = (
        await db.venueBookings
          .where('date')
          .between(`${month}-01`, `${month}-31`, true, true)
          .toArray()
      ).filter((b) => !b.deletedAt);
      const ids = rows.flatMap((b) => (b.receiptId ? [b.receiptId] : []));
      const receipts = await db.receipts.bulkGet(ids);
      const valid = new Set(receipts.flatMap((r) => (r?.status === 'valid' ? [r.id] : [])));
      return venueMonthFigures(
        rows.map((b) => ({
          date: b.date,
          from: b.from,
          to: b.to,
          status: b.status,
          spaceName: b.spaceName,
          feeFen: b.feeFen,
          depositFen: b.depositFen,
          paid: Boolean(b.receiptId && valid.has(b.receiptId)),
          ...(b.refundedFen !== undefined ? { refundedFen: b.refundedFen } : {}),
          ...(b.deductedFen !== undefined ? { deductedFen: b.deductedFen } : {}),
        })),
        month,
      );
    },
  };
}
