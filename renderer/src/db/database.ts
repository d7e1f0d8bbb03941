import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ArrearsSummary } from '@shared/domain/arrears';
import type { AuditEntry } from '@shared/domain/record';
import { arrearsSummaryMiddleware, SUMMARY_TABLE } from './arrearsSummary';
import {
  REVIEW_MONTHS_TABLE,
  REVIEW_TABLES,
  reviewMonthsMiddleware,
  type ReviewMonthRecord,
} from './reviewMonths';
import { SCHEMA_VERSIONS } from './schema';
import { DeskSession } from './session';
import { OUTBOX_TABLE, syncCaptureMiddleware } from './sync/capture';
import type {
  SyncConflictRecord,
  SyncOutboxRow,
  SyncRevRow,
  SyncStateRow,
} from './sync/syncRecords';
import type { RenovationPatrolRecord, RenovationRecord } from './repositories/renovationRecords';
import type {
  CashupRecord,
  CounterRow,
  MailItemRecord,
  MetaRow,
  OperatorRecord,
  PersonRecord,
  ReceiptRecord,
  SettingRow,
  UnitRecord,
  VisitRecord,
  WorkOrderRecord,
} from './records';
import type { CaseRecord, EnquiryRecord, MonthlyAnalysisRecord } from './records';
import type {
  HandoverRecord,
  KeyLoanRecord,
  KeyRecord,
  MoveInRecord,
  ReleasePassRecord,
  RevisitEventRecord,
  RevisitReviewRecord,
  SurveyResponseRecord,
  SurveyRoundRecord,
  VisitRecordRecord,
} from './records';
import type { SignoffRecord, SiteCheckRecord } from './siteRecords';
import type { ParkingLeaseRecord, ParkingSpaceRecord } from './parkingRecords';
import type {
  ArrearsChaseRecord,
  BillPaymentRecord,
  BillRecord,
  MeterReadingRecord,
} from './feeRecords';
import type { VenueBookingRecord, VenueSpaceRecord } from './venueRecords';

/** The one IndexedDB database of the app. Only repositories touch its tables. */
export class TaizhangDB extends Dexie {
  audit!: EntityTable<AuditEntry, 'id'>;
  operators!: EntityTable<OperatorRecord, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  units!: EntityTable<UnitRecord, 'id'>;
  people!: EntityTable<PersonRecord, 'id'>;
  counters!: EntityTable<CounterRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  receipts!: EntityTable<ReceiptRecord, 'id'>;
  cashups!: EntityTable<CashupRecord, 'id'>;
  renovations!: EntityTable<RenovationRecord, 'id'>;
  renovationPatrols!: EntityTable<RenovationPatrolRecord, 'id'>;
  cases!: EntityTable<CaseRecord, 'id'>;
  workOrders!: EntityTable<WorkOrderRecord, 'id'>;
  mailItems!: EntityTable<MailItemRecord, 'id'>;
  visits!: EntityTable<VisitRecord, 'id'>;
  moveIns!: EntityTable<MoveInRecord, 'id'>;
  releasePasses!: EntityTable<ReleasePassRecord, 'id'>;
  keys!: EntityTable<KeyRecord, 'id'>;
  keyLoans!: EntityTable<KeyLoanRecord, 'id'>;
  handovers!: EntityTable<HandoverRecord, 'id'>;
  siteChecks!: EntityTable<SiteCheckRecord, 'id'>;
  signoffs!: EntityTable<SignoffRecord, 'id'>;
  enquiries!: EntityTable<EnquiryRecord, 'id'>;
  monthlyAnalyses!: EntityTable<MonthlyAnalysisRecord, 'id'>;
  surveyRounds!: EntityTable<SurveyRoundRecord, 'id'>;
  surveyResponses!: EntityTable<SurveyResponseRecord, 'id'>;
  revisitEvents!: EntityTable<RevisitEventRecord, 'id'>;
  revisitReviews!: EntityTable<RevisitReviewRecord, 'id'>;
  bills!: EntityTable<BillRecord, 'id'>;
  billPayments!: EntityTable<BillPaymentRecord, 'id'>;
  /** Derived from `bills` in their own transactions (arrearsSummary.ts); never written directly. */
  billArrears!: EntityTable<ArrearsSummary, 'unitId'>;
  /** The review's stored months (reviewMonths.ts): written by the review, dropped by writes. */
  reviewMonths!: EntityTable<ReviewMonthRecord, 'month'>;
  meterReadings!: EntityTable<MeterReadingRecord, 'id'>;
  arrearsChases!: EntityTable<ArrearsChaseRecord, 'id'>;
  venueSpaces!: EntityTable<VenueSpaceRecord, 'id'>;
  venueBookings!: EntityTable<VenueBookingRecord, 'id'>;
  syncOutbox!: EntityTable<SyncOutboxRow, 'key'>;
  syncRevs!: EntityTable<SyncRevRow, 'key'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  syncConflicts!: EntityTable<SyncConflictRecord, 'id'>;
  parkingSpaces!: EntityTable<ParkingSpaceRecord, 'id'>;
  parkingLeases!: EntityTable<ParkingLeaseRecord, 'id'>;
  visitRecords!: EntityTable<VisitRecordRecord, 'id'>;

