import type { LineRequest, PayerKind, PaymentMethod } from '@shared/domain/receipt';
import type { Actor } from '@shared/domain/record';
import { depositBalances } from '@shared/domain/refunds';
import { derivedRequestId } from '@shared/domain/pendingRequests';
import { nextState } from '@shared/domain/renovationFlow';
import {
  PASS_DEPOSIT_CODE,
  RENOVATION_DEPOSIT_CODE,
  owedNote,
  renovationFeesByPayer,
  type RenovationPayer,
} from '@shared/domain/renovationMoney';
import { damageProblems, type RenovationDamage } from '@shared/domain/renovationRefundSplit';
import { updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { ReceiptRecord } from '../records';
import type { MoneySettingsReader } from './moneySettings';
import { receiptTables, type ReceiptRepository } from './receiptRepository';
import { RenovationRuleError, jobFor, mustGetJob } from './renovationJobs';
import {
  feesDueFor,
  jobLedger,
  planJobRefundFor,
  type RenovationRefundPlan,
} from './renovationRefundPlan';
import type { RenovationRecord } from './renovationRecords';
import type { createUnitRepository } from './unitRepository';

type UnitRepository = ReturnType<typeof createUnitRepository>;

export type { PayerRefund, RenovationRefundPlan } from './renovationRefundPlan';

export interface RenovationMoneyDeps {
  moneySettings: MoneySettingsReader;
  receipts: ReceiptRepository;
  units: UnitRepository;
}

const PAYERS: readonly RenovationPayer[] = ['contractor', 'owner'];
const JOB_DEPOSIT_CODES = [...Object.values(RENOVATION_DEPOSIT_CODE), PASS_DEPOSIT_CODE];

export interface RefundInput {
  method: PaymentMethod;
  requestIds: Record<RenovationPayer, string>;
  damages?: readonly RenovationDamage[];
}

/** Whose deposit a receipt taken in 收费收据 holds: the contractor's codes, else the owner. */
function payerOfDeposit(doc: ReceiptRecord): RenovationPayer {
  const codes = new Set(doc.lines.map((l) => l.code));
  return codes.has(RENOVATION_DEPOSIT_CODE.contractor) || codes.has(PASS_DEPOSIT_CODE)
    ? 'contractor'
    : 'owner';
}

/**
 * Who and which house a job's receipt is made out to: the contractor as a company, the owner
 * as a person; the job's unit.
 */
function madeOutTo(job: RenovationRecord, payer: RenovationPayer) {
  const payerKind: PayerKind = payer === 'contractor' ? 'company' : 'person';
  return {
    payerKind,
    payerName: payer === 'contractor' ? job.contractorName : job.ownerName,
    payerPhone: payer === 'contractor' ? job.contractorPhone : job.ownerPhone,
    unitId: job.unitId,
    unitCode: job.unitCode,
  };
}

/** Fees (one receipt per payer) and the refund of the deposits, through the money ledger. */
export function createRenovationMoney(db: TaizhangDB, deps: RenovationMoneyDeps) {
  const sourceOf = (job: RenovationRecord) => ({
    kind: 'renovation' as const,
    id: job.id,
    label: `装修 ${job.unitCode}（${job.no}）`,
  });

  /** Stores the job's receipt links with the deposits they now hold, as one audited change. */
  async function saveLinks(
    actor: Actor,
    id: string,
    job: RenovationRecord,
    links: RenovationRecord['receipts'],
  ): Promise<RenovationRecord> {
    const ledger = await jobLedger(db, { ...job, receipts: links });
    return updateAudited(
      db,
      db.renovations,
      id,
      { receipts: links, depositsCollectedFen: ledger.collectedFen },
      actor,
    );
  }

  /** Deposits of the job's unit taken in 收费收据, still held and linked to no register. */
  async function linkable(job: RenovationRecord): Promise<ReceiptRecord[]> {
    const rows = await db.receipts.where('unitId').equals(job.unitId).toArray();
    const out: ReceiptRecord[] = [];
    for (const r of rows) {
      if (r.kind !== 'receipt' || r.status !== 'valid' || r.sourceId) continue;
      if (job.receipts.some((l) => l.docId === r.id)) continue;
      if (!r.lines.some((l) => JOB_DEPOSIT_CODES.includes(l.code))) continue;
      const refunds = await db.receipts.where('refundOf').equals(r.id).toArray();
      const held = depositBalances(r, refunds)
        .filter((b) => JOB_DEPOSIT_CODES.includes(b.code))
        .some((b) => b.remainingFen > 0);
      if (held) out.push(r);
    }
    return out.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  }

  return {
    /** The standard fee lines of the job per payer, from the settings fee table. */
    async feePlan(id: string) {
      const job = await mustGetJob(db, id);
      const { feeItems } = await deps.moneySettings();
      return renovationFeesByPayer({ workers: job.workers.length, permits: 1 }, feeItems);
    },

    /** The standard lines each payer still owes (voided receipts count for nothing). */
    async feesDue(id: string) {
      const job = await mustGetJob(db, id);
      const { feeItems } = await deps.moneySettings();
      return feesDueFor(db, job, feeItems);
    },

    /** Renovation deposits of the job's unit taken in 收费收据, offered to be linked. */
    linkableReceipts: async (id: string) => linkable(await mustGetJob(db, id)),

    /**
     * Links a deposit taken in 收费收据 to the job: held, refunded and reported with the job's
     * own, and not charged again by 收费.
     */
    async linkReceipt(actor: Actor, id: string, receiptId: string): Promise<RenovationRecord> {
      return db.transaction('rw', [db.renovations, db.receipts, db.audit], async () => {
        const job = await jobFor(db, id, 'collectFees', actor);
        const doc = (await linkable(job)).find((r) => r.id === receiptId);
        if (!doc) throw new RenovationRuleError('该收据不是本房号在押的装修押金，不能关联');
        await updateAudited(
          db,
          db.receipts,
          doc.id,
          { source: sourceOf(job), sourceId: job.id },
          actor,
        );
        const links = [
          ...job.receipts,
          {
            payer: payerOfDeposit(doc),
            docId: doc.id,
            docNo: doc.no,
            totalFen: doc.totalFen,
            purpose: 'linked' as const,
          },
        ];
        return saveLinks(actor, id, job, links);
      });
    },

    /**
     * Collects the fees: for each payer, one receipt with the standard lines its valid receipts
     * do not carry yet (plus any item the clerk added), stored with the job in one transaction.
     * A voided fee receipt is charged again; a deposit of the unit taken in 收费收据 must be
     * linked first, so it is never charged twice.
     */
    async collectFees(
      actor: Actor,
      id: string,
      input: {
        method: PaymentMethod;
        requestIds: Record<RenovationPayer, string>;
        extra?: Partial<Record<RenovationPayer, LineRequest[]>>;
      },
    ): Promise<RenovationRecord> {
      const settings = await deps.moneySettings();
      return db.transaction('rw', [db.renovations, ...receiptTables(db)], async () => {
        const job = await jobFor(db, id, 'collectFees', actor);
        const waiting = await linkable(job);
        if (waiting.length > 0)
          throw new RenovationRuleError(
            `收费收据中已有本房号的装修押金 ${waiting.map((r) => r.no).join('、')}，请先关联，避免重复收取`,
          );
        const due = await feesDueFor(db, job, settings.feeItems);
        const links = [...job.receipts];
        for (const payer of PAYERS) {
          // A retry of a write that already went through: that payer is done.
          const again = await db.receipts
            .where('requestId')
            .equals(input.requestIds[payer])
            .first();
          if (again?.status === 'valid' && links.some((l) => l.docId === again.id)) continue;
          const lines: LineRequest[] = [...due[payer], ...(input.extra?.[payer] ?? [])];
          if (due[payer].length === 0) continue;
          const receipt = await deps.receipts.issueWithin(
            actor,
            {
              requestId: input.requestIds[payer],
              ...madeOutTo(job, payer),
              lines,
              method: input.method,
              source: sourceOf(job),
            },
            settings,
          );
          links.push({ payer, docId: receipt.id, docNo: receipt.no, totalFen: receipt.totalFen });
        }
        if (links.length === job.receipts.length) throw new RenovationRuleError('费用已收取');
        return saveLinks(actor, id, job, links);
      });
    },

    /** What the refund would pay back, keep and leave owed, per payer; and what blocks it. */
    async refundPlan(
      id: string,
      damages: readonly RenovationDamage[] = [],
      passOnly = false,
    ): Promise<RenovationRefundPlan> {
      const job = await mustGetJob(db, id);
      const { feeItems } = await deps.moneySettings();
      return planJobRefundFor(db, job, feeItems, damages, passOnly);
    },

    /**
     * Refunds the deposits (supervisor): one voucher per receipt with its deductions, through
     * the money ledger; `damages` (损坏赔偿) are deducted too. The job closes when nothing is
     * held any more, or waits 欠款待缴 when its charges went beyond all its deposits.
     */
    refund: (actor: Actor, id: string, input: RefundInput) => settle(actor, id, input, false),

    /**
     * Refunds the pass deposits alone (supervisor), on their own earlier due date: returned
     * cards back, a lost card's deposit kept. The job stays 待退款.
     */
    refundPassDeposits: (actor: Actor, id: string, input: Omit<RefundInput, 'damages'>) =>
      settle(actor, id, input, true),

    /** The rest the job owed after its deposits, paid (one receipt per payer owing); closes it. */
    async collectArrears(
      actor: Actor,
      id: string,
      input: { method: PaymentMethod; requestIds: Record<RenovationPayer, string> },
    ): Promise<RenovationRecord> {
      const settings = await deps.moneySettings();
      return db.transaction('rw', [db.renovations, ...receiptTables(db)], async () => {
        const job = await jobFor(db, id, 'collectArrears', actor);
        const links = [...job.receipts];
        for (const payer of PAYERS) {
          const owed = (job.owed ?? []).filter((o) => o.payer === payer && o.amountFen > 0);
          if (owed.length === 0) continue;
          const receipt = await deps.receipts.issueWithin(
            actor,
            {
              requestId: input.requestIds[payer],
              ...madeOutTo(job, payer),
              lines: owed.map((o) => ({ code: o.feeCode, quantity: 1, unitFen: o.amountFen })),
              method: input.method,
              source: sourceOf(job),
              note: `${job.no} 押金不足抵扣部分`,
            },
            settings,
          );
          links.push({
            payer,
            docId: receipt.id,
            docNo: receipt.no,
            totalFen: receipt.totalFen,
            purpose: 'arrears',
          });
        }
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            receipts: links,
            owedFen: 0,
            state: nextState(job.state, 'collectArrears'),
            closedAt: nowIso(),
          },
          actor,
        );
      });
    },
  };

  async function settle(
    actor: Actor,
    id: string,
    input: RefundInput,
    passOnly: boolean,
  ): Promise<RenovationRecord> {
    const damages = passOnly ? [] : (input.damages ?? []);
    const problems = damageProblems(damages);
    if (problems.length > 0) throw new RenovationRuleError(problems.join('；'));
    const { feeItems } = await deps.moneySettings();
    return db.transaction(
      'rw',
      [db.renovations, db.renovationPatrols, ...receiptTables(db)],
      async () => {
        const job = await jobFor(db, id, 'refund', actor);
        // A retry of a refund that already went through returns the job as it is now.
        for (const payer of PAYERS) {
          const again = await db.receipts
            .where('requestId')
            .equals(input.requestIds[payer])
            .first();
          if (again && job.refunds.some((r) => r.docId === again.id)) return job;
        }
        const plan = await planJobRefundFor(db, job, feeItems, damages, passOnly);
        if (plan.blockers.length > 0) throw new RenovationRuleError(plan.blockers.join('；'));
        if (passOnly && plan.payers.length === 0)
          throw new RenovationRuleError('没有待退的出入证押金');
        const refunds = [...job.refunds];
        const seen: Record<RenovationPayer, number> = { contractor: 0, owner: 0 };
        for (const p of plan.payers) {
          const n = (seen[p.payer] += 1);
          const voucher = await deps.receipts.refundWithin(actor, {
            requestId: derivedRequestId(input.requestIds[p.payer], n),
            originalId: p.receiptId,
            lines: p.lines,
            deductions: p.deductions,
            method: input.method,
            ...(plan.owedFen > 0 ? { note: owedNote(plan.owedFen) } : {}),
          });
          refunds.push({
            payer: p.payer,
            docId: voucher.id,
            docNo: voucher.no,
            totalFen: voucher.totalFen,
            deductedFen: p.deductedFen,
            shortfallFen: p.shortfallFen,
          });
        }
        // What the ledger says, not what was planned: a voided receipt holds nothing.
        const ledger = await jobLedger(db, job);
        const done = !passOnly && ledger.settledFen >= ledger.collectedFen;
        const owes = done && plan.owedFen > 0;
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            refunds,
            depositsCollectedFen: ledger.collectedFen,
            depositsSettledFen: ledger.settledFen,
            state: nextState(job.state, 'refund', { settled: done, owes }),
            ...(owes ? { owed: plan.owed, owedFen: plan.owedFen } : {}),
            ...(done && !owes ? { closedAt: nowIso() } : {}),
          },
          actor,
        );
      },
    );
  }
}
