import type { Deduction } from '@shared/domain/receipt';
import { depositBalances } from '@shared/domain/refunds';
import {
  LOST_PASS_CODE,
  PASS_DEPOSIT_CODE,
  lossCharges,
  planPayerRefund,
  refundBlockers,
  type PayerRefundPlan,
  type RenovationCharge,
  type RenovationPayer,
} from '@shared/domain/renovationMoney';
import {
  chargesLeft,
  damageCharges,
  splitPayerRefund,
  totalHeld,
  type HeldReceipt,
  type RenovationDamage,
} from '@shared/domain/renovationRefundSplit';
import type { TaizhangDB } from '../database';
import type { MoneySettingsReader } from './moneySettings';
import type { RenovationRecord } from './renovationRecords';

const PAYERS: readonly RenovationPayer[] = ['contractor', 'owner'];

/** One receipt's share of a payer's refund as planned now (one voucher each). */
export interface PayerRefund extends PayerRefundPlan {
  payer: RenovationPayer;
  receiptId: string;
  receiptNo: string;
}

export interface RenovationRefundPlan {
  blockers: string[];
  payers: PayerRefund[];
}

/**
 * Plans a job's refund from what its receipts still hold, the charges (lost cards and permit,
 * penalties, damages) less what earlier vouchers kept. `passOnly`: the pass deposits alone.
 */
export function refundPlanner(db: TaizhangDB, deps: { moneySettings: MoneySettingsReader }) {
  return async function planFor(
    job: RenovationRecord,
    damages: readonly RenovationDamage[] = [],
    passOnly = false,
  ): Promise<RenovationRefundPlan> {
    const { feeItems } = await deps.moneySettings();
    const patrols = await db.renovationPatrols.where('jobId').equals(job.id).toArray();
    const charges: RenovationCharge[] = [
      ...lossCharges(
        {
          lostPasses: job.passes.filter((p) => p.status === 'lost').map((p) => p.no),
          lostPermits: job.permitsLost,
        },
        feeItems,
      ),
      ...patrols
        .filter((p) => !p.deletedAt && p.penaltyFen > 0)
        .map((p) => ({
          payer: p.payer,
          feeCode: 'violation_deduction',
          reason: `违章施工：${p.findings}`.slice(0, 60),
          amountFen: p.penaltyFen,
        })),
      ...damageCharges(damages),
    ];
    const passDepositFen = feeItems.find((i) => i.code === PASS_DEPOSIT_CODE)?.amountFen ?? 0;
    const payers: PayerRefund[] = [];
    for (const payer of PAYERS) {
      // A payer may hold deposits on several receipts (a pass added during the works).
      const held: (HeldReceipt & { receiptNo: string })[] = [];
      const earlier: Deduction[] = [];
      for (const link of job.receipts.filter((l) => l.payer === payer)) {
        const original = await db.receipts.get(link.docId);
        if (!original || original.status !== 'valid') continue;
        const refunds = await db.receipts.where('refundOf').equals(original.id).toArray();
        for (const r of refunds) if (r.status === 'valid') earlier.push(...(r.deductions ?? []));
        const balances = depositBalances(original, refunds).filter(
          (b) => !passOnly || b.code === PASS_DEPOSIT_CODE,
        );
        const heldFen = Object.fromEntries(balances.map((b) => [b.code, b.remainingFen]));
        if (Object.values(heldFen).every((v) => v === 0)) continue;
        held.push({ receiptId: original.id, receiptNo: original.no, heldFen });
      }
      if (held.length === 0) continue;
      const left = chargesLeft(
        charges.filter((c) => c.payer === payer && (!passOnly || c.feeCode === LOST_PASS_CODE)),
        earlier,
      );
      const full = planPayerRefund({
        payer,
        heldFen: totalHeld(held),
        passesReturned: job.passes.filter((p) => p.status === 'returned').length,
        passDepositFen,
        charges: left,
      });
      // Alone, the pass deposits owe nothing: what a lost card costs beyond its own deposit
      // is taken from the renovation deposit at the final refund.
      const plan = passOnly ? { ...full, shortfallFen: 0 } : full;
      splitPayerRefund(plan, held).forEach((part, i) => {
        payers.push({
          ...part,
          payer,
          receiptNo: held.find((h) => h.receiptId === part.receiptId)?.receiptNo ?? '',
          // What the deposits cannot cover is owed once, on the payer's first voucher.
          shortfallFen: i === 0 ? plan.shortfallFen : 0,
        });
      });
    }
    return { blockers: refundBlockers(job.passes), payers };
  };
}
