/** The stored shapes of each table: a domain input plus the bookkeeping every record carries. */
import type { CashupSummary } from '@shared/domain/cashup';
import type { BaseRecord, Role } from '@shared/domain/record';
import type { MoneyDoc, PriceOverride, ReceiptPayer, SourceLink } from '@shared/domain/receipt';
import type { PersonInput, UnitInput } from '@shared/domain/units';
import type { StoredPinHash } from '@shared/domain/pin';

export interface UnitRecord extends BaseRecord, UnitInput {
  /** Display code, e.g. `3-1-1201`; unique. */
  code: string;
  /** Lower-cased prefix-search keys (multiEntry index). */
  terms: string[];
}

export interface PersonRecord extends BaseRecord, PersonInput {
  unitId: string;
  terms: string[];
  /** Office date of the move-out (迁出) that took them off the unit; they stay in the archive. */
  moveOutDate?: string;
}

export interface OperatorRecord extends BaseRecord {
  name: string;
  role: Role;
  pin: StoredPinHash;
  active: boolean;
  failedAttempts: number;
  lastFailureAt?: string;
  /**
   * Bumped when she is deactivated, her role changes or her PIN is reset: a session begun under
   * an older epoch is over (session.ts). Absent on rows from before issue 15 = 0.
   */
  sessionEpoch?: number;
}

/** Key-value settings: property profile, departments, fee table, deadlines, calendar … */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: string;
  updatedBy: string;
}

/** Running numbers per series and period, advanced only inside the transaction that uses one. */
export interface CounterRow {
  key: string;
  next: number;
  /** Only on the `desk-series` row: this desk's series code (numbering.ts, issue 20). */
  series?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * A receipt or refund voucher of the money ledger (one table, so one search covers both).
 * Never deleted: a void sets `status` and the void fields and keeps the number.
 */
export interface ReceiptRecord extends BaseRecord, MoneyDoc, ReceiptPayer {
  /** The form's request id: a repeated request returns the receipt already made (unique). */
  requestId: string;
  /** Payment reference: WeChat/Alipay order number, card slip, transfer reference. */
  methodRef?: string;
  clerkName: string;
  source?: SourceLink;
  /** `source.id`, indexed so a renovation or work order finds its receipts. */
  sourceId?: string;
  /** Codes of the lines and deductions (multiEntry index for "by item" searches). */
  itemCodes: string[];
  note?: string;
  /** Refunds only: the original receipt's number, for display without a lookup. */
  refundOfNo?: string;
  voidReason?: string;
  voidedBy?: string;
  voidedByName?: string;
  printCount: number;
  lastPrintedAt?: string;
}

/** One document as it stood when the shift was closed (the printed sheet shows these). */
export interface CashupDocLine
  extends
    Pick<MoneyDoc, 'id' | 'no' | 'kind' | 'status' | 'issuedAt' | 'method' | 'totalFen'>,
    Pick<ReceiptPayer, 'payerName' | 'unitCode'> {
  /** Issued in an earlier shift and voided during this one. */
  lateVoid?: boolean;
  /** A line below its standard price, authorised by a supervisor (issue 15). */
  priceOverride?: PriceOverride;
}

/** A closed shift (交班对账): the figures as they stood at closing, never recomputed. */
export interface CashupRecord extends BaseRecord {
  clerkId: string;
  clerkName: string;
  periodFrom: string;
  /** Same instant as `closedAt`: the next shift starts here. */
  periodTo: string;
  closedAt: string;
  summary: CashupSummary;
  docs: CashupDocLine[];
  countedCashFen: number;
  differenceFen: number;
  explanation: string;
  /** Who the cash was handed to (交接给). */
  handedTo: string;
}

// The registers' shapes live beside this file, one module per group; importers keep one path.
export type * from './registerRecords';
export type * from './siteRecords';
export type * from './venueRecords';
export type * from './feeRecords';
export type * from './serviceRecords';
export type * from './caseRecords';
export type * from './enquiryRecords';
export type * from './surveyRecords';
export type * from './visitRecords';
export type * from './parkingRecords';