  /** Who is signed in at this desk (session.ts); every audited write checks it. */
  readonly session = new DeskSession();
  /**
   * Test fixtures only (tests/db/makeTestDb.ts): take the caller's actor as is, so the many
   * repository tests can act as made-up operators. The app never sets it.
   */
  trustCallerActors = false;
  /** Off only while a restore fills a fresh database (its rows are not this desk's edits). */
  captureSync = true;

  constructor(name = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    includeOperatorsInAuditedWrites(this);
    // Issue 20: every audited write also notes its rows for replication (sync/capture.ts).
    this.use(syncCaptureMiddleware(this));
    // Issue 21: the per-unit arrears summary follows every change of the bills.
    includeWithWrites(this, SUMMARY_TABLE, (n) => n === 'bills');
    this.use(arrearsSummaryMiddleware());
    // Issue 21: the review's stored months are dropped in the transaction of a write to a
    // table the review reads.
    includeWithWrites(this, REVIEW_MONTHS_TABLE, (n) => REVIEW_TABLES.has(n));
    this.use(reviewMonthsMiddleware(() => this.name));
  }
}

/**
 * Every read-write transaction on a table that `touches` names also gets `extra`, so a derived
 * table's middleware updates it in the same transaction: `billArrears` with `bills`
 * (arrearsSummary.ts), `reviewMonths` with the tables the monthly review reads (reviewMonths.ts;
 * a crash between the write and the drop cannot leave a stale month). Patched at
 * `_createTransaction`, where explicit transactions and a table's own implicit one
 * (`db.bills.put(…)` outside a transaction) both pass their store names.
 */
function includeWithWrites(db: Dexie, extra: string, touches: (table: string) => boolean): void {
  type Create = (mode: string, storeNames: string[], ...rest: unknown[]) => unknown;
  const target = db as unknown as { _createTransaction: Create };
  const create = target._createTransaction.bind(db);
  target._createTransaction = (mode, storeNames, ...rest) =>
    create(
      mode,
      mode === 'readwrite' && !storeNames.includes(extra) && storeNames.some(touches)
        ? [...storeNames, extra]
        : storeNames,
      ...rest,
    );
}

/**
 * Every read-write transaction that writes the audit also gets the `operators` table, so the
 * audited write can re-read the acting operator's row inside the same transaction
 * (audited.ts `verifySessionActor`) without each of the many call sites naming it. Dexie's
 * public `transaction()` flattens its arguments into `_transaction(mode, tables, scope)`.
 * It also gets `syncOutbox`, where the sync capture notes the rows it changed (issue 20).
 */
function includeOperatorsInAuditedWrites(db: Dexie): void {
  type Inner = (mode: string, tables: unknown[], scope: unknown) => unknown;
  const target = db as unknown as { _transaction: Inner };
  const inner = target._transaction.bind(db);
  target._transaction = (mode, tables, scope) => {
    const names = tables.map((t) => (typeof t === 'string' ? t : (t as { name?: unknown }).name));
    const write = mode.replace(/[!?]/g, '') === 'rw' || mode.includes('readwrite');
    const audited = write && names.includes('audit');
    const added = audited ? ['operators', OUTBOX_TABLE].filter((n) => !names.includes(n)) : [];
    return inner(mode, added.length > 0 ? [...tables, ...added] : tables, scope);
  };
}

export const DEFAULT_DB_NAME = 'taizhang';
