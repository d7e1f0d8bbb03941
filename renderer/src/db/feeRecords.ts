/** Stored shapes of property and energy fees (issue 18): bills, payments, readings, chases. */
import type { ChaseKind } from '@shared/domain/arrears';
import type { BillDraft, MeterKind } from '@shared/domain/billing';
import type { MeterReplacement } from '@shared/domain/meters';
import type { BaseRecord } from '@shared/domain/record';

export type BillStatus = 'open' | 'paid' | 'waived';

/** An adjustment or waiver of a bill, by a supervisor with a reason. */
export interface BillAdjustment {
  at: string;
  byId: string;
  byName: string;
  fromFen: number;
  toFen: number;
  reason: string;
  waive: boolean;
}

/**
 * 应收: one item of one unit for one period — the bill as the rules priced it (`key`
 * `unitId|itemCode|period` is unique, so a period generated again never duplicates), with what
 * has happened to it since. `amountFen` is what is owed after adjustments.
 */
export interface BillRecord extends BaseRecord, BillDraft {
  /** As generated (or imported), before adjustments. */
  baseFen: number;
  /** Settled by valid receipts and by prepayment, fen; kept with the payments in one transaction. */
  paidFen: number;
  status: BillStatus;
  source: 'generated' | 'imported';
  adjustments: BillAdjustment[];
  note?: string;
}

/**
 * A settlement: money of a receipt put on a bill (`bill`), money of a receipt held as the unit's
 * prepayment (`prepay`), or prepayment put on a bill (`credit`). A voided receipt voids its rows.
 */
export interface BillPaymentRecord extends BaseRecord {
  kind: 'bill' | 'prepay' | 'credit';
  unitId: string;
  billId?: string;
  receiptId?: string;
  receiptNo?: string;
  amountFen: number;
  at: string;
  voidedAt?: string;
  /**
   * A payment made in the office's former system, imported as history (issue 18). It carries
   * no receipt: the money was taken and receipted by that system, so giving it a number of this
   * desk's gapless SJ series would invent receipts the desk never issued and put old money in
   * today's cash-up. It still settles its bill (kind `bill`), so the arrears, age bands and
   * 收费率 of past months read it like any payment, dated `at` = the other system's 缴费时间.
   */
  history?: FeePaymentHistory;
}

/** Where an imported payment came from. */
export interface FeePaymentHistory {
  /** The other system's cashier (收银员), as the file wrote it. */
  cashier: string;
  /** Office date of the payment in the other system. */
  paidOn: string;
  /** The file it came from. */
  file: string;
}

/** 抄表: one reading of one meter of a unit for a month. */
export interface MeterReadingRecord extends BaseRecord {
  key: string;
  unitId: string;
  unitCode: string;
  building: string;
  meter: MeterKind;
  month: string;
  /** Hundredths of m³ / kWh. */
  value: number;
  previous?: number;
  replacement?: MeterReplacement;
  consumption: number;
  unusual: boolean;
}

/** 催缴: one chase of a unit's arrears. */
export interface ArrearsChaseRecord extends BaseRecord {
  unitId: string;
  unitCode: string;
  kind: ChaseKind;
  at: string;
  note: string;
  promiseDate?: string;
  /** Owed when chased, fen. */
  owedFen: number;
  byName: string;
}
