/**
 * Refunds of deposits (退押金/退保证金).
 *
 * Policy: only refundable lines (deposits) of a valid receipt can be refunded. For each deposit
 * item, everything settled so far — paid back plus deducted, over all refund vouchers that are
 * not void — can never exceed what was collected. So a deposit cannot be refunded twice, nor
 * above what was collected minus deductions. A partial refund (pass deposits per card
 * returned) leaves the rest open for a later voucher.
 */
import { formatFen, sumFen } from './money';
import { isPaymentMethod, type Deduction, type MoneyDoc, type ReceiptLine } from './receipt';

/** Where one deposit item of a receipt stands. */
export interface DepositBalance {
  code: string;
  name: string;
  collectedFen: number;
  refundedFen: number;
  deductedFen: number;
  /** Still held: collected − refunded − deducted. */
  remainingFen: number;
}

/** The deposit items of `original` and what the valid refunds have settled of each. */
export function depositBalances(
  original: MoneyDoc,
  refunds: readonly MoneyDoc[],
): DepositBalance[] {
  const byItem = new Map<string, DepositBalance>();
  for (const line of original.lines) {
    if (!line.refundable) continue;
    const b = byItem.get(line.code);
    if (b) b.collectedFen = sumFen([b.collectedFen, line.amountFen]);
    else {
      byItem.set(line.code, {
        code: line.code,
        name: line.name,
        collectedFen: line.amountFen,
        refundedFen: 0,
        deductedFen: 0,
        remainingFen: 0,
      });
    }
  }
  for (const refund of refunds) {
    if (refund.status !== 'valid' || refund.refundOf !== original.id) continue;
    for (const line of refund.lines) {
      const b = byItem.get(line.code);
      if (b) b.refundedFen = sumFen([b.refundedFen, line.amountFen]);
    }
    for (const d of refund.deductions ?? []) {
      const b = byItem.get(d.code);
      if (b) b.deductedFen = sumFen([b.deductedFen, d.amountFen]);
    }
  }
  for (const b of byItem.values()) b.remainingFen = b.collectedFen - b.refundedFen - b.deductedFen;
  return [...byItem.values()];
}

/** What the clerk asks to settle on one refund voucher. */
export interface RefundRequest {
  /** Amount paid back per deposit item (0 when everything is deducted). */
  lines: { code: string; refundFen: number }[];
  deductions: Deduction[];
}

/**
 * Checks a refund against the original receipt and its earlier refunds; returns Chinese
 * messages, empty when the voucher may be issued.
 */
export function checkRefund(
  original: MoneyDoc,
  refunds: readonly MoneyDoc[],
  request: RefundRequest,
): string[] {
  if (original.kind !== 'receipt') return ['只能对收据办理退款'];
  if (original.status === 'void') return [`${original.no} 已作废，不能退款`];
  const balances = new Map(depositBalances(original, refunds).map((b) => [b.code, b]));
  if (balances.size === 0) return [`${original.no} 没有可退的押金或保证金项目`];

  const problems: string[] = [];
  const settling = new Map<string, { refundFen: number; deductedFen: number }>();
  const touch = (code: string) => {
    const entry = settling.get(code) ?? { refundFen: 0, deductedFen: 0 };
    settling.set(code, entry);
    return entry;
  };
  for (const line of request.lines) {
    if (!isFen(line.refundFen)) problems.push('退款金额必须是不小于 0 的金额');
    else touch(line.code).refundFen += line.refundFen;
  }
  for (const d of request.deductions) {
    if (!isFen(d.amountFen) || d.amountFen === 0) problems.push('扣款金额必须大于 0');
    else touch(d.code).deductedFen += d.amountFen;
    if (d.reason.trim() === '') problems.push('请填写扣款原因');
  }
  if (problems.length > 0) return problems;

  let anything = false;
  for (const [code, s] of settling) {
    const b = balances.get(code);
    if (!b) {
      problems.push(`收费项目 ${code} 不是该收据上的押金，不能退款`);
      continue;
    }
    const total = s.refundFen + s.deductedFen;
    if (total === 0) continue;
    anything = true;
    if (b.remainingFen <= 0) {
      problems.push(`${b.name} 已全部退还或扣除，不能重复退款`);
    } else if (total > b.remainingFen) {
      problems.push(
        `${b.name} 本次退款加扣款 ${formatFen(total)} 元，超过尚未退还的 ${formatFen(b.remainingFen)} 元` +
          `（已收 ${formatFen(b.collectedFen)}，已退 ${formatFen(b.refundedFen)}，已扣 ${formatFen(b.deductedFen)}）`,
      );
    }
  }
  if (!anything && problems.length === 0) problems.push('请填写退款金额或扣款');
  return problems;
}

