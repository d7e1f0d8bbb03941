import type { FeeItem } from '@shared/domain/fees';
import type { Deduction } from '@shared/domain/receipt';
import { depositBalances } from '@shared/domain/refunds';
import {
  PASS_DEPOSIT_CODE,
  feesStillDue,
  lossCharges,
  renovationFeesByPayer,
  planJobRefund,
  refundBlockers,
  type OwedCharge,
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
import type { ReceiptRecord } from '../records';
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
  /** What no deposit of the job covers (0 for the pass deposits alone). */
  owed: OwedCharge[];
  owedFen: number;
}

/** Where the job's money stands in the ledger: its valid receipts and what each still holds. */
export interface JobLedger {
  receipts: (HeldReceipt & { payer: RenovationPayer; receiptNo: string; doc: ReceiptRecord })[];
  /** Deductions already made on the job's vouchers (so a charge is never taken twice). */
  earlier: Deduction[];
  collectedFen: number;
  settledFen: number;
}

/** Reads the job's linked receipts and their vouchers (voided documents count for nothing). */
export async function jobLedger(db: TaizhangDB, job: RenovationRecord): Promise<JobLedger> {
  const out: JobLedger = { receipts: [], earlier: [], collectedFen: 0, settledFen: 0 };
  const seen = new Set<string>();
  for (const link of job.receipts) {
    if (seen.has(link.docId)) continue;
    seen.add(link.docId);
    const doc = await db.receipts.get(link.docId);
    if (!doc || doc.status !== 'valid' || doc.kind !== 'receipt') continue;
    const refunds = await db.receipts.where('refundOf').equals(doc.id).toArray();
    for (const r of refunds) if (r.status === 'valid') out.earlier.push(...(r.deductions ?? []));
    const balances = depositBalances(doc, refunds);
    for (const b of balances) {
      out.collectedFen += b.collectedFen;
      out.settledFen += b.refundedFen + b.deductedFen;
    }
    const heldFen = Object.fromEntries(balances.map((b) => [b.code, b.remainingFen]));
    out.receipts.push({
      receiptId: doc.id,
      receiptNo: doc.no,
      payer: link.payer,
      heldFen,
      doc,
    });
  }
  return out;
}

/** The charges on the job: lost cards and permit, patrol penalties, damages entered now. */
export async function jobCharges(
  db: TaizhangDB,
  job: RenovationRecord,
  feeItems: readonly FeeItem[],
  damages: readonly RenovationDamage[] = [],
): Promise<RenovationCharge[]> {
  const patrols = await db.renovationPatrols.where('jobId').equals(job.id).toArray();
  return [
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
}

/**
 * Plans a job's refund from what its receipts still hold and the charges less what earlier
 * vouchers kept; the job's deposits answer together (`planJobRefund`). `passOnly`: the pass
 * deposits alone, exactly as the whole settlement would treat them now.
 */
export async function planJobRefundFor(
  db: TaizhangDB,
  job: RenovationRecord,
  feeItems: readonly FeeItem[],
  damages: readonly RenovationDamage[] = [],
  passOnly = false,
): Promise<RenovationRefundPlan> {
  const ledger = await jobLedger(db, job);
  const charges = chargesLeft(await jobCharges(db, job, feeItems, damages), ledger.earlier);
  const heldOf = (payer: RenovationPayer) => ledger.receipts.filter((r) => r.payer === payer);
  const plan = planJobRefund({
    held: { contractor: totalHeld(heldOf('contractor')), owner: totalHeld(heldOf('owner')) },
    charges,
  });
  const payers: PayerRefund[] = [];
  for (const payer of PAYERS) {
    const full = plan.payers[payer];
    const part = passOnly
      ? {
          lines: full.lines.filter((l) => l.code === PASS_DEPOSIT_CODE),
          deductions: full.deductions.filter((d) => d.code === PASS_DEPOSIT_CODE),
        }
      : full;
    const held = heldOf(payer).filter((r) => Object.values(r.heldFen).some((v) => v > 0));
    const shares = splitPayerRefund(part, held).filter((s) => s.refundFen + s.deductedFen > 0);
    shares.forEach((share, i) => {
      payers.push({
        ...share,
        payer,
        receiptNo: held.find((h) => h.receiptId === share.receiptId)?.receiptNo ?? '',
        // What the deposits cannot cover is owed once, on the payer's first voucher.
        shortfallFen: passOnly || i > 0 ? 0 : full.shortfallFen,
      });
    });
  }
  return {
    blockers: refundBlockers(job.passes),
    payers,
    owed: passOnly ? [] : plan.owed,
    owedFen: passOnly ? 0 : plan.owedFen,
  };
}

/**
 * The standard fee lines each payer still owes: the plan less what the job's valid receipts
 * carry (a voided fee receipt counts for nothing, so it must be charged again).
 */
export async function feesDueFor(
  db: TaizhangDB,
  job: RenovationRecord,
  feeItems: readonly FeeItem[],
): Promise<Record<RenovationPayer, { code: string; quantity: number }[]>> {
  const plan = renovationFeesByPayer({ workers: job.workers.length, permits: 1 }, feeItems);
  const ledger = await jobLedger(db, job);
  const out = {} as Record<RenovationPayer, { code: string; quantity: number }[]>;
  for (const payer of PAYERS) {
    const paid = ledger.receipts.filter((r) => r.payer === payer).flatMap((r) => r.doc.lines);
    out[payer] = feesStillDue(plan[payer], paid);
  }
  return out;
}
