import type { LineRequest, PaymentMethod } from '@shared/domain/receipt';
import type { Actor } from '@shared/domain/record';
import { linesTotalFen } from '@shared/domain/fees';
import { derivedRequestId } from '@shared/domain/pendingRequests';
import { nextState } from '@shared/domain/renovationFlow';
import { renovationFeesByPayer, type RenovationPayer } from '@shared/domain/renovationMoney';
import { damageProblems, type RenovationDamage } from '@shared/domain/renovationRefundSplit';
import { updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { MoneySettingsReader } from './moneySettings';
import { receiptTables, type ReceiptRepository } from './receiptRepository';
import { RenovationRuleError, jobFor, mustGetJob } from './renovationJobs';
import { refundPlanner, type RenovationRefundPlan } from './renovationRefundPlan';
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

export interface RefundInput {
  method: PaymentMethod;
  requestIds: Record<RenovationPayer, string>;
  damages?: readonly RenovationDamage[];
}

/** Fees (one receipt per payer) and the refund of the deposits, through the money ledger. */
export function createRenovationMoney(db: TaizhangDB, deps: RenovationMoneyDeps) {
  const planFor = refundPlanner(db, deps);

  return {
    /** The standard fee lines of the job per payer, from the settings fee table. */
    async feePlan(id: string) {
      const job = await mustGetJob(db, id);
      const { feeItems } = await deps.moneySettings();
      return renovationFeesByPayer({ workers: job.workers.length, permits: 1 }, feeItems);
    },

    /**
     * Collects the fees: one receipt per payer not yet charged (standard lines plus any item the
     * clerk added), stored with the job in one transaction.
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
        const plan = renovationFeesByPayer(
          { workers: job.workers.length, permits: 1 },
          settings.feeItems,
        );
        const links = [...job.receipts];
        let collected = job.depositsCollectedFen;
        for (const payer of PAYERS) {
          if (links.some((l) => l.payer === payer)) continue;
          const lines: LineRequest[] = [
            ...plan[payer].map((l) => ({ code: l.code, quantity: l.quantity })),
            ...(input.extra?.[payer] ?? []),
          ];
          if (lines.length === 0) continue;
          const receipt = await deps.receipts.issueWithin(
            actor,
            {
              requestId: input.requestIds[payer],
              payerKind: payer === 'contractor' ? 'company' : 'person',
              payerName: payer === 'contractor' ? job.contractorName : job.ownerName,
              payerPhone: payer === 'contractor' ? job.contractorPhone : job.ownerPhone,
              unitId: job.unitId,
              unitCode: job.unitCode,
              lines,
              method: input.method,
              source: {
                kind: 'renovation',
                id: job.id,
                label: `装修 ${job.unitCode}（${job.no}）`,
              },
            },
            settings,
          );
          links.push({ payer, docId: receipt.id, docNo: receipt.no, totalFen: receipt.totalFen });
          collected += linesTotalFen(receipt.lines.filter((l) => l.refundable));
        }
        if (links.length === job.receipts.length) throw new RenovationRuleError('费用已收取');
        return updateAudited(
          db,
          db.renovations,
          id,
          { receipts: links, depositsCollectedFen: collected },
          actor,
        );
      });
    },

    /** What the refund would pay back, keep and leave owed, per payer; and what blocks it. */
    async refundPlan(
      id: string,
      damages: readonly RenovationDamage[] = [],
      passOnly = false,
    ): Promise<RenovationRefundPlan> {
      return planFor(await mustGetJob(db, id), damages, passOnly);
    },

    /**
     * Refunds the deposits (supervisor): one voucher per receipt with its deductions, through
     * the money ledger; `damages` (损坏赔偿) are deducted too. The job closes when nothing is
     * held any more.
     */
    refund: (actor: Actor, id: string, input: RefundInput) => settle(actor, id, input, false),

    /**
     * Refunds the pass deposits alone (supervisor), on their own earlier due date: returned
     * cards back, a lost card's deposit kept towards its charge. The job stays 待退款.
     */
    refundPassDeposits: (actor: Actor, id: string, input: Omit<RefundInput, 'damages'>) =>
      settle(actor, id, input, true),
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
    const pre = await mustGetJob(db, id);
    const plan = await planFor(pre, damages, passOnly);
    if (passOnly && plan.payers.length === 0) throw new RenovationRuleError('没有待退的出入证押金');
    return db.transaction(
      'rw',
      [db.renovations, db.renovationPatrols, ...receiptTables(db)],
      async () => {
        const job = await jobFor(db, id, 'refund', actor);
        if (plan.blockers.length > 0) throw new RenovationRuleError(plan.blockers.join('；'));
        const refunds = [...job.refunds];
        let settled = job.depositsSettledFen;
        const seen: Record<RenovationPayer, number> = { contractor: 0, owner: 0 };
        for (const p of plan.payers) {
          const n = (seen[p.payer] += 1);
          const voucher = await deps.receipts.refund(actor, {
            requestId: derivedRequestId(input.requestIds[p.payer], n),
            originalId: p.receiptId,
            lines: p.lines,
            deductions: p.deductions,
            method: input.method,
            ...(p.shortfallFen > 0
              ? { note: `扣款超出保证金，尚欠 ${(p.shortfallFen / 100).toFixed(2)} 元` }
              : {}),
          });
          refunds.push({
            payer: p.payer,
            docId: voucher.id,
            docNo: voucher.no,
            totalFen: voucher.totalFen,
            deductedFen: p.deductedFen,
            shortfallFen: p.shortfallFen,
          });
          settled += p.refundFen + p.deductedFen;
        }
        const done = settled >= job.depositsCollectedFen;
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            refunds,
            depositsSettledFen: settled,
            state: nextState(job.state, 'refund', { settled: done }),
            ...(done ? { closedAt: nowIso() } : {}),
          },
          actor,
        );
      },
    );
  }
}