/**
 * The lines of a refund voucher: one per deposit item settled, the amount paid back as its
 * amount (0 when everything is deducted, so the voucher still shows the item). Call only
 * after `checkRefund` passed.
 */
export function refundLines(original: MoneyDoc, request: RefundRequest): ReceiptLine[] {
  const codes = new Set([
    ...request.lines.map((l) => l.code),
    ...request.deductions.map((d) => d.code),
  ]);
  const lines: ReceiptLine[] = [];
  for (const code of codes) {
    const source = original.lines.find((l) => l.code === code && l.refundable);
    if (!source) continue;
    const refundFen = sumFen(request.lines.filter((l) => l.code === code).map((l) => l.refundFen));
    lines.push({
      code,
      name: source.name,
      quantity: 1,
      unitFen: refundFen,
      amountFen: refundFen,
      refundable: true,
    });
  }
  return lines;
}

/** How a deposit is settled against deductions: what goes back, what is kept, what is owed. */
export interface DepositSettlement {
  refundFen: number;
  /** The part of the deductions taken from the deposit. */
  appliedDeductionFen: number;
  /** Deductions beyond the deposit: owed by the payer, never a negative refund. */
  shortfallFen: number;
}

/** Settles `remainingFen` of a deposit against `deductionFen` of deductions. */
export function settleDeposit(remainingFen: number, deductionFen: number): DepositSettlement {
  if (!isFen(remainingFen) || !isFen(deductionFen))
    throw new RangeError('amounts must be non-negative fen');
  const applied = Math.min(remainingFen, deductionFen);
  return {
    refundFen: remainingFen - applied,
    appliedDeductionFen: applied,
    shortfallFen: deductionFen - applied,
  };
}

function isFen(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

export const MAX_DEDUCTION_REASON_LENGTH = 100;
export const MAX_REFUND_NOTE_LENGTH = 100;
export const MAX_METHOD_REF_LENGTH = 60;

/**
 * The voucher's own fields (issue 15): a known payment method, deductions charging only fee
 * items that exist, and reasons and notes of a printable length. Chinese messages; empty when fine.
 */
export function checkRefundFields(
  request: {
    method: string;
    methodRef?: string | undefined;
    note?: string | undefined;
    deductions: readonly Deduction[];
  },
  /** The fee table's codes; undefined skips that check. */
  feeCodes: ReadonlySet<string> | undefined,
): string[] {
  const problems: string[] = [];
  if (!isPaymentMethod(request.method)) problems.push('请选择退款方式');
  for (const d of request.deductions) {
    if (d.feeCode !== undefined && feeCodes && !feeCodes.has(d.feeCode)) {
      problems.push(`扣款项目不存在（${d.feeCode}）`);
    }
    if (d.reason.trim().length > MAX_DEDUCTION_REASON_LENGTH) {
      problems.push(`扣款原因最多 ${MAX_DEDUCTION_REASON_LENGTH} 个字`);
    }
  }
  if ((request.methodRef ?? '').trim().length > MAX_METHOD_REF_LENGTH) {
    problems.push(`交易单号最多 ${MAX_METHOD_REF_LENGTH} 个字`);
  }
  if ((request.note ?? '').trim().length > MAX_REFUND_NOTE_LENGTH) {
    problems.push(`备注最多 ${MAX_REFUND_NOTE_LENGTH} 个字`);
  }
  return problems;
}
