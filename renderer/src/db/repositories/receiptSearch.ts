import type { Collection, InsertType } from 'dexie';
import { addDaysToDate, parseInstant } from '@shared/domain/officeTime';
import type { MoneyDocKind, MoneyDocStatus, PaymentMethod } from '@shared/domain/receipt';
import type { TaizhangDB } from '../database';
import type { ReceiptRecord } from '../records';

/** Ledger filters; every one optional. Dates are office dates (`YYYY-MM-DD`), both inclusive. */
export interface ReceiptFilter {
  fromDate?: string;
  toDate?: string;
  /** Start of a document number, e.g. `SJ2026-0001`. */
  no?: string;
  unitId?: string;
  /** Start of the payer's name. */
  payer?: string;
  itemCode?: string;
  method?: PaymentMethod;
  status?: MoneyDocStatus;
  kind?: MoneyDocKind;
  clerkId?: string;
  sourceId?: string;
}

export interface ReceiptPage {
  /** Newest first. */
  rows: ReceiptRecord[];
  /** More rows matched than `limit`: narrow the filter. */
  truncated: boolean;
}

/** The instant (UTC ISO) office midnight of `date` starts at. */
export function officeDayStart(date: string): string {
  return new Date(parseInstant(date)).toISOString();
}

function bounds(filter: ReceiptFilter): { lower: string; upper: string } {
  return {
    lower: filter.fromDate ? officeDayStart(filter.fromDate) : '',
    // Exclusive: midnight after the last day.
    upper: filter.toDate ? officeDayStart(addDaysToDate(filter.toDate, 1)) : '\uffff',
  };
}

function matcher(filter: ReceiptFilter): (r: ReceiptRecord) => boolean {
  const { lower, upper } = bounds(filter);
  const no = filter.no?.trim().toUpperCase();
  const payer = filter.payer?.trim().toLowerCase();
  return (r) =>
    r.issuedAt >= lower &&
    r.issuedAt < upper &&
    (!no || r.no.startsWith(no)) &&
    (!filter.unitId || r.unitId === filter.unitId) &&
    (!payer || r.payerName.toLowerCase().startsWith(payer)) &&
    (!filter.itemCode || r.itemCodes.includes(filter.itemCode)) &&
    (!filter.method || r.method === filter.method) &&
    (!filter.status || r.status === filter.status) &&
    (!filter.kind || r.kind === filter.kind) &&
    (!filter.clerkId || r.clerkId === filter.clerkId) &&
    (!filter.sourceId || r.sourceId === filter.sourceId);
}

/**
 * The narrowest index for the filter: an exact key (number, source, unit, item, payer) when
 * one is given, else the date range. The other criteria are checked only on the rows that
 * index yields, never on the whole table.
 */
type ReceiptCollection = Collection<ReceiptRecord, string, InsertType<ReceiptRecord, 'id'>>;

function narrowest(
  db: TaizhangDB,
  filter: ReceiptFilter,
): { coll: ReceiptCollection; ordered: boolean } {
  const no = filter.no?.trim().toUpperCase();
  if (no) return { coll: db.receipts.where('no').startsWith(no), ordered: false };
  if (filter.sourceId)
    return { coll: db.receipts.where('sourceId').equals(filter.sourceId), ordered: false };
  if (filter.unitId)
    return { coll: db.receipts.where('unitId').equals(filter.unitId), ordered: false };
  if (filter.itemCode)
    return { coll: db.receipts.where('itemCodes').equals(filter.itemCode), ordered: false };
  const payer = filter.payer?.trim();
  if (payer)
    return { coll: db.receipts.where('payerName').startsWithIgnoreCase(payer), ordered: false };
  const { lower, upper } = bounds(filter);
  return {
    coll: db.receipts.where('issuedAt').between(lower, upper, true, false).reverse(),
    ordered: true,
  };
}

/** Read access to the ledger. */
export function createReceiptSearch(db: TaizhangDB) {
  return {
    async get(id: string): Promise<ReceiptRecord | undefined> {
      return db.receipts.get(id);
    },

    async getByNo(no: string): Promise<ReceiptRecord | undefined> {
      return db.receipts.where('no').equals(no.trim().toUpperCase()).first();
    },

    /** Filtered ledger, newest first, at most `limit` rows. */
    async search(filter: ReceiptFilter, limit = 500): Promise<ReceiptPage> {
      const { coll, ordered } = narrowest(db, filter);
      const matches = matcher(filter);
      if (ordered) {
        const rows = await coll
          .filter(matches)
          .limit(limit + 1)
          .toArray();
        return { rows: rows.slice(0, limit), truncated: rows.length > limit };
      }
      const rows = (await coll.filter(matches).toArray()).sort((a, b) =>
        b.issuedAt.localeCompare(a.issuedAt),
      );
      return { rows: rows.slice(0, limit), truncated: rows.length > limit };
    },

    /** Documents of a source record (a renovation, a work order), oldest first. */
    async bySource(sourceId: string): Promise<ReceiptRecord[]> {
      const rows = await db.receipts.where('sourceId').equals(sourceId).toArray();
      return rows.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
    },
  };
}
