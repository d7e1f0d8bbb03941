import type { z } from 'zod';
import { buildCalendar } from '@shared/domain/calendar';
import { caseRevisitDue, closedOnTime } from '@shared/domain/complaintDeadlines';
import { checkCaseDate } from '@shared/domain/complaintPastDates';
import {
  CaseRuleError,
  assertCanApply,
  checkRevisit,
  statusAfter,
  type CaseAction,
} from '@shared/domain/complaints';
import {
  agreeDateSchema,
  caseIntakeSchema,
  classifySchema,
  closeSchema,
  departmentReplySchema,
  dispatchSchema,
  feedbackSchema,
  revisitSchema,
  suggestionReplySchema,
  type AgreeDateInput,
  type CaseIntakeInput,
  type ClassifyInput,
  type DepartmentReplyInput,
  type DispatchInput,
  type RevisitInput,
  type SuggestionReplyInput,
} from '@shared/domain/complaintSchemas';
import { officeMonthOf } from '@shared/domain/rates';
import { formatOfficeDateTime, toIsoInstant } from '@shared/domain/officeTime';
import { personSearchTerms } from '@shared/domain/searchTerms';
import { requireRole, type Actor } from '@shared/domain/record';
import { insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { CaseEvent, CaseRecord } from '../records';
import type { SettingsRepository } from './settingsRepository';
import { nextDocNo } from './numbering';
import { createComplaintQueries } from './complaintQueries';

type Patch = Partial<
  Omit<CaseRecord, 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>
>;

function searchTermsOf(c: Pick<CaseRecord, 'no' | 'customerName' | 'customerPhone' | 'unitCode'>) {
  const terms = personSearchTerms({
    name: c.customerName,
    phones: c.customerPhone ? [c.customerPhone] : [],
    plates: [],
  });
  terms.push(c.no.toLowerCase());
  if (c.unitCode) terms.push(c.unitCode.toLowerCase());
  return [...new Set(terms)];
}

/** Form input checked again here; the Chinese messages reach the clerk as one CaseRuleError. */
function parse<O>(schema: z.ZodType<O, unknown>, input: unknown): O {
  const r = schema.safeParse(input);
  if (!r.success) throw new CaseRuleError(r.error.issues.map((i) => i.message).join('；'));
  return r.data;
}

const event = (actor: Actor, kind: CaseEvent['kind'], text: string, at = nowIso()): CaseEvent => ({
  at,
  kind,
  byName: actor.name,
  text,
});

/**
 * Complaints and suggestions (投诉/建议). Every step checks the state machine of
 * `shared/domain/complaints` inside its transaction and is audited; deadlines come from the
 * settings and the working-day calendar at the moment of the step.
 */
export function createComplaintRepository(db: TaizhangDB, settings: SettingsRepository) {
  async function rules() {
    const [deadlines, overrides] = await Promise.all([
      settings.get('deadlines'),
      settings.get('calendarOverrides'),
    ]);
    return { deadlines, cal: buildCalendar(overrides) };
  }

  /** Loads the case, checks the step is allowed, and writes `patch(c)` with its audit entry. */
  async function step(
    actor: Actor,
    id: string,
    action: CaseAction,
    patch: (c: CaseRecord) => Patch | Promise<Patch>,
  ): Promise<CaseRecord> {
    requireRole(actor, 'clerk');
    return db.transaction('rw', [db.cases, db.settings, db.audit], async () => {
      const c = await mustLive(db.cases, id);
      assertCanApply(c.kind, c.status, action);
      return updateAudited(db, db.cases, id, await patch(c), actor);
    });
  }

  /** Suggestions still open and not yet in a daily digest, oldest first. */
  async function undigestedSuggestions(): Promise<CaseRecord[]> {
    const rows = await db.cases.where('status').anyOf(['open', 'dispatched']).toArray();
    return rows
      .filter((c) => c.kind === 'suggestion' && !c.digestAt && !c.deletedAt)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.no.localeCompare(b.no));
  }

  return {
    ...createComplaintQueries(db),

    /** 来访接待记录: a new complaint (TS-…) or suggestion (JY-…) owned by its receiver. */
    async intake(
      actor: Actor,
      input: CaseIntakeInput,
      /** The enquiry (咨询) it is made from; enquiryRepository links both ways. */
      from?: { enquiryId: string; enquiryNo: string },
    ): Promise<CaseRecord> {
      requireRole(actor, 'clerk');
      const v = parse(caseIntakeSchema, input);
      const receivedAt = toIsoInstant(v.receivedAt);
      return db.transaction('rw', [db.cases, db.counters, db.audit], async () => {
        const no = await nextDocNo(db, v.kind, receivedAt);
        const record = {
          no,
          kind: v.kind,
          status: 'open' as const,
          channel: v.channel,
          receivedAt,
          month: officeMonthOf(receivedAt),
          receiverName: actor.name,
          ownerId: actor.id,
          ownerName: actor.name,
          customerName: v.customerName,
          ...(v.customerPhone ? { customerPhone: v.customerPhone } : {}),
          ...(v.personId ? { personId: v.personId } : {}),
          ...(v.unitId ? { unitId: v.unitId } : {}),
          ...(v.unitCode ? { unitCode: v.unitCode } : {}),
          content: v.content,
          ...(from ?? {}),
          dispatches: [],
          revisits: [],
          history: [],
        };
        return insertAudited(db, db.cases, { ...record, terms: searchTermsOf(record) }, actor, no);
      });
    },

    /**
     * 今日建议汇总: the suggestions not yet passed to the supervisor are marked as passed (one
     * audited write each, in one transaction); returns them for the printed list.
     */
    async submitSuggestionDigest(actor: Actor): Promise<CaseRecord[]> {
      requireRole(actor, 'clerk');
      return db.transaction('rw', [db.cases, db.audit], async () => {
        const waiting = await undigestedSuggestions();
        const at = nowIso();
        const out: CaseRecord[] = [];
        for (const c of waiting)
          out.push(
            await updateAudited(
              db,
              db.cases,
              c.id,
              { digestAt: at, digestByName: actor.name },
              actor,
            ),
          );
        return out;
      });
    },

    undigestedSuggestions,

    /** 确认投诉类别: category, severity, valid, department; again until the case is closed. */
    async classify(actor: Actor, id: string, input: ClassifyInput) {
      const v = parse(classifySchema, input);
      return step(actor, id, 'classify', () => ({
        category: v.category,
        severity: v.severity,
        valid: v.valid,
        ...(v.department ? { department: v.department } : {}),
      }));
    },

    /** 派单 (or reassignment): the earlier dispatches stay on the record. */
    async dispatch(actor: Actor, id: string, input: DispatchInput) {
      const v = parse(dispatchSchema, input);
      return step(actor, id, 'dispatch', (c) => ({
        status: statusAfter(c.kind, c.status, 'dispatch'),
        department: v.department,
        dispatches: [
          ...c.dispatches,
          {
            at: nowIso(),
            department: v.department,
            byName: actor.name,
            ...(v.note ? { note: v.note } : {}),
          },
        ],
      }));
    },

    /**
     * The returned form: the department's 处理方法 and 完成期限 on the current dispatch. A
     * 完成期限 already past is refused, or with a 补录原因 kept and the case counted late.
     */
    async departmentReply(actor: Actor, id: string, input: DepartmentReplyInput) {
      const v = parse(departmentReplySchema, input);
      const dueBy = toIsoInstant(v.dueBy);
      const now = nowIso();
      const past = checkCaseDate('dueBy', dueBy, now, v.pastReason);
      return step(actor, id, 'departmentReply', (c) => {
        const last = c.dispatches[c.dispatches.length - 1];
        if (!last) throw new CaseRuleError('尚未派单');
        const replied = {
          ...last,
          action: v.action,
          dueBy,
          repliedAt: now,
          ...(past ? { pastReason: v.pastReason } : {}),
        };
        return {
          dispatches: [...c.dispatches.slice(0, -1), replied],
          ...(past ? { pastDateReason: v.pastReason } : {}),
        };
      });
    },

    /** Progress told to the customer (stops the 24-hour feedback clock). */
    async feedback(actor: Actor, id: string, input: { note: string }) {
      const v = parse(feedbackSchema, input);
      return step(actor, id, 'feedback', (c) => {
        const e = event(actor, 'feedback', v.note);
        return { feedbackAt: e.at, history: [...c.history, e] };
      });
    },

    /**
     * A later date the customer agreed to; it replaces the fix deadline. A date already past is
     * refused, or with a 补录原因 kept and the case counted late.
     */
    async agreeDate(actor: Actor, id: string, input: AgreeDateInput) {
      const v = parse(agreeDateSchema, input);
      const dueAt = toIsoInstant(v.dueAt);
      const now = nowIso();
      const past = checkCaseDate('dueAt', dueAt, now, v.pastReason);
      // The history reads office time, as the clerk typed it.
      const base = `${formatOfficeDateTime(dueAt)} ${v.note}`;
      const text = past ? `${base}（补录：${v.pastReason}）` : base;
      return step(actor, id, 'agreeDate', (c) => ({
        agreedDueAt: dueAt,
        agreedAt: now,
        ...(past ? { pastDateReason: v.pastReason } : {}),
        history: [...c.history, event(actor, 'agreeDate', text, now)],
      }));
    },

    /** 首问负责: only the owner, or a supervisor, hands a case to someone else. */
    async handOver(actor: Actor, id: string, to: { id: string; name: string }) {
      return step(actor, id, 'handOver', (c) => {
        if (c.ownerId !== actor.id) requireRole(actor, 'supervisor');
        if (to.id === c.ownerId) throw new CaseRuleError('该案件已由此人负责');
        return {
          ownerId: to.id,
          ownerName: to.name,
          history: [...c.history, event(actor, 'handOver', `${c.ownerName} → ${to.name}`)],
        };
      });
    },

    /** 处理结果: closes the complaint; on time or not is fixed now, and the revisit falls due. */
    async close(actor: Actor, id: string, input: { result: string }) {
      const v = parse(closeSchema, input);
      return step(actor, id, 'close', async (c) => {
        const { deadlines, cal } = await rules();
        const closedAt = nowIso();
        return {
          status: statusAfter(c.kind, c.status, 'close'),
          result: v.result,
          closedAt,
          closedOnTime: closedOnTime(c, closedAt, deadlines, cal),
          revisitDueAt: caseRevisitDue(c, closedAt, deadlines),
          history: [...c.history, event(actor, 'close', v.result, closedAt)],
        };
      });
    },

    /** 回访: 满意/基本满意 end the case; 不满意 reopens it with the reason. */
    async revisit(actor: Actor, id: string, input: RevisitInput) {
      const v = parse(revisitSchema, input);
      checkRevisit(v.satisfaction, v.comment);
      return step(actor, id, 'revisit', (c) => {
        const at = nowIso();
        const status = statusAfter(c.kind, c.status, 'revisit', v.satisfaction);
        const revisits = [...c.revisits, { ...v, at, byName: actor.name }];
        if (status !== 'open') return { status, revisits };
        return {
          status,
          revisits,
          reopenedAt: at,
          history: [...c.history, event(actor, 'reopen', v.comment, at)],
        };
      });
    },

    /** The reply to a suggestion: adopted or not, and what the customer was told. */
    async replySuggestion(actor: Actor, id: string, input: SuggestionReplyInput) {
      const v = parse(suggestionReplySchema, input);
      return step(actor, id, 'reply', (c) => {
        const at = nowIso();
        return {
          status: statusAfter(c.kind, c.status, 'reply'),
          adopted: v.adopted,
          reply: v.reply,
          repliedAt: at,
          history: [...c.history, event(actor, 'reply', v.reply, at)],
        };
      });
    },
  };
}

export type ComplaintRepository = ReturnType<typeof createComplaintRepository>;
