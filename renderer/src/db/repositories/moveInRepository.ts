import {
  DEFAULT_CUSTODY_RULES,
  MoveInRuleError,
  moveInProblems,
  type CustodyRules,
} from '@shared/domain/movein';
import { officeDateOf } from '@shared/domain/officeTime';
import type { PaymentMethod } from '@shared/domain/receipt';
import type { Actor } from '@shared/domain/record';
import { insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { newId, nowIso } from '../ids';
import type { MoveInRecord } from '../records';
import type { MoneySettingsReader } from './moneySettings';
import { chargeMoveIn, createMoveInCustody } from './moveInCustody';
import { createMoveOut } from './moveOut';
import { optional } from './receiptInputs';
import { receiptTables, type createReceiptRepository } from './receiptRepository';
import type { WorkOrderRepository } from './workOrderRepository';
import { createPersonRepository } from './personRepository';
import { validatePhone } from '@shared/domain/identity';

/** Who comes to move in, as the desk opens the checklist. */
export type MoveInInput = Pick<
  MoveInRecord,
  | 'unitId'
  | 'unitCode'
  | 'applicantKind'
  | 'applicantName'
  | 'applicantPhone'
  | 'agentName'
  | 'note'
>;

/** The checklist fields the desk ticks as the applicant goes through the papers. */
export type MoveInChecklist = Partial<
  Pick<
    MoveInRecord,
    | 'documents'
    | 'agreements'
    | 'handedItems'
    | 'keysHanded'
    | 'registrationFilled'
    | 'meters'
    | 'metersConfirmed'
    | 'note'
  >
>;

export interface PropertyFeePayment {
  requestId: string;
  amountFen: number;
  method: PaymentMethod;
}

type Receipts = ReturnType<typeof createReceiptRepository>;

const termsOf = (m: Pick<MoveInRecord, 'unitCode' | 'applicantName' | 'agentName'>) =>
  [m.unitCode, m.applicantName, m.agentName]
    .filter((x): x is string => Boolean(x))
    .map((x) => x.trim().toLowerCase());

/**
 * 入住/交房 and 托管. Completing a move-in sets the unit occupied (or in custody) and takes
 * the property fee through the money ledger in the same transaction.
 */
export function createMoveInRepository(
  db: TaizhangDB,
  receipts: Receipts,
  readMoney: MoneySettingsReader,
  workOrders: Pick<WorkOrderRepository, 'create'>,
  readCustodyRules: () => Promise<CustodyRules> = async () => DEFAULT_CUSTODY_RULES,
) {
  const mustGet = (id: string) => mustLive(db.moveIns, id);
  const people = createPersonRepository(db);
  /** The applicant becomes the unit's owner (or company) in the archive, unless already there. */
  const addResident = async (m: MoveInRecord, actor: Actor) => {
    const living = await db.people.where('unitId').equals(m.unitId).toArray();
    if (living.some((p) => !p.deletedAt && p.name === m.applicantName)) return;
    const company = m.applicantKind === 'company';
    await people.create(
      m.unitId,
      {
        kind: company ? 'company' : 'owner',
        name: m.applicantName,
        phones: m.applicantPhone ? [m.applicantPhone] : [],
        moveInDate: officeDateOf(nowIso()),
        ...(company && m.agentName ? { contactPerson: m.agentName } : {}),
      },
      actor,
    );
  };
  const mustBeOpen = (m: MoveInRecord) => {
    if (m.status !== 'open') throw new MoveInRuleError(['该入住手续已办结，不能再改']);
  };

  return {
    async create(actor: Actor, input: MoveInInput): Promise<MoveInRecord> {
      const problems: string[] = [];
      if (!input.unitId) problems.push('请选择房号');
      if (!input.applicantName.trim()) problems.push('请填写申请人');
      // The same phone rule as every form (mobile or landline), stored normalized.
      const phone = validatePhone(input.applicantPhone ?? '');
      if (!phone.ok) problems.push(phone.error);
      if (input.applicantKind !== 'owner' && !input.agentName?.trim())
        problems.push(input.applicantKind === 'agent' ? '请填写受托人' : '请填写经办人');
      if (problems.length > 0) throw new MoveInRuleError(problems);
      const base = {
        ...optional({
          applicantPhone: phone.ok ? phone.value : undefined,
          agentName: input.agentName?.trim(),
          note: input.note?.trim(),
        }),
        unitId: input.unitId,
        unitCode: input.unitCode,
        applicantKind: input.applicantKind,
        applicantName: input.applicantName.trim(),
      };
      return db.transaction('rw', [db.moveIns, db.audit], () =>
        insertAudited(
          db,
          db.moveIns,
          {
            ...base,
            documents: [],
            agreements: [],
            handedItems: [],
            keysHanded: 0,
            registrationFilled: false,
            meters: {},
            metersConfirmed: false,
            defects: [],
            status: 'open',
            terms: termsOf(base),
          },
          actor,
          `入住 ${input.unitCode}`,
        ),
      );
    },

    async saveChecklist(actor: Actor, id: string, patch: MoveInChecklist): Promise<MoveInRecord> {
      return db.transaction('rw', [db.moveIns, db.audit], async () => {
        mustBeOpen(await mustGet(id));
        return updateAudited(db, db.moveIns, id, patch, actor);
      });
    },

    /**
     * A defect found at the inspection (房屋质量验收), turned into an indoor routine work order
     * for `department` in the same transaction, so the repair is tracked and revisited there.
     */
    async addDefect(
      actor: Actor,
      id: string,
      defect: { point: string; description: string; department: string },
    ): Promise<MoveInRecord> {
      if (!defect.description.trim()) throw new MoveInRuleError(['请填写问题描述']);
      if (!defect.department.trim()) throw new MoveInRuleError(['请选择派往部门']);
      const tables = [db.moveIns, db.workOrders, db.counters, db.audit];
      return db.transaction('rw', tables, async () => {
        const m = await mustGet(id);
        const order = await workOrders.create(actor, {
          kind: 'repair',
          unitId: m.unitId,
          unitCode: m.unitCode,
          contactName: m.applicantName,
          contactPhone: m.applicantPhone ?? '',
          problem: `交房验收：${defect.point} ${defect.description.trim()}`,
          place: 'indoor',
          urgency: 'routine',
          paid: false,
          department: defect.department.trim(),
          appointment: '',
        });
        const entry = {
          id: newId(),
          point: defect.point,
          description: defect.description.trim(),
          workOrderId: order.id,
          workOrderNo: order.no,
        };
        return updateAudited(db, db.moveIns, id, { defects: [...m.defects, entry] }, actor);
      });
    },

    /** Second inspection (复验): marks the listed defects fixed, dated now. */
    async secondInspection(actor: Actor, id: string, fixedIds: string[]): Promise<MoveInRecord> {
      return db.transaction('rw', [db.moveIns, db.audit], async () => {
        const m = await mustGet(id);
        const at = nowIso();
        const fixed = new Set(fixedIds);
        const defects = m.defects.map((d) =>
          fixed.has(d.id) && !d.fixedAt ? { ...d, fixedAt: at } : d,
        );
        return updateAudited(db, db.moveIns, id, { defects, secondInspectionAt: at }, actor);
      });
    },

    /**
     * Completes the move-in (办结): refused while the checklist is incomplete. Sets the unit
     * occupied and, when a fee is given, issues its property-fee receipt in the same transaction.
     */
    async complete(actor: Actor, id: string, fee?: PropertyFeePayment): Promise<MoveInRecord> {
      const money = fee ? await readMoney() : undefined;
      const tables = [db.moveIns, db.units, db.people, ...receiptTables(db)];
      return db.transaction('rw', tables, async () => {
        const m = await mustGet(id);
        mustBeOpen(m);
        const problems = moveInProblems(m);
        if (problems.length > 0) throw new MoveInRuleError(problems);
        const receipt =
          fee && money
            ? await chargeMoveIn(receipts, actor, money, m, {
                requestId: fee.requestId,
                lines: [{ code: 'property_fee', quantity: 1, unitFen: fee.amountFen }],
                method: fee.method,
                what: '入住',
              })
            : undefined;
        await updateAudited(db, db.units, m.unitId, { status: 'occupied' }, actor);
        await addResident(m, actor);
        return updateAudited(
          db,
          db.moveIns,
          id,
          {
            status: 'completed',
            completedAt: nowIso(),
            ...(receipt ? { feeReceiptId: receipt.id, feeReceiptNo: receipt.no } : {}),
          },
          actor,
        );
      });
    },

    ...createMoveInCustody(db, mustGet, { receipts, readMoney, readRules: readCustodyRules }),
    ...createMoveOut(db, mustGet, { receipts, readMoney }),

    get: (id: string) => db.moveIns.get(id),

    /** Move-ins newest first, by unit, applicant or agent text and status. */
    async list(text = '', status?: MoveInRecord['status']): Promise<MoveInRecord[]> {
      const q = text.trim().toLowerCase();
      const rows = await db.moveIns.orderBy('createdAt').reverse().toArray();
      return rows.filter(
        (m) =>
          !m.deletedAt &&
          (!status || m.status === status) &&
          (!q || m.terms.some((t) => t.includes(q))),
      );
    },
  };
}

export type MoveInRepository = ReturnType<typeof createMoveInRepository>;
