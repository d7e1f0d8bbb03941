import type { PaymentMethod } from '@shared/domain/receipt';
import type { Actor } from '@shared/domain/record';
import { officeDateOf } from '@shared/domain/officeTime';
import {
  caseWorkOrderProblems,
  checkCharge,
  checkComplete,
  checkRevisit,
  closeProblems,
  refuseIf,
  registerTerms,
  revisitDueOnCompletion,
  statusAfterRevisit,
  workOrderInputSchema,
  workResultSchema,
  type RevisitResult,
  type WorkOrderInput,
} from '@shared/domain/repairs';
import { countPrintAudited, insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { ReceiptRecord, WorkOrderRecord } from '../records';
import type { MoneySettingsReader } from './moneySettings';
import { nextDocNo } from './numbering';
import { optional } from './receiptInputs';
import { createWorkOrderSampling } from './workOrderSampling';
import { createWorkOrderSearch } from './workOrderSearch';
import { receiptTables, type ReceiptRepository } from './receiptRepository';
import type { SettingsRepository } from './settingsRepository';

export interface ChargeInput {
  requestId: string;
  method: PaymentMethod;
  payerName: string;
  methodRef?: string;
}

const toState = (o: WorkOrderRecord) => ({
  ...o,
  revisitRequired: o.revisitStatus !== 'none',
  revisitDue: o.revisitStatus === 'due',
});

/** Work orders (派工单): repairs and paid services, their charge and their revisit. */
export function createWorkOrderRepository(
  db: TaizhangDB,
  receipts: ReceiptRepository,
  settings: Pick<SettingsRepository, 'get'>,
  readMoney: MoneySettingsReader,
) {
  const mustGet = (id: string) => mustLive(db.workOrders, id);
  const rw = <T>(fn: () => Promise<T>) =>
    db.transaction('rw', [db.workOrders, db.counters, db.audit], fn);

  /** Inserts a checked intake with the next WX number (inside the caller's transaction). */
  async function insertOrder(
    actor: Actor,
    v: WorkOrderInput,
    fromCase?:
      | { caseId: string; caseNo: string }
      | { siteCheckId: string; siteCheckNo: string }
      | { enquiryId: string; enquiryNo: string },
  ): Promise<WorkOrderRecord> {
    const receivedAt = nowIso();
    const no = await nextDocNo(db, 'workOrder', receivedAt);
    return insertAudited(
      db,
      db.workOrders,
      {
        ...(fromCase ?? {}),
        ...optional({
          unitId: v.unitId || undefined,
          serviceType: v.serviceType,
          appointment: v.appointment,
        }),
        no,
        kind: v.kind,
        status: 'open',
        receivedAt,
        receivedByName: actor.name,
        unitCode: v.unitCode,
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        problem: v.problem,
        place: v.place,
        urgency: v.urgency,
        paid: v.paid,
        department: v.department,
        revisitStatus: 'none',
        reopenCount: 0,
        printCount: 0,
        terms: registerTerms(v.unitCode, [
          no,
          v.contactName,
          v.contactPhone,
          fromCase && 'caseNo' in fromCase ? fromCase.caseNo : undefined,
          fromCase && 'siteCheckNo' in fromCase ? fromCase.siteCheckNo : undefined,
          fromCase && 'enquiryNo' in fromCase ? fromCase.enquiryNo : undefined,
        ]),
      },
      actor,
      `工作单 ${no}`,
    );
  }

  return {
    get: (id: string) => db.workOrders.get(id),

    /** Takes down a repair or service request with the next WX number. */
    async create(
      actor: Actor,
      input: unknown,
      /** The enquiry (咨询) it is made from; enquiryRepository links both ways. */
      fromEnquiry?: { enquiryId: string; enquiryNo: string },
    ): Promise<WorkOrderRecord> {
      const v = workOrderInputSchema.parse(input);
      return rw(() => insertOrder(actor, v, fromEnquiry));
    },

    /**
     * 转派工单: a complaint becomes a work order; in one transaction the order names the case
     * and the case names the order (with a line in its history). One order per case.
     */
    async createFromCase(actor: Actor, caseId: string, input: unknown): Promise<WorkOrderRecord> {
      const v = workOrderInputSchema.parse(input);
      return db.transaction('rw', [db.workOrders, db.cases, db.counters, db.audit], async () => {
        const c = await mustLive(db.cases, caseId);
        refuseIf(caseWorkOrderProblems(c));
        const order = await insertOrder(actor, v, { caseId: c.id, caseNo: c.no });
        const at = order.receivedAt;
        await updateAudited(
          db,
          db.cases,
          c.id,
          {
            workOrderId: order.id,
            workOrderNo: order.no,
            history: [
              ...c.history,
              {
                at,
                kind: 'workOrder',
                byName: actor.name,
                text: `${order.no} ${order.department}`,
              },
            ],
          },
          actor,
        );
        return order;
      });
    },

    /**
     * A patrol finding becomes a work order (issue 19): the order names the patrol. Runs inside
     * the caller's transaction, which must hold workOrders, counters and audit.
     */
    insertFromSiteCheck(
      actor: Actor,
      input: unknown,
      link: { siteCheckId: string; siteCheckNo: string },
    ): Promise<WorkOrderRecord> {
      return insertOrder(actor, workOrderInputSchema.parse(input), link);
    },

    ...createWorkOrderSearch(db),

    /** The worker's result; an emergency repair becomes due for revisit at once. */
    async complete(actor: Actor, id: string, input: unknown): Promise<WorkOrderRecord> {
      const result = workResultSchema.parse(input);
      return rw(async () => {
        const order = await mustGet(id);
        refuseIf(checkComplete(toState(order), result));
        const completedAt = nowIso();
        const emergency = revisitDueOnCompletion(order);
        return updateAudited(
          db,
          db.workOrders,
          id,
          {
            workDone: result.workDone,
            materials: result.materials,
            worker: result.worker,
            chargeFen: result.chargeFen,
            customerSigned: result.customerSigned,
            status: 'done',
            completedAt,
            completedMonth: officeDateOf(completedAt).slice(0, 7),
            ...(emergency
              ? { revisitStatus: 'due' as const, revisitReason: 'emergency' as const }
              : {}),
            ...(order.revisitStatus === 'done' ? { revisitStatus: 'due' as const } : {}),
          },
          actor,
        );
      });
    },

    /**
     * Takes the charge of a paid order: a receipt of the ledger (有偿服务费, linked to the order)
     * and the order's receipt number, in one transaction.
     */
    async charge(
      actor: Actor,
      id: string,
      input: ChargeInput,
    ): Promise<{ order: WorkOrderRecord; receipt: ReceiptRecord }> {
      const money = await readMoney();
      return db.transaction('rw', [db.workOrders, ...receiptTables(db)], async () => {
        const order = await mustGet(id);
        refuseIf(checkCharge(toState(order)));
        const receipt = await receipts.issueWithin(
          actor,
          {
            requestId: input.requestId,
            payerKind: 'person',
            payerName: input.payerName,
            payerPhone: order.contactPhone,
            ...optional({
              unitId: order.unitId,
              unitCode: order.unitCode,
              methodRef: input.methodRef,
            }),
            lines: [{ code: 'paid_service', quantity: 1, unitFen: order.chargeFen ?? 0 }],
            method: input.method,
            source: {
              kind: order.kind === 'paidService' ? 'paidService' : 'workOrder',
              id: order.id,
              label: `工作单 ${order.no}`,
            },
          },
          money,
        );
        const updated = await updateAudited(
          db,
          db.workOrders,
          id,
          { receiptId: receipt.id, receiptNo: receipt.no },
          actor,
        );
        return { order: updated, receipt };
      });
    },

    /** Records a revisit: satisfied closes the order when nothing else is left, not satisfied reopens it. */
    async revisit(
      actor: Actor,
      id: string,
      result: RevisitResult,
      note: string,
    ): Promise<WorkOrderRecord> {
      return rw(async () => {
        const order = await mustGet(id);
        refuseIf(checkRevisit(toState(order), result, note));
        const state = { ...toState(order), revisitRequired: true };
        const status = statusAfterRevisit(state, result);
        return updateAudited(
          db,
          db.workOrders,
          id,
          {
            revisitStatus: 'done',
            revisitReason: order.revisitReason ?? 'sample',
            revisitResult: result,
            revisitNote: note.trim(),
            revisitAt: nowIso(),
            revisitByName: actor.name,
            status,
            ...(status === 'closed' && !order.closedAt ? { closedAt: nowIso() } : {}),
            // A closed order the sample picked afterwards is open again: no longer closed.
            ...(status === 'open'
              ? { reopenCount: order.reopenCount + 1, closedAt: undefined }
              : {}),
          },
          actor,
        );
      });
    },

    /** Closes a finished order (charged, revisited where due). */
    async close(actor: Actor, id: string): Promise<WorkOrderRecord> {
      return rw(async () => {
        const order = await mustGet(id);
        refuseIf(closeProblems(toState(order)));
        return updateAudited(
          db,
          db.workOrders,
          id,
          { status: 'closed', closedAt: nowIso() },
          actor,
        );
      });
    },

    ...createWorkOrderSampling(db, settings),

    /** Records a print of the work order or its charge notice. */
    async markPrinted(actor: Actor, id: string): Promise<WorkOrderRecord> {
      return rw(async () => {
        return countPrintAudited(db, db.workOrders, await mustGet(id), actor);
      });
    },
  };
}

export type { WorkOrderFilter } from './workOrderSearch';
export type WorkOrderRepository = ReturnType<typeof createWorkOrderRepository>;
