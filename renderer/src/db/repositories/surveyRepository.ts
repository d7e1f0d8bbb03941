import type { z } from 'zod';
import { requireRole, type Actor } from '@shared/domain/record';
import {
  surveyMeasuresSchema,
  surveyResponseSchema,
  surveyRevisitSchema,
  surveyRoundSchema,
  surveySummarySchema,
  type SurveyResponseInput,
  type SurveyRoundInput,
  type SurveySummaryInput,
} from '@shared/domain/surveySchemas';
import {
  SurveyRuleError,
  assertSurveyStep,
  isSurveyRating,
  surveyFigures,
  surveyStatus,
  type SurveyFigures,
  type SurveyStatus,
} from '@shared/domain/surveys';
import { countPrintAudited, insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { EnquiryRecord, SurveyResponseRecord, SurveyRoundRecord } from '../records';
import type { EnquiryRepository } from './enquiryRepository';
import { raiseIssue } from './issueEnquiries';
import { optional } from './receiptInputs';
import { nextDocNo } from './numbering';

export interface SurveyFilter {
  text?: string;
  status?: SurveyStatus;
}

type Patch = Partial<Omit<SurveyRoundRecord, 'id' | 'createdAt' | 'createdBy'>>;

function parse<O>(schema: z.ZodType<O, unknown>, input: unknown): O {
  const r = schema.safeParse(input);
  if (!r.success) throw new SurveyRuleError(r.error.issues.map((i) => i.message).join('；'));
  return r.data;
}

const termsOf = (r: Pick<SurveyRoundRecord, 'no' | 'title' | 'topic'>) => [
  ...new Set([r.no, r.title, r.topic].filter((x): x is string => !!x).map((x) => x.toLowerCase())),
];

/**
 * 满意度调查: rounds with their questionnaire, the returned forms entered at the desk, and the
 * follow-up (summary to departments, their written measures, the customer's signed revisit).
 * Every step checks the round's state (shared/domain/surveys) inside its transaction and is
 * audited; the round's status is kept in step for the today board's index.
 */
export function createSurveyRepository(
  db: TaizhangDB,
  deps: { enquiries: Pick<EnquiryRepository, 'create'> },
) {
  const mustGet = (id: string) => mustLive(db.surveyRounds, id);

  /** Loads the round, lets `patch` check and change it, stores it with its new status. */
  function step(actor: Actor, id: string, patch: (r: SurveyRoundRecord) => Patch) {
    requireRole(actor, 'clerk');
    return db.transaction('rw', [db.surveyRounds, db.audit], async () => {
      const r = await mustGet(id);
      const p = patch(r);
      const next = { ...r, ...p };
      return updateAudited(db, db.surveyRounds, id, { ...p, status: surveyStatus(next) }, actor);
    });
  }

  /** Rounds newest first, by text (number, title, topic) and status. */
  async function list(filter: SurveyFilter = {}): Promise<SurveyRoundRecord[]> {
    const text = filter.text?.trim().toLowerCase();
    const rows = await (filter.status
      ? db.surveyRounds.where('status').equals(filter.status).toArray()
      : db.surveyRounds.toArray());
    return rows
      .filter((r) => !r.deletedAt)
      .filter((r) => !text || r.terms.some((t) => t.includes(text)))
      .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.no.localeCompare(a.no));
  }

  return {
    list,

    /** A new round (DC…) with its questionnaire, numbered 1… in the order given. */
    async create(actor: Actor, input: SurveyRoundInput): Promise<SurveyRoundRecord> {
      requireRole(actor, 'clerk');
      const v = parse(surveyRoundSchema, input);
      return db.transaction('rw', [db.surveyRounds, db.counters, db.audit], async () => {
        const no = await nextDocNo(db, 'survey', nowIso());
        const base = {
          ...optional({ topic: v.kind === 'topic' ? v.topic : undefined }),
          no,
          title: v.title,
          kind: v.kind,
          method: v.method,
          issuedOn: v.issuedOn,
          questions: v.questions.map((q, i) => ({ no: i + 1, kind: q.kind, text: q.text })),
          status: 'collecting' as const,
          createdByName: actor.name,
          formCount: 0,
          followUps: [],
          printCount: 0,
        };
        return insertAudited(db, db.surveyRounds, { ...base, terms: termsOf(base) }, actor, no);
      });
    },

    /** One returned form; answers only to the round's questions, ratings only to rating ones. */
    async enterResponse(
      actor: Actor,
      roundId: string,
      input: SurveyResponseInput,
    ): Promise<SurveyResponseRecord> {
      requireRole(actor, 'clerk');
      const v = parse(surveyResponseSchema, input);
      return db.transaction('rw', [db.surveyRounds, db.surveyResponses, db.audit], async () => {
        const r = await mustGet(roundId);
        assertSurveyStep(r, 'enter');
        const answers: Record<string, string> = {};
        for (const [no, a] of Object.entries(v.answers)) {
          const q = r.questions.find((x) => String(x.no) === no);
          if (!q) throw new SurveyRuleError(`没有第 ${no} 题`);
          if (q.kind === 'rating' && !isSurveyRating(a))
            throw new SurveyRuleError(`第 ${no} 题请选择很满意、满意、一般或不满意`);
          if (a !== '') answers[no] = a;
        }
        if (Object.keys(answers).length === 0) throw new SurveyRuleError('这份调查表没有任何回答');
        const seq = r.formCount + 1;
        const saved = await insertAudited(
          db,
          db.surveyResponses,
          {
            ...optional({ unitId: v.unitId, unitCode: v.unitCode, respondent: v.respondent }),
            roundId,
            seq,
            answers,
            enteredAt: nowIso(),
            enteredByName: actor.name,
          },
          actor,
          `${r.no} 第 ${seq} 份`,
        );
        await updateAudited(db, db.surveyRounds, roundId, { formCount: seq }, actor);
        return saved;
      });
    },

    /** 结束收集: no more forms; the 2-day summary clock starts. */
    close: (actor: Actor, id: string) =>
      step(actor, id, (r) => {
        assertSurveyStep(r, 'close');
        return { closedAt: nowIso(), closedByName: actor.name };
      }),

    /** 意见汇总 and the departments the opinions are sent to (none: nothing to follow up). */
    summarise: (actor: Actor, id: string, input: SurveySummaryInput) => {
      const v = parse(surveySummarySchema, input);
      return step(actor, id, (r) => {
        assertSurveyStep(r, 'summarise');
        const at = nowIso();
        return {
          summary: v.summary,
          summarisedAt: at,
          followUps: v.followUps.map((f) => ({ ...f, sentAt: at, sentByName: actor.name })),
        };
      });
    },

    /** The department's written answer (书面答复整改措施) on follow-up `index`. */
    recordMeasures: (actor: Actor, id: string, index: number, input: { measures: string }) => {
      const v = parse(surveyMeasuresSchema, input);
      return step(actor, id, (r) => {
        assertSurveyStep(r, 'measures', index);
        const followUps = r.followUps.map((f, i) =>
          i === index ? { ...f, measures: v.measures, measuresAt: nowIso() } : f,
        );
        return { followUps };
      });
    },

    /** The customer revisited on the result, signed (回访签名). */
    recordRevisit: (
      actor: Actor,
      id: string,
      index: number,
      input: { result: string; signedName: string },
    ) => {
      const v = parse(surveyRevisitSchema, input);
      return step(actor, id, (r) => {
        assertSurveyStep(r, 'revisit', index);
        const followUps = r.followUps.map((f, i) =>
          i === index
            ? {
                ...f,
                revisitResult: v.result,
                revisitSignedName: v.signedName,
                revisitAt: nowIso(),
                revisitByName: actor.name,
              }
            : f,
        );
        return { followUps };
      });
    },

    /**
     * 意见转办: the opinion a returned form gave to text question `questionNo` becomes an open
     * enquiry naming the round and form (`DC2026-001 #3`), and the form names the enquiry; the
     * clerk turns it on into a complaint from there (enquiries.toCase). An opinion already
     * raised returns its enquiry unchanged.
     */
    async raiseIssue(actor: Actor, responseId: string, questionNo: number): Promise<EnquiryRecord> {
      requireRole(actor, 'clerk');
      return db.transaction(
        'rw',
        [db.surveyRounds, db.surveyResponses, db.enquiries, db.counters, db.audit],
        async () => {
          const f = await mustLive(db.surveyResponses, responseId);
          const r = await mustGet(f.roundId);
          const q = r.questions.find((x) => x.no === questionNo);
          const text = f.answers[String(questionNo)];
          if (!q || q.kind !== 'text' || !text) throw new SurveyRuleError('这份调查表没有这条意见');
          const raised = f.issues?.find((i) => i.questionNo === questionNo);
          const made = raised && (await db.enquiries.get(raised.enquiryId));
          if (made) return made;
          const e = await raiseIssue(
            deps.enquiries,
            actor,
            { kind: 'survey', id: r.id, no: `${r.no} #${f.seq}` },
            {
              text,
              callerName: f.respondent || f.unitCode || r.title,
              ...optional({ unitId: f.unitId, unitCode: f.unitCode }),
              topic: '满意度调查',
            },
          );
          const issues = [
            ...(f.issues ?? []).filter((i) => i.questionNo !== questionNo),
            { questionNo, enquiryId: e.id, enquiryNo: e.no },
          ];
          await updateAudited(db, db.surveyResponses, f.id, { issues }, actor);
          return e;
        },
      );
    },

    /** Counts a print of the questionnaire and audits it. */
    async markPrinted(actor: Actor, id: string): Promise<void> {
      await db.transaction('rw', [db.surveyRounds, db.audit], async () => {
        await countPrintAudited(db, db.surveyRounds, await mustGet(id), actor);
      });
    },

    get: async (id: string) => {
      const r = await db.surveyRounds.get(id);
      return r && !r.deletedAt ? r : undefined;
    },

    /** Rounds as `list` gives them, each with its 满意率 over the forms returned so far. */
    async overview(filter: SurveyFilter = {}) {
      const rounds = await list(filter);
      const forms = await db.surveyResponses
        .where('roundId')
        .anyOf(rounds.map((r) => r.id))
        .toArray();
      return rounds.map((r) => ({
        round: r,
        figures: surveyFigures(
          r.questions,
          forms.filter((f) => f.roundId === r.id),
        ),
      }));
    },

    /** The round's returned forms in the order entered. */
    responses: (roundId: string) =>
      db.surveyResponses.where('roundId').equals(roundId).sortBy('seq'),

    /** 满意率 of the round, overall and per question. */
    async figures(roundId: string): Promise<SurveyFigures> {
      const [r, forms] = await Promise.all([
        mustGet(roundId),
        db.surveyResponses.where('roundId').equals(roundId).toArray(),
      ]);
      return surveyFigures(r.questions, forms);
    },
  };
}

export type SurveyRepository = ReturnType<typeof createSurveyRepository>;
