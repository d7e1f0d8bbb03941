import type { z } from 'zod';
import type { CaseIntakeInput } from '@shared/domain/complaintSchemas';
import {
  EnquiryRuleError,
  convertProblems,
  enquiryInputSchema,
  handOverProblems,
  handOverSchema,
  settleProblems,
  type EnquiryLinkKind,
} from '@shared/domain/enquiries';
import { officeMonthOf } from '@shared/domain/rates';
import { registerTerms } from '@shared/domain/repairs';
import { hasRole, requireRole, type Actor } from '@shared/domain/record';
import { insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { CaseRecord, EnquiryRecord, EnquirySource, WorkOrderRecord } from '../records';
import type { ComplaintRepository } from './complaintRepository';
import { nextDocNo } from './numbering';
import { optional } from './receiptInputs';
import { createEnquiryQueries } from './enquiryQueries';
import type { WorkOrderRepository } from './workOrderRepository';

/** Form input checked again here; the Chinese messages reach the clerk as one EnquiryRuleError. */
function parse<O>(schema: z.ZodType<O, unknown>, input: unknown): O {
  const r = schema.safeParse(input);
  if (!r.success) throw new EnquiryRuleError(r.error.issues.map((i) => i.message).join('；'));
  return r.data;
}

const refuse = (problems: string[]) => {
  if (problems.length > 0) throw new EnquiryRuleError(problems.join('；'));
};

const asEnquiryActor = (actor: Actor) => ({
  id: actor.id,
  supervisor: hasRole(actor.role, 'supervisor'),
});

function termsOf(
  e: Pick<EnquiryRecord, 'no' | 'callerName' | 'callerPhone' | 'unitCode' | 'topic'>,
) {
  return registerTerms(e.unitCode ?? '', [e.no, e.callerName, e.callerPhone, e.topic]);
}

/**
 * Enquiries and calls (咨询/来电记录): recorded in seconds, owned by the first receiver until
 * handed over, settled, or turned into a complaint, suggestion or work order — the new record
 * and the enquiry name each other, in one transaction. Every write is audited.
 */
export function createEnquiryRepository(
  db: TaizhangDB,
  deps: { complaints: ComplaintRepository; workOrders: WorkOrderRepository },
) {
  const mustGet = (id: string) => mustLive(db.enquiries, id);

  /** Turns the enquiry into `kind` with `make`, then records the link on the enquiry. */
  async function convert<T extends { id: string; no: string }>(
    actor: Actor,
    id: string,
    kind: EnquiryLinkKind,
    make: (from: { enquiryId: string; enquiryNo: string }) => Promise<T>,
  ): Promise<T> {
    requireRole(actor, 'clerk');
    return db.transaction(
      'rw',
      [db.enquiries, db.cases, db.workOrders, db.counters, db.settings, db.audit],
      async () => {
        const e = await mustGet(id);
        refuse(convertProblems(e));
        const made = await make({ enquiryId: e.id, enquiryNo: e.no });
        const at = nowIso();
        await updateAudited(
          db,
          db.enquiries,
          id,
          { status: 'converted', links: [...e.links, { kind, id: made.id, no: made.no, at }] },
          actor,
        );
        return made;
      },
    );
  }

  return {
    ...createEnquiryQueries(db),

    /**
     * 咨询/来电记录: a new enquiry owned by its receiver; settled on the spot when she says so.
     * `source` names the visit or survey form whose issue it records; that register links back.
     */
    async create(actor: Actor, input: unknown, source?: EnquirySource): Promise<EnquiryRecord> {
      requireRole(actor, 'clerk');
      const v = parse(enquiryInputSchema, input);
      const receivedAt = nowIso();
      return db.transaction('rw', [db.enquiries, db.counters, db.audit], async () => {
        const no = await nextDocNo(db, 'enquiry', receivedAt);
        const record = {
          ...optional({
            callerPhone: v.callerPhone,
            personId: v.personId,
            unitId: v.unitId,
            unitCode: v.unitCode,
          }),
          no,
          channel: v.channel,
          receivedAt,
          month: officeMonthOf(receivedAt),
          receiverId: actor.id,
          receiverName: actor.name,
          ownerId: actor.id,
          ownerName: actor.name,
          callerName: v.callerName,
          topic: v.topic,
          question: v.question,
          answer: v.answer,
          status: v.settled ? ('settled' as const) : ('open' as const),
          firstContactSettled: v.settled,
          ...(v.settled ? { settledAt: receivedAt, settledByName: actor.name } : {}),
          handOvers: [],
          links: [],
          ...(source ? { source } : {}),
        };
        return insertAudited(db, db.enquiries, { ...record, terms: termsOf(record) }, actor, no);
      });
    },

    /** 转交: only the owner or a supervisor, to another active operator, with the reason kept. */
    async handOver(actor: Actor, id: string, input: unknown): Promise<EnquiryRecord> {
      requireRole(actor, 'clerk');
      const v = parse(handOverSchema, input);
      return db.transaction('rw', [db.enquiries, db.operators, db.audit], async () => {
        const e = await mustGet(id);
        refuse(handOverProblems(e, asEnquiryActor(actor), v.toId, v.reason));
        const to = await db.operators.get(v.toId);
        if (!to || !to.active || to.deletedAt) throw new EnquiryRuleError('接手人不存在或已停用');
        const handOver = {
          at: nowIso(),
          fromId: e.ownerId,
          fromName: e.ownerName,
          toId: to.id,
          toName: to.name,
          reason: v.reason,
          byName: actor.name,
        };
        return updateAudited(
          db,
          db.enquiries,
          id,
          { ownerId: to.id, ownerName: to.name, handOvers: [...e.handOvers, handOver] },
          actor,
        );
      });
    },

    /** 办结: the final answer; by the owner or a supervisor. */
    async settle(actor: Actor, id: string, input: { answer: string }): Promise<EnquiryRecord> {
      requireRole(actor, 'clerk');
      const answer = input.answer.trim();
      if (!answer) throw new EnquiryRuleError('请填写答复或处理结果');
      return db.transaction('rw', [db.enquiries, db.audit], async () => {
        const e = await mustGet(id);
        refuse(settleProblems(e, asEnquiryActor(actor)));
        return updateAudited(
          db,
          db.enquiries,
          id,
          { status: 'settled', answer, settledAt: nowIso(), settledByName: actor.name },
          actor,
        );
      });
    },

    /** 转投诉 / 转建议: the complaint intake, made from the enquiry and naming it. */
    toCase(actor: Actor, id: string, input: CaseIntakeInput): Promise<CaseRecord> {
      return convert(actor, id, input.kind, (from) => deps.complaints.intake(actor, input, from));
    },

    /** 转派工单: a work order made from the enquiry and naming it. */
    toWorkOrder(actor: Actor, id: string, input: unknown): Promise<WorkOrderRecord> {
      return convert(actor, id, 'workOrder', (from) => deps.workOrders.create(actor, input, from));
    },

    /** A caller added to the archive from the record: the enquiry points at the person. */
    async linkPerson(
      actor: Actor,
      id: string,
      personId: string,
      unit?: { id: string; code: string },
    ) {
      requireRole(actor, 'clerk');
      return db.transaction('rw', [db.enquiries, db.audit], async () => {
        const e = await mustGet(id);
        const unitPatch = unit && !e.unitId ? { unitId: unit.id, unitCode: unit.code } : {};
        const next = { ...e, ...unitPatch };
        return updateAudited(
          db,
          db.enquiries,
          id,
          { personId, ...unitPatch, terms: termsOf(next) },
          actor,
        );
      });
    },
  };
}

export type EnquiryRepository = ReturnType<typeof createEnquiryRepository>;
