import type { PaymentMethod } from '@shared/domain/receipt';
import { requireRole, type Actor, type BaseRecord } from '@shared/domain/record';
import { nextState } from '@shared/domain/renovationFlow';
import {
  PASS_DEPOSIT_CODE,
  handBackRefundFen,
  passReturnRequestId,
} from '@shared/domain/renovationMoney';
import { chargesLeft } from '@shared/domain/renovationRefundSplit';
import type { UnitStatus } from '@shared/domain/units';
import { insertAudited, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { nextDocNo } from './numbering';
import { receiptTables } from './receiptRepository';
import { RenovationRuleError, jobFor } from './renovationJobs';
import type { RenovationMoneyDeps } from './renovationMoney';
import type { RenovationPatrolRecord, RenovationRecord } from './renovationRecords';
import { feesDueFor, jobCharges, jobLedger } from './renovationRefundPlan';

/** A patrol as the inspector reports it: the stored patrol without its job and stamps. */
export type PatrolInput = Omit<RenovationPatrolRecord, keyof BaseRecord | 'jobId'>;

/** The works: permit and passes issued, passes returned or lost, patrols, acceptance. */
export function createRenovationWorks(db: TaizhangDB, deps: RenovationMoneyDeps) {
  const { units } = deps;
  const passUpdate = async (
    actor: Actor,
    id: string,
    passNo: string,
    status: 'returned' | 'lost',
    method: PaymentMethod = 'cash',
  ): Promise<RenovationRecord> => {
    const { feeItems } = await deps.moneySettings();
    return db.transaction(
      'rw',
      [db.renovations, db.renovationPatrols, ...receiptTables(db)],
      async () => {
        const job = await jobFor(db, id, 'managePasses', actor);
        const pass = job.passes.find((p) => p.no === passNo);
        if (!pass) throw new RenovationRuleError(`没有出入证 ${passNo}`);
        if (pass.status !== 'active')
          throw new RenovationRuleError(`出入证 ${passNo} 已办理过退还或挂失`);
        const at = nowIso();
        let returned: Partial<RenovationRecord['passes'][number]> = {};
        let refunds = job.refunds;
        if (status === 'returned') {
          // The card's deposit goes back now (退证件时), from the receipt that took it.
          const ledger = await jobLedger(db, job);
          const holding = ledger.receipts.filter(
            (r) => r.payer === 'contractor' && (r.heldFen[PASS_DEPOSIT_CODE] ?? 0) > 0,
          );
          const source = holding.find((r) => r.receiptId === pass.depositReceiptId) ?? holding[0];
          const perCard = source?.doc.lines.find((l) => l.code === PASS_DEPOSIT_CODE)?.unitFen ?? 0;
          const charges = chargesLeft(await jobCharges(db, job, feeItems), ledger.earlier);
          const back = source
            ? handBackRefundFen({
                cardDepositFen: Math.min(perCard, source.heldFen[PASS_DEPOSIT_CODE] ?? 0),
                heldTotalFen: ledger.receipts.reduce(
                  (s, r) => s + Object.values(r.heldFen).reduce((a, b) => a + b, 0),
                  0,
                ),
                chargesFen: charges.reduce((s, c) => s + c.amountFen, 0),
              })
            : 0;
          if (source && back > 0) {
            const voucher = await deps.receipts.refundWithin(actor, {
              requestId: passReturnRequestId(job.id, passNo),
              originalId: source.receiptId,
              lines: [{ code: PASS_DEPOSIT_CODE, refundFen: back }],
              deductions: [],
              method,
              note: `退还出入证 ${passNo}`,
            });
            returned = { refundDocId: voucher.id, refundDocNo: voucher.no, refundedFen: back };
            refunds = [
              ...job.refunds,
              {
                payer: 'contractor',
                docId: voucher.id,
                docNo: voucher.no,
                totalFen: voucher.totalFen,
                deductedFen: 0,
                shortfallFen: 0,
              },
            ];
          }
        }
        const passes = job.passes.map((p) =>
          p.no === passNo ? { ...p, ...returned, status, settledAt: at } : p,
        );
        const settledFen = (await jobLedger(db, job)).settledFen;
        return updateAudited(
          db,
          db.renovations,
          id,
          { passes, refunds, depositsSettledFen: settledFen },
          actor,
        );
      },
    );
  };

  return {
    /**
     * Works start once the fees are paid: the permit (XK) and one pass (CR) per worker are
     * numbered, and the unit shows 装修中.
     */
    async startWork(actor: Actor, id: string): Promise<RenovationRecord> {
      const { feeItems } = await deps.moneySettings();
      return db.transaction(
        'rw',
        [db.renovations, db.counters, db.units, db.audit, db.receipts],
        async () => {
          const job = await jobFor(db, id, 'startWork', actor);
          // A voided fee receipt counts for nothing: it must be charged again first.
          const due = await feesDueFor(db, job, feeItems);
          if (job.receipts.length === 0 || due.contractor.length > 0 || due.owner.length > 0)
            throw new RenovationRuleError('装修费用尚未收齐（或收据已作废），不能发证开工');
          const startedAt = nowIso();
          const permitNo = await nextDocNo(db, 'permit', startedAt);
          const passes = [];
          for (const w of job.workers) {
            const no = await nextDocNo(db, 'pass', startedAt);
            passes.push({
              no,
              workerName: w.name,
              idNumber: w.idNumber,
              status: 'active' as const,
              issuedAt: startedAt,
            });
          }
          const unit = await db.units.get(job.unitId);
          if (unit && unit.status !== 'renovating')
            await units.setStatus(job.unitId, 'renovating', actor);
          return updateAudited(
            db,
            db.renovations,
            id,
            {
              state: nextState(job.state, 'startWork'),
              startedAt,
              permitNo,
              passes,
              passNos: passes.map((p) => p.no),
              ...(unit ? { unitStatusBefore: unit.status } : {}),
            },
            actor,
          );
        },
      );
    },

    /**
     * A card handed back: its deposit is paid back now on a voucher of its own (the desk may:
     * the amount is the fee table's), unless the job's other deposits no longer cover what it
     * owes — then it waits for the settlement.
     */
    returnPass: (actor: Actor, id: string, passNo: string, method: PaymentMethod = 'cash') =>
      passUpdate(actor, id, passNo, 'returned', method),
    losePass: (actor: Actor, id: string, passNo: string) => passUpdate(actor, id, passNo, 'lost'),

    /** The permit posted on the door was lost: 100 元 is deducted at refund. */
    async reportPermitLost(actor: Actor, id: string): Promise<RenovationRecord> {
      return db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await jobFor(db, id, 'managePasses', actor);
        return updateAudited(db, db.renovations, id, { permitsLost: job.permitsLost + 1 }, actor);
      });
    },

    /** Extends the permit (supervisor): a new last day, never earlier. */
    async extendPermit(actor: Actor, id: string, until: string): Promise<RenovationRecord> {
      return db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await jobFor(db, id, 'extendPermit', actor);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until <= job.permitValidUntil)
          throw new RenovationRuleError(`延期日期须晚于 ${job.permitValidUntil}`);
        return updateAudited(db, db.renovations, id, { permitValidUntil: until }, actor);
      });
    },

    /** A patrol; a violation carries its rectification notice and an optional penalty. */
    async addPatrol(actor: Actor, id: string, input: PatrolInput): Promise<RenovationPatrolRecord> {
      if (input.findings.trim() === '') throw new RenovationRuleError('请填写巡查情况');
      if (!Number.isSafeInteger(input.penaltyFen) || input.penaltyFen < 0)
        throw new RenovationRuleError('扣款金额无效');
      if (input.violation && input.rectification.trim() === '')
        throw new RenovationRuleError('请填写整改要求');
      return db.transaction('rw', [db.renovations, db.renovationPatrols, db.audit], async () => {
        await jobFor(db, id, 'patrol', actor);
        return insertAudited(
          db,
          db.renovationPatrols,
          {
            jobId: id,
            at: input.at,
            inspector: input.inspector.trim(),
            findings: input.findings.trim(),
            violation: input.violation,
            rectification: input.rectification.trim(),
            penaltyFen: input.violation ? input.penaltyFen : 0,
            payer: input.payer,
          },
          actor,
        );
      });
    },

    async requestAcceptance(
      actor: Actor,
      id: string,
      scheduledFor: string,
    ): Promise<RenovationRecord> {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(scheduledFor))
        throw new RenovationRuleError('请选择验收日期');
      return db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await jobFor(db, id, 'requestAcceptance', actor);
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            state: nextState(job.state, 'requestAcceptance'),
            acceptances: [...job.acceptances, { requestedAt: nowIso(), scheduledFor }],
          },
          actor,
        );
      });
    },

    /**
     * The acceptance result (装修验收单). Failed: a re-inspection is scheduled. Passed: the
     * refund clocks start and the unit leaves 装修中.
     */
    async recordAcceptance(
      actor: Actor,
      id: string,
      input: { passed: boolean; inspector: string; notes: string; reinspectOn?: string },
    ): Promise<RenovationRecord> {
      requireRole(actor, 'supervisor');
      if (input.inspector.trim() === '') throw new RenovationRuleError('请填写验收人');
      if (!input.passed && !input.reinspectOn)
        throw new RenovationRuleError('未通过验收，请安排复验日期');
      return db.transaction('rw', [db.renovations, db.units, db.audit], async () => {
        const job = await jobFor(db, id, 'recordAcceptance', actor);
        const at = nowIso();
        const done = job.acceptances.map((a, i) =>
          i === job.acceptances.length - 1
            ? {
                ...a,
                at,
                passed: input.passed,
                inspector: input.inspector.trim(),
                notes: input.notes.trim(),
              }
            : a,
        );
        const acceptances =
          input.passed || !input.reinspectOn
            ? done
            : [...done, { requestedAt: at, scheduledFor: input.reinspectOn }];
        if (input.passed) {
          const unit = await db.units.get(job.unitId);
          const back = (job.unitStatusBefore ?? 'occupied') as UnitStatus;
          if (unit && unit.status === 'renovating')
            await units.setStatus(job.unitId, back === 'renovating' ? 'occupied' : back, actor);
        }
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            state: nextState(job.state, 'recordAcceptance', { passed: input.passed }),
            acceptances,
            ...(input.passed ? { acceptedAt: at } : {}),
          },
          actor,
        );
      });
    },
  };
}
