/**
 * Renovation money: the fees collected per payer and how the deposits are settled at the end.
 *
 * Policy:
 * - Fees come from the settings fee table (`renovationCharges`), split by payer: one receipt
 *   for the contractor, one for the owner.
 * - Pass deposits are refunded per card returned. A lost card costs the lost-card fee
 *   (100 元): its own pass deposit is applied to that charge first and the rest is taken from
 *   the contractor's renovation deposit, so a lost card costs 100 元 in all, not 120.
 * - A lost permit and penalties are deducted from the payer's renovation deposit; what the
 *   deposit cannot cover is owed (shortfall), never a negative refund.
 * - No refund while a card is neither returned nor reported lost.
 */
import { findFeeItem, renovationCharges, type FeeItem, type FeeLine } from './fees';
import { multiplyFen } from './money';
import type { Deduction } from './receipt';
import { settleDeposit } from './refunds';

export type RenovationPayer = 'contractor' | 'owner';

export const RENOVATION_DEPOSIT_CODE: Record<RenovationPayer, string> = {
  contractor: 'renovation_deposit_contractor',
  owner: 'renovation_deposit_owner',
};
export const PASS_DEPOSIT_CODE = 'pass_card_deposit';
export const LOST_PASS_CODE = 'lost_pass_card';
export const LOST_PERMIT_CODE = 'lost_permit';

/** The fee lines of a job per payer (001 第十二条 from the settings table). */
export function renovationFeesByPayer(
  input: { workers: number; permits: number },
  items: readonly FeeItem[],
): Record<RenovationPayer, FeeLine[]> {
  const lines = renovationCharges({ passCards: input.workers, permits: input.permits }, items);
  const out: Record<RenovationPayer, FeeLine[]> = { contractor: [], owner: [] };
  for (const line of lines) {
    const payer = findFeeItem(items, line.code)?.payer;
    out[payer === 'owner' ? 'owner' : 'contractor'].push(line);
  }
  return out;
}

/** A charge against a deposit: lost card, lost permit, violation penalty, damage. */
export interface RenovationCharge {
  payer: RenovationPayer;
  feeCode: string;
  reason: string;
  amountFen: number;
}

/** The standard charges for lost cards and permits at the fee table's prices. */
export function lossCharges(
  losses: { lostPasses: readonly string[]; lostPermits: number },
  items: readonly FeeItem[],
): RenovationCharge[] {
  const charges: RenovationCharge[] = [];
  const passFee = findFeeItem(items, LOST_PASS_CODE)?.amountFen ?? 0;
  for (const no of losses.lostPasses) {
    if (passFee > 0)
      charges.push({
        payer: 'contractor',
        feeCode: LOST_PASS_CODE,
        reason: `遗失出入证 ${no}`,
        amountFen: passFee,
      });
  }
  const permitFee = findFeeItem(items, LOST_PERMIT_CODE)?.amountFen ?? 0;
  if (losses.lostPermits > 0 && permitFee > 0)
    charges.push({
      payer: 'owner',
      feeCode: LOST_PERMIT_CODE,
      reason: '遗失施工许可证',
      amountFen: multiplyFen(permitFee, losses.lostPermits),
    });
  return charges;
}

/** One payer's refund: what goes back per deposit, what is kept and why, what is owed. */
export interface PayerRefundPlan {
  lines: { code: string; refundFen: number }[];
  deductions: Deduction[];
  refundFen: number;
  deductedFen: number;
  shortfallFen: number;
}

export interface PayerRefundInput {
  payer: RenovationPayer;
  /** Still held per deposit code on the payer's receipt (collected − refunded − deducted). */
  heldFen: Readonly<Record<string, number>>;
  /** Contractor only: cards returned and the pass deposit per card. */
  passesReturned?: number;
  passDepositFen?: number;
  charges: readonly RenovationCharge[];
}

/** Settles one payer's deposits against its charges (see the policy above). */
export function planPayerRefund(input: PayerRefundInput): PayerRefundPlan {
  const lines: { code: string; refundFen: number }[] = [];
  const deductions: Deduction[] = [];
  const charges = input.charges
    .filter((c) => c.payer === input.payer)
    .map((c) => ({ ...c, left: c.amountFen }));

  const passHeld = input.heldFen[PASS_DEPOSIT_CODE] ?? 0;
  if (passHeld > 0) {
    const back = Math.min(
      passHeld,
      multiplyFen(input.passDepositFen ?? 0, input.passesReturned ?? 0),
    );
    let kept = passHeld - back;
    lines.push({ code: PASS_DEPOSIT_CODE, refundFen: back });
    for (const c of charges) {
      if (c.feeCode !== LOST_PASS_CODE || kept === 0) continue;
      const take = Math.min(kept, c.left);
      deductions.push({
        code: PASS_DEPOSIT_CODE,
        reason: c.reason,
        amountFen: take,
        feeCode: c.feeCode,
      });
      c.left -= take;
      kept -= take;
    }
    if (kept > 0)
      deductions.push({
        code: PASS_DEPOSIT_CODE,
        reason: '出入证未退还，押金不退',
        amountFen: kept,
      });
  }

  const depositCode = RENOVATION_DEPOSIT_CODE[input.payer];
  let held = input.heldFen[depositCode] ?? 0;
  let shortfallFen = 0;
  for (const c of charges) {
    if (c.left === 0) continue;
    const s = settleDeposit(held, c.left);
    if (s.appliedDeductionFen > 0)
      deductions.push({
        code: depositCode,
        reason: c.reason,
        amountFen: s.appliedDeductionFen,
        feeCode: c.feeCode,
      });
    held = s.refundFen;
    shortfallFen += s.shortfallFen;
  }
  if ((input.heldFen[depositCode] ?? 0) > 0) lines.push({ code: depositCode, refundFen: held });

  const refundFen = lines.reduce((sum, l) => sum + l.refundFen, 0);
  const deductedFen = deductions.reduce((sum, d) => sum + d.amountFen, 0);
  return { lines, deductions, refundFen, deductedFen, shortfallFen };
}

/** Chinese problems that stop a refund: cards still out. */
export function refundBlockers(passes: readonly { status: string; no: string }[]): string[] {
  const out = passes.filter((p) => p.status === 'active').map((p) => p.no);
  return out.length > 0 ? [`出入证 ${out.join('、')} 尚未退还或挂失`] : [];
}
