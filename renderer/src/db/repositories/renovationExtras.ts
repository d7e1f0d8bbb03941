import type { PaymentMethod } from '@shared/domain/receipt';
import type { Actor } from '@shared/domain/record';
import { workerSchema } from '@shared/domain/renovationApplication';
import {
  addedPassLines,
  hotWorkInputSchema,
  hotWorkNo,
  hotWorkWindowProblem,
  type HotWorkInput,
  type HotWorkPermit,
} from '@shared/domain/renovationDocs';
import { linesTotalFen } from '@shared/domain/fees';
import { updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { nextDocNo } from './numbering';
import { receiptTables } from './receiptRepository';
import { RenovationRuleError, jobFor } from './renovationJobs';
import type { RenovationMoneyDeps } from './renovationMoney';
import type { RenovationRecord } from './renovationRecords';

export interface AddPassInput {
  workerName: string;
  idNumber: string;
  method: PaymentMethod;
  /** Made once per dialog: a retry issues no second receipt. */
  requestId: string;
}

/** During the works: passes added (charged) and hot-work permits. */
export function createRenovationExtras(db: TaizhangDB, deps: RenovationMoneyDeps) {
  return {
    /**
     * Adds a pass for a new worker while the works run: the card fee and deposit on a receipt
     * of its own to the contractor (linked to the job, refunded with the rest), and a new CR
     * number. Returns the job.
     */
    async addPass(actor: Actor, id: string, input: AddPassInput): Promise<RenovationRecord> {
      const worker = workerSchema.safeParse({ name: input.workerName, idNumber: input.idNumber });
      if (!worker.success)
        throw new RenovationRuleError(worker.error.issues.map((i) => i.message).join('；'));
      const settings = await deps.moneySettings();
      return db.transaction('rw', [db.renovations, ...receiptTables(db)], async () => {
        const job = await jobFor(db, id, 'addPass', actor);
        const at = nowIso();
        const no = await nextDocNo(db, 'pass', at);
        const receipt = await deps.receipts.issueWithin(
          actor,
          {
            requestId: input.requestId,
            payerKind: 'company',
            payerName: job.contractorName,
            payerPhone: job.contractorPhone,
            unitId: job.unitId,
            unitCode: job.unitCode,
            lines: addedPassLines(1),
            method: input.method,
            source: { kind: 'renovation', id: job.id, label: `装修 ${job.unitCode}（${job.no}）` },
          },
          settings,
        );
        // A retry of the same request found its receipt: the pass was added then.
        if (job.receipts.some((r) => r.docId === receipt.id)) return job;
        const pass = {
          no,
          workerName: worker.data.name,
          idNumber: worker.data.idNumber,
          status: 'active' as const,
          issuedAt: at,
          depositReceiptId: receipt.id,
        };
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            passes: [...job.passes, pass],
            passNos: [...job.passNos, no],
            receipts: [
              ...job.receipts,
              {
                payer: 'contractor',
                docId: receipt.id,
                docNo: receipt.no,
                totalFen: receipt.totalFen,
              },
            ],
            depositsCollectedFen:
              job.depositsCollectedFen + linesTotalFen(receipt.lines.filter((l) => l.refundable)),
          },
          actor,
        );
      });
    },

    /**
     * Issues a hot-work permit (动火许可证, supervisor): one place and time window inside the
     * construction permit's validity; the supervisor is the approver. Returns the permit.
     */
    async issueHotWork(actor: Actor, id: string, input: HotWorkInput): Promise<HotWorkPermit> {
      const parsed = hotWorkInputSchema.safeParse(input);
      if (!parsed.success)
        throw new RenovationRuleError(parsed.error.issues.map((i) => i.message).join('；'));
      return db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await jobFor(db, id, 'hotWork', actor);
        const problem = hotWorkWindowProblem(parsed.data, job.plannedStart, job.permitValidUntil);
        if (problem) throw new RenovationRuleError(problem);
        const existing = job.hotWorks ?? [];
        const permit: HotWorkPermit = {
          ...parsed.data,
          no: hotWorkNo(job.permitNo ?? job.no, existing.length),
          approverName: actor.name,
          issuedAt: nowIso(),
        };
        await updateAudited(db, db.renovations, id, { hotWorks: [...existing, permit] }, actor);
        return permit;
      });
    },
  };
}
