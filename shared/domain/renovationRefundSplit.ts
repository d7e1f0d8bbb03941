/**
 * A payer's renovation refund across several receipts.
 *
 * Policy: a payer may have paid on more than one receipt (the fees, then a pass added during
 * the works). The refund is planned on what the payer holds in all (`planPayerRefund`), then
 * each refund line and deduction is taken from the receipts in the order they were issued,
 * never more per deposit than a receipt still holds, so each receipt gets its own voucher.
 * Pass deposits may be refunded on their own first (their due date is earlier); the charges
 * their vouchers kept are not charged again (`chargesLeft`).
 */
import type { Deduction } from './receipt';
import type { PayerRefundPlan, RenovationCharge, RenovationPayer } from './renovationMoney';

/** One receipt's share of a payer's refund. */
export interface ReceiptRefundPart {
  receiptId: string;
  lines: { code: string; refundFen: number }[];
  deductions: Deduction[];
  refundFen: number;
  deductedFen: number;
}

/** What each receipt still holds per deposit code, oldest receipt first. */
export interface HeldReceipt {
  receiptId: string;
  heldFen: Readonly<Record<string, number>>;
}

/** Sums what the receipts hold per deposit code. */
export function totalHeld(receipts: readonly HeldReceipt[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of receipts)
    for (const [code, fen] of Object.entries(r.heldFen)) out[code] = (out[code] ?? 0) + fen;
  return out;
}

/**
 * Splits `plan` over `receipts` (see the policy). Receipts given no share are left out; a
 * plan asking more of a code than the receipts hold throws (a programming error).
 */
export function splitPayerRefund(
  plan: Pick<PayerRefundPlan, 'lines' | 'deductions'>,
  receipts: readonly HeldReceipt[],
): ReceiptRefundPart[] {
  const left = receipts.map((r) => ({ ...r.heldFen }));
  const parts: ReceiptRefundPart[] = receipts.map((r) => ({
    receiptId: r.receiptId,
    lines: [],
    deductions: [],
    refundFen: 0,
    deductedFen: 0,
  }));
  const take = (code: string, amountFen: number, put: (i: number, fen: number) => void) => {
    let rest = amountFen;
    left.forEach((held, i) => {
      const fen = Math.min(rest, held[code] ?? 0);
      if (fen <= 0) return;
      held[code] = (held[code] ?? 0) - fen;
      rest -= fen;
      put(i, fen);
    });
    if (rest > 0) throw new RangeError(`退款超出 ${code} 的在押金额`);
  };
  // Deductions first: they are what the office keeps, the rest of each deposit goes back.
  for (const d of plan.deductions)
    take(d.code, d.amountFen, (i, fen) => {
      parts[i]?.deductions.push({ ...d, amountFen: fen });
    });
  for (const l of plan.lines) {
    // A deposit that goes back whole still appears (0 fen) on every receipt holding it.
    receipts.forEach((r, i) => {
      if ((r.heldFen[l.code] ?? 0) > 0 && !parts[i]?.lines.some((x) => x.code === l.code))
        parts[i]?.lines.push({ code: l.code, refundFen: 0 });
    });
    take(l.code, l.refundFen, (i, fen) => {
      const line = parts[i]?.lines.find((x) => x.code === l.code);
      if (line) line.refundFen += fen;
    });
  }
  for (const p of parts) {
    p.refundFen = p.lines.reduce((s, l) => s + l.refundFen, 0);
    p.deductedFen = p.deductions.reduce((s, d) => s + d.amountFen, 0);
  }
  return parts.filter((p) => p.lines.length > 0 || p.deductions.length > 0);
}

/** Damage to public areas found at acceptance, entered at refund (扣除损坏赔偿). */
export interface RenovationDamage {
  payer: RenovationPayer;
  reason: string;
  amountFen: number;
}

export const DAMAGE_CODE = 'public_damage';

/** Chinese problems with the damages entered, empty when they can be deducted. */
export function damageProblems(damages: readonly RenovationDamage[]): string[] {
  const out: string[] = [];
  damages.forEach((d, i) => {
    if (d.reason.trim() === '') out.push(`第 ${i + 1} 项损坏：请填写原因`);
    if (!Number.isSafeInteger(d.amountFen) || d.amountFen <= 0)
      out.push(`第 ${i + 1} 项损坏：金额须大于 0`);
  });
  return out;
}

/** Damages as charges against the payer's renovation deposit. */
export function damageCharges(damages: readonly RenovationDamage[]): RenovationCharge[] {
  return damages.map((d) => ({
    payer: d.payer,
    feeCode: DAMAGE_CODE,
    reason: `损坏赔偿：${d.reason.trim()}`.slice(0, 60),
    amountFen: d.amountFen,
  }));
}

/**
 * The charges still to settle after earlier vouchers of the same payer: a deduction with the
 * same fee code and reason already covered (part of) a charge. So when the pass deposits are
 * refunded first, a lost card's 20 元 kept then leaves 80 元 for the renovation deposit later.
 */
export function chargesLeft(
  charges: readonly RenovationCharge[],
  earlier: readonly Deduction[],
): RenovationCharge[] {
  const taken = new Map<string, number>();
  for (const d of earlier) {
    if (!d.feeCode) continue;
    const key = `${d.feeCode}|${d.reason}`;
    taken.set(key, (taken.get(key) ?? 0) + d.amountFen);
  }
  const out: RenovationCharge[] = [];
  for (const c of charges) {
    const key = `${c.feeCode}|${c.reason}`;
    const covered = Math.min(taken.get(key) ?? 0, c.amountFen);
    taken.set(key, (taken.get(key) ?? 0) - covered);
    if (c.amountFen > covered) out.push({ ...c, amountFen: c.amountFen - covered });
  }
  return out;
}
