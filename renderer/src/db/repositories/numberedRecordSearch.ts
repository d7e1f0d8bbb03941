import { formatYuan } from '@shared/domain/money';
import type { EntityTable } from 'dexie';
import { SITE_CHECK_LABELS } from '@shared/domain/siteChecks';
import type { TaizhangDB } from '../database';
import type { EnquiryRecord, VisitRecordRecord } from '../records';
import { VISIT_KIND_LABELS } from '@shared/domain/visitPlan';
import type { ParkingLeaseRecord } from '../parkingRecords';
import { PARKING_USE_LABELS } from '@shared/domain/parking';
import { formatPlate } from '@shared/domain/plates';
import type { SearchHit } from './searchTypes';

/** Looks up one numbered register by the prefix of its document number. */
type NumberedSource = (db: TaizhangDB, prefix: string, limit: number) => Promise<SearchHit[]>;

/** A register with a `no` index whose soft-deleted rows are left out of the search. */
function numbered<R extends { id: string; no: string; deletedAt?: string }>(
  table: (db: TaizhangDB) => EntityTable<R, 'id'>,
  subtitle: (r: R) => readonly (string | undefined)[],
  path: (r: R) => string,
): NumberedSource {
  return async (db, prefix, limit) => {
    const rows = await table(db).where('no').startsWith(prefix).limit(limit).toArray();
    return rows
      .filter((r) => !r.deletedAt)
      .map((r) => ({
        kind: 'record',
        id: r.id,
        title: r.no,
        subtitle: present(subtitle(r)),
        path: path(r),
      }));
  };
}

/**
 * Every numbered register the global search looks in. A register that issues numbers adds
 * its lookup here; each is an index range on `no`, never a scan.
 */
const SOURCES: readonly NumberedSource[] = [
  async (db, prefix, limit) => {
    const rows = await db.receipts.where('no').startsWith(prefix).limit(limit).toArray();
    return rows.map((r) => ({
      kind: 'record',
      id: r.id,
      title: r.no,
      subtitle: [r.kind === 'refund' ? '退款凭证' : '收据', r.payerName, formatYuan(r.totalFen)]
        .filter(Boolean)
        .join(' · '),
      path: `/money?no=${encodeURIComponent(r.no)}`,
    }));
  },
  numbered(
    (db) => db.releasePasses,
    (r) => ['放行条', r.unitCode ?? r.company, r.carrier],
    (r) => `/release?no=${encodeURIComponent(r.no)}`,
  ),
  numbered(
    (db) => db.handovers,
    (h) => ['交接班记录', `${h.fromName} → ${h.toName || '未交班'}`],
    (h) => `/handover?no=${encodeURIComponent(h.no)}`,
  ),
  numbered(
    (db) => db.surveyRounds,
    (r) => ['满意度调查', r.title],
    (r) => `/surveys?open=${encodeURIComponent(r.id)}`,
  ),
  numbered(
    (db) => db.siteChecks,
    (c) => [SITE_CHECK_LABELS[c.kind], c.inspector, c.route],
    (c) => `/patrols?open=${encodeURIComponent(c.id)}`,
  ),
  numbered(
    (db) => db.venueBookings,
    (b) => ['场地使用', b.spaceName, `${b.date} ${b.from}–${b.to}`, b.unitCode ?? b.orgName],
    (b) => `/venues?open=${encodeURIComponent(b.id)}`,
  ),
  async (db, prefix, limit) => {
    const rows = await db.enquiries.where('no').startsWith(prefix).limit(limit).toArray();
    return rows.filter((e) => !e.deletedAt).map(enquiryHit);
  },
  async (db, prefix, limit) => {
    const rows = await db.visitRecords.where('no').startsWith(prefix).limit(limit).toArray();
    return rows.filter((v) => !v.deletedAt).map(visitHit);
  },
  async (db, prefix, limit) => {
    const rows = await db.parkingLeases.where('no').startsWith(prefix).limit(limit).toArray();
    return rows.filter((l) => !l.deletedAt).map(parkingHit);
  },
];

/** A record as a hit that opens it in its register's drawer (`/visits?open=<id>`). */
function openingHit(register: string, id: string, title: string, subtitle: string): SearchHit {
  return {
    kind: 'record',
    id,
    title,
    subtitle,
    path: `/${register}?open=${encodeURIComponent(id)}`,
  };
}

/** The subtitle's parts that are there, joined. */
const present = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).join(' · ');

/** A let or sale of a parking space as a search hit: it opens in the parking register. */
export function parkingHit(l: ParkingLeaseRecord): SearchHit {
  return openingHit(
    'parking',
    l.id,
    `${l.spaceNo} ${l.plates.map(formatPlate).join(' ')}`,
    ['车位使用登记', l.no, l.unitCode, PARKING_USE_LABELS[l.use]].join(' · '),
  );
}

/** A visit or residents' meeting as a search hit: it opens in the visits register. */
export function visitHit(v: VisitRecordRecord): SearchHit {
  const where = v.unitCode ?? v.place;
  return openingHit(
    'visits',
    v.id,
    v.no,
    present([VISIT_KIND_LABELS[v.kind], v.date, where, v.household, v.visitorName]),
  );
}

/** An enquiry as a search hit: it opens in the enquiry register. */
export function enquiryHit(e: EnquiryRecord): SearchHit {
  return openingHit('enquiries', e.id, e.no, present(['咨询', e.callerName, e.unitCode, e.topic]));
}

// Document numbers start with their series letters (SJ2026-…, TS-202611-…).
const LOOKS_LIKE_DOC_NO = /^[A-Z]{2}/;

/** Records whose number starts with what the clerk typed (case-insensitive). */
export async function findNumberedRecords(
  db: TaizhangDB,
  q: string,
  limit: number,
): Promise<SearchHit[]> {
  const prefix = q.trim().toUpperCase();
  if (!LOOKS_LIKE_DOC_NO.test(prefix)) return [];
  const found = await Promise.all(SOURCES.map((find) => find(db, prefix, limit)));
  return found.flat().slice(0, limit);
}
