/**
 * Renovation money: the fees collected per payer and how the job's deposits are settled.
 *
 * Policy (001 第十二条, domain brief §2):
 * - Fees come from the settings fee table (`renovationCharges`), split by payer: one receipt
 *   for the contractor, one for the owner.
 * - A pass card's deposit goes back when the card is handed back (also mid-job). A lost card
 *   keeps its own deposit (not refunded) **and** costs the lost-card fee (100 元) from the
 *   renovation deposit: 120 元 in all at the default prices.
 * - A lost permit, penalties and damages are charged to the payer's renovation deposit.
 * - The job's deposits answer together: what a charge leaves uncovered on the deposit it is
 *   charged to is taken from the job's other deposits (the payer's own first, then the other
 *   payer's) before anything is paid back. Only what no deposit covers is owed (shortfall),
 *   never a negative refund — and while anything is owed nothing is paid back.
 * - No refund while a card is neither returned nor reported lost.
 */
import { findFeeItem, renovationCharges, type FeeItem, type FeeLine } from './fees';
import { multiplyFen } from './money';
import type { Deduction } from './receipt';

export type RenovationPayer = 'contractor' | 'owner';
const PAYERS: readonly RenovationPayer[] = ['contractor', 'owner'];

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

/**
 * The fee lines still to charge: `planned` less what the payer's valid receipts already
 * carry per item code (a deposit taken in 收费收据 and linked to the job is not charged twice).
 */
export function feesStillDue(
  planned: readonly FeeLine[],
  paid: readonly { code: string; quantity: number }[],
): { code: string; quantity: number }[] {
  const have = new Map<string, number>();
  for (const l of paid) have.set(l.code, (have.get(l.code) ?? 0) + l.quantity);
  const out: { code: string; quantity: number }[] = [];
  for (const l of planned) {
    const covered = Math.min(have.get(l.code) ?? 0, l.quantity);
    have.set(l.code, (have.get(l.code) ?? 0) - covered);
    if (l.quantity > covered) out.push({ code: l.code, quantity: l.quantity - covered });
  }
  return out;
}

/** A charge against the job's deposits: lost card, lost permit, violation penalty, damage. */
export interface RenovationCharge {
  payer: RenovationPayer;
  feeCode: string;
  reason: string;
  amountFen: number;
  /** The deposit it is charged to first; the payer's renovation deposit when absent. */
  depositCode?: string;
  /**
   * A deposit simply not refunded (a lost card's own deposit): kept from that deposit only,
   * never taken from another one and never owed.
   */
  forfeit?: boolean;
}

/** The reason on the voucher for a lost card's own deposit kept back. */
export function lostPassForfeitReason(no: string): string {
  return `遗失出入证 ${no}，押金不退`;
}

