/**
 * Cash-up (交班对账): the clerk's books and cash must agree before the shift ends (账款相符).
 *
 * Policy: a shift covers the documents a clerk issued since their last close. Valid receipts
 * add to the method they were paid by, valid refunds subtract; documents voided are listed
 * but move no money. A document issued in an earlier (closed) shift and voided during this
 * one reverses its amount here, because the earlier shift already counted it. Expected cash =
 * float (备用金) + net cash. Any difference between counted and expected cash must be
 * explained before the shift can be closed ("账款不相符不走").
 */
import { formatFen, sumFen } from './money';
import { PAYMENT_METHODS, type MoneyDoc, type PaymentMethod } from './receipt';

/** The counts and sums of a shift's documents, for one payment method or for all of them. */
interface DocTotals {
  receiptCount: number;
  receivedFen: number;
  refundCount: number;
  refundedFen: number;
  /** Documents of this shift voided (listed, not counted). */
  voidCount: number;
  voidedFen: number;
  /** Reversals of earlier shifts' documents voided during this shift (signed). */
  lateVoidFen: number;
  /** received − refunded + lateVoid. */
  netFen: number;
}

export interface MethodTotals extends DocTotals {
  method: PaymentMethod;
}

export interface CashupSummary extends DocTotals {
  byMethod: MethodTotals[];
  lateVoidCount: number;
  floatFen: number;
  expectedCashFen: number;
}

export interface CashupInput {
  /** Documents issued by the clerk in the shift, whatever their status now. */
  docs: readonly MoneyDoc[];
  /** Documents issued before the shift and voided during it. */
  lateVoids?: readonly MoneyDoc[];
  /** Cash the drawer started with (备用金). */
  floatFen?: number;
}

function emptyTotals(method: PaymentMethod): MethodTotals {
  return {
    method,
    receiptCount: 0,
    receivedFen: 0,
    refundCount: 0,
    refundedFen: 0,
    voidCount: 0,
    voidedFen: 0,
    lateVoidFen: 0,
    netFen: 0,
  };
}

/** Adds up a shift by payment method and works out the cash expected in the drawer. */
export function summarizeCashup(input: CashupInput): CashupSummary {
  const floatFen = input.floatFen ?? 0;
  if (!Number.isSafeInteger(floatFen) || floatFen < 0)
    throw new RangeError('float must be non-negative fen');
  const totals = new Map(PAYMENT_METHODS.map((m) => [m, emptyTotals(m)]));
  const at = (m: PaymentMethod) => totals.get(m) ?? emptyTotals(m);

  for (const doc of input.docs) {
    const t = at(doc.method);
    if (doc.status === 'void') {
      t.voidCount += 1;
      t.voidedFen = sumFen([t.voidedFen, doc.totalFen]);
    } else if (doc.kind === 'receipt') {
      t.receiptCount += 1;
      t.receivedFen = sumFen([t.receivedFen, doc.totalFen]);
    } else {
      t.refundCount += 1;
      t.refundedFen = sumFen([t.refundedFen, doc.totalFen]);
    }
  }
  const lateVoids = input.lateVoids ?? [];
  for (const doc of lateVoids) {
    const t = at(doc.method);
    // A voided receipt gives its money back; a voided refund means the money never left.
    t.lateVoidFen = sumFen([t.lateVoidFen, doc.kind === 'receipt' ? -doc.totalFen : doc.totalFen]);
  }
  const byMethod = PAYMENT_METHODS.map((m) => {
    const t = at(m);
    return { ...t, netFen: t.receivedFen - t.refundedFen + t.lateVoidFen };
  });
  const sum = (pick: (t: MethodTotals) => number) => sumFen(byMethod.map(pick));
  const cashNet = byMethod.find((t) => t.method === 'cash')?.netFen ?? 0;
  return {
    byMethod,
    receiptCount: sum((t) => t.receiptCount),
    receivedFen: sum((t) => t.receivedFen),
    refundCount: sum((t) => t.refundCount),
    refundedFen: sum((t) => t.refundedFen),
    voidCount: sum((t) => t.voidCount),
    voidedFen: sum((t) => t.voidedFen),
    lateVoidCount: lateVoids.length,
    lateVoidFen: sum((t) => t.lateVoidFen),
    netFen: sum((t) => t.netFen),
    floatFen,
    expectedCashFen: floatFen + cashNet,
  };
}

/** Counted minus expected: positive is a surplus (长款), negative a shortage (短款). */
export function cashDifferenceFen(expectedCashFen: number, countedCashFen: number): number {
  return sumFen([countedCashFen, -expectedCashFen]);
}

/** The shortest explanation of a difference accepted. */
export const MIN_EXPLANATION_LENGTH = 4;

/**
 * Whether the shift may be closed; returns Chinese messages, empty when it may. A difference
 * needs an explanation; a shift that agrees needs none.
 */
export function checkCashupClose(
  summary: CashupSummary,
  countedCashFen: number,
  explanation: string,
): string[] {
  if (!Number.isSafeInteger(countedCashFen) || countedCashFen < 0) return ['请填写清点的现金金额'];
  const diff = cashDifferenceFen(summary.expectedCashFen, countedCashFen);
  if (diff === 0) return [];
  if (explanation.trim().length >= MIN_EXPLANATION_LENGTH) return [];
  const what = diff > 0 ? `长款 ${formatFen(diff)} 元` : `短款 ${formatFen(-diff)} 元`;
  return [`账款不相符（${what}），请说明原因后再交班`];
}