/** The standard charges for lost cards and permits at the fee table's prices. */
export function lossCharges(
  losses: { lostPasses: readonly string[]; lostPermits: number },
  items: readonly FeeItem[],
): RenovationCharge[] {
  const charges: RenovationCharge[] = [];
  const passFee = findFeeItem(items, LOST_PASS_CODE)?.amountFen ?? 0;
  const passDeposit = findFeeItem(items, PASS_DEPOSIT_CODE)?.amountFen ?? 0;
  for (const no of losses.lostPasses) {
    if (passDeposit > 0)
      charges.push({
        payer: 'contractor',
        feeCode: LOST_PASS_CODE,
        reason: lostPassForfeitReason(no),
        amountFen: passDeposit,
        depositCode: PASS_DEPOSIT_CODE,
        forfeit: true,
      });
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

/** A charge (or part of one) no deposit covers: owed by its payer. */
export interface OwedCharge {
  payer: RenovationPayer;
  feeCode: string;
  reason: string;
  amountFen: number;
}

/** One payer's share of the settlement: what goes back per deposit, what is kept and why. */
export interface PayerRefundPlan {
  lines: { code: string; refundFen: number }[];
  deductions: Deduction[];
  refundFen: number;
  deductedFen: number;
  /** What this payer's charges leave uncovered after every deposit of the job. */
  shortfallFen: number;
}

/** The whole job's settlement. */
export interface JobRefundPlan {
  payers: Record<RenovationPayer, PayerRefundPlan>;
  owed: OwedCharge[];
  owedFen: number;
}

/** What the job still holds per payer and deposit code (over all its valid receipts). */
export type HeldByPayer = Readonly<Record<RenovationPayer, Readonly<Record<string, number>>>>;

/**
 * Settles the job's deposits against its charges (see the policy): each charge from the
 * deposit it is charged to; then, for what is left of every charge, from the payer's other
 * deposits and then from the other payer's (renovation deposit first); the rest goes back.
 */
export function planJobRefund(input: {
  held: HeldByPayer;
  charges: readonly RenovationCharge[];
}): JobRefundPlan {
  const pots = PAYERS.flatMap((payer) =>
    Object.entries(input.held[payer])
      .filter(([, fen]) => fen > 0)
      .map(([code, fen]) => ({ payer, code, left: fen })),
  );
  const deductions: Record<RenovationPayer, Deduction[]> = { contractor: [], owner: [] };
  const open = input.charges.map((c) => ({ c, left: c.amountFen }));
  const take = (o: (typeof open)[number], pot: (typeof pots)[number]) => {
    const fen = Math.min(o.left, pot.left);
    if (fen <= 0) return;
    pot.left -= fen;
    o.left -= fen;
    const same = deductions[pot.payer].find(
      (d) => d.code === pot.code && d.reason === o.c.reason && d.feeCode === o.c.feeCode,
    );
    if (same) same.amountFen += fen;
    else
      deductions[pot.payer].push({
        code: pot.code,
        reason: o.c.reason,
        amountFen: fen,
        feeCode: o.c.feeCode,
      });
  };
  // First every charge on the deposit it is charged to, so that one payer's excess never eats
  // a deposit before that deposit's own charges are settled.
  for (const o of open) {
    const code = o.c.depositCode ?? RENOVATION_DEPOSIT_CODE[o.c.payer];
    const own = pots.filter((p) => p.code === code);
    own.sort((a, b) => Number(b.payer === o.c.payer) - Number(a.payer === o.c.payer));
    for (const pot of own) take(o, pot);
  }
  // Then what is left, from the job's other deposits.
  for (const o of open) {
    if (o.left === 0 || o.c.forfeit) continue;
    const rank = (p: (typeof pots)[number]) =>
      (p.payer === o.c.payer ? 0 : 2) + (p.code === RENOVATION_DEPOSIT_CODE[p.payer] ? 0 : 1);
    for (const pot of [...pots].sort((a, b) => rank(a) - rank(b))) take(o, pot);
  }
  const owed = open
    .filter((o) => o.left > 0 && !o.c.forfeit)
    .map((o) => ({
      payer: o.c.payer,
      feeCode: o.c.feeCode,
      reason: o.c.reason,
      amountFen: o.left,
    }));
  const payers = {} as Record<RenovationPayer, PayerRefundPlan>;
  for (const payer of PAYERS) {
    const lines = pots
      .filter((p) => p.payer === payer)
      .map((p) => ({ code: p.code, refundFen: p.left }));
    payers[payer] = {
      lines,
      deductions: deductions[payer],
      refundFen: lines.reduce((s, l) => s + l.refundFen, 0),
      deductedFen: deductions[payer].reduce((s, d) => s + d.amountFen, 0),
      shortfallFen: owed.filter((o) => o.payer === payer).reduce((s, o) => s + o.amountFen, 0),
    };
  }
  return { payers, owed, owedFen: owed.reduce((s, o) => s + o.amountFen, 0) };
}

/**
 * What a card handed back mid-job gets back now: its deposit, unless the job's other held
 * money no longer covers the charges known so far (then only the part that leaves them covered).
 */
export function handBackRefundFen(input: {
  cardDepositFen: number;
  heldTotalFen: number;
  chargesFen: number;
}): number {
  const spare = input.heldTotalFen - input.chargesFen;
  return Math.max(0, Math.min(input.cardDepositFen, spare));
}

/** The request id of a card's hand-back voucher: one hand-back per card, ever. */
export function passReturnRequestId(jobId: string, passNo: string): string {
  return `pass-return:${jobId}:${passNo}`;
}

/** The note printed on a voucher when the job's deposits do not cover its charges. */
export function owedNote(owedFen: number): string {
  return `扣款超出本装修单全部押金，尚欠 ${(owedFen / 100).toFixed(2)} 元，待缴清`;
}

/** Chinese problems that stop a refund: cards still out. */
export function refundBlockers(passes: readonly { status: string; no: string }[]): string[] {
  const out = passes.filter((p) => p.status === 'active').map((p) => p.no);
  return out.length > 0 ? [`出入证 ${out.join('、')} 尚未退还或挂失`] : [];
}
