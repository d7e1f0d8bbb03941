import type { z } from 'zod';
import { officeDateOf } from '@shared/domain/officeTime';
import { requireRole, type Actor } from '@shared/domain/record';
import { registerTerms } from '@shared/domain/repairs';
import { searchQueryKeys } from '@shared/domain/searchTerms';
import { isHousehold } from '@shared/domain/units';
import {
  VISIT_KIND_LABELS,
  visitDateProblems,
  visitInputSchema,
  visitMonthFigures,
  visitPlan,
  type PlanItem,
  type VisitKind,
  type VisitMonthFigures,
  type VisitPlanFacts,
} from '@shared/domain/visitPlan';
import { insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { newId, nowIso } from '../ids';
import type { EnquiryRecord, VisitRecordRecord } from '../records';
import type { EnquiryRepository } from './enquiryRepository';
import { raiseIssue } from './issueEnquiries';
import { createVisitPlanCache } from './visitPlanCache';
import { nextDocNo } from './numbering';
import type { SettingsRepository } from './settingsRepository';

/** A rule of the visit register was broken; `message` is shown to the clerk as is. */
export class VisitRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VisitRuleError';
  }
}

function parse<O>(schema: z.ZodType<O, unknown>, input: unknown): O {
  const r = schema.safeParse(input);
  if (!r.success) throw new VisitRuleError(r.error.issues.map((i) => i.message).join('；'));
  return r.data;
}

export interface VisitListQuery {
  month?: string;
  year?: string;
  kind?: VisitKind;
  text?: string;
  limit?: number;
}

const live = (v: VisitRecordRecord) => !v.deletedAt;

const termsOf = (
  v: Pick<VisitRecordRecord, 'no' | 'unitCode' | 'visitorName' | 'household' | 'place'>,
) => registerTerms(v.unitCode ?? '', [v.no, v.visitorName, v.household, v.place]);

/**
 * 拜访记录 / 住户座谈会: visits and meetings with the issues raised, and the year's plan
 * (shared/domain/visitPlan) measured against them. An issue becomes an enquiry through the
 * enquiry register (raiseIssue), and from there a complaint or work order. Every write audited.
 */
export function createVisitRepository(
  db: TaizhangDB,
  deps: { settings: Pick<SettingsRepository, 'get'>; enquiries: Pick<EnquiryRepository, 'create'> },
) {
  const mustGet = (id: string) => mustLive(db.visitRecords, id);

  async function list(q: VisitListQuery = {}): Promise<VisitRecordRecord[]> {
    const keys = q.text ? searchQueryKeys(q.text) : [];
    let rows: VisitRecordRecord[];
    if (keys.length > 0)
      rows = await db.visitRecords.where('terms').startsWithAnyOf(keys).distinct().toArray();
    else if (q.month) rows = await db.visitRecords.where('month').equals(q.month).toArray();
    else if (q.year)
      rows = await db.visitRecords
        .where('date')
        .between(`${q.year}-01-01`, `${q.year}-12-31`, true, true)
        .toArray();
    else
      rows = await db.visitRecords
        .orderBy('date')
        .reverse()
        .limit(q.limit ?? 500)
        .toArray();
    return rows
      .filter(
        (v) =>
          live(v) &&
          (!q.month || v.month === q.month) &&
          (!q.year || v.date.startsWith(`${q.year}-`)) &&
          (!q.kind || v.kind === q.kind),
      )
      .sort((a, b) => b.date.localeCompare(a.date) || b.no.localeCompare(a.no))
      .slice(0, q.limit ?? 500);
  }

  /** What the plan of `year` is made from, read from the archive, move-ins and events. */
  async function planFacts(year: number): Promise<VisitPlanFacts> {
    const [settings, units, moveIns, events, visits] = await Promise.all([
      deps.settings.get('visitPlan'),
      db.units.toArray(),
      db.moveIns.where('status').equals('completed').toArray(),
      db.revisitEvents.where('kind').equals('communityEvent').toArray(),
      list({ year: String(year), limit: 100_000 }),
    ]);
    return {
      year,
      settings,
      households: units
        .filter((u) => !u.deletedAt && isHousehold(u.status))
        .map((u) => ({ unitId: u.id, unitCode: u.code, building: u.building })),
      moveIns: moveIns.flatMap((m) =>
        m.completedAt && !m.deletedAt
          ? [
              {
                id: m.id,
                unitId: m.unitId,
                unitCode: m.unitCode,
                completedOn: officeDateOf(m.completedAt),
              },
            ]
          : [],
      ),
      events: events
        .filter((e) => !e.deletedAt)
        .map((e) => ({ id: e.id, title: e.title, heldOn: officeDateOf(e.heldAt) })),
      visits: visits.map((v) => ({
        id: v.id,
        kind: v.kind,
        date: v.date,
        ...(v.unitId ? { unitId: v.unitId } : {}),
        ...(v.moveInId ? { moveInId: v.moveInId } : {}),
        ...(v.eventId ? { eventId: v.eventId } : {}),
      })),
    };
  }

  const plan = async (year: number): Promise<PlanItem[]> => visitPlan(await planFacts(year));
  const boardPlans = createVisitPlanCache(db);

  return {
    get: (id: string) => db.visitRecords.get(id),
    list,
    plan,
    /** The plan of `year` for the today board: kept for the day until its tables change. */
    boardPlan: (year: number) => boardPlans.get(year, () => plan(year)),

    /** The years the plan tab offers: `thisYear` and back to the first visit recorded. */
    async planYears(thisYear: number): Promise<number[]> {
      const first = await db.visitRecords.orderBy('date').filter(live).first();
      const from = Math.min(first ? Number(first.date.slice(0, 4)) : thisYear, thisYear);
      return Array.from({ length: thisYear - from + 1 }, (_, i) => thisYear - i);
    },

    /** The month's plan figures and the visits, meetings and issues recorded in it. */
    async monthFigures(month: string): Promise<VisitMonthFigures> {
      const year = month.slice(0, 4);
      // The year's records: a head visit counts in the months since the plan's previous one.
      const [items, records] = await Promise.all([
        plan(Number(year)),
        list({ year, limit: 100_000 }),
      ]);
      return visitMonthFigures(items, records, month);
    },

    /** 拜访记录 / 座谈会纪要: one visit or meeting with its issues; the visitor is an operator. */
    async create(actor: Actor, input: unknown): Promise<VisitRecordRecord> {
      requireRole(actor, 'clerk');
      const v = parse(visitInputSchema, input);
      const problems = visitDateProblems(v.date, officeDateOf(nowIso()));
      if (problems.length > 0) throw new VisitRuleError(problems.join('；'));
      return db.transaction(
        'rw',
        [db.visitRecords, db.operators, db.units, db.revisitEvents, db.counters, db.audit],
        async () => {
          const visitor = await db.operators.get(v.visitorId);
          if (!visitor || !visitor.active) throw new VisitRuleError('拜访人不存在或已停用');
          const unit = v.unitId ? await db.units.get(v.unitId) : undefined;
          const event = v.eventId ? await db.revisitEvents.get(v.eventId) : undefined;
          const household = v.kind === 'meeting' || v.kind === 'event' ? '' : v.household;
          const no = await nextDocNo(db, 'visit', nowIso());
          const record = {
            no,
            kind: v.kind,
            date: v.date,
            month: v.date.slice(0, 7),
            visitorId: visitor.id,
            visitorName: visitor.name,
            ...(unit ? { unitId: unit.id, unitCode: unit.code, area: unit.building } : {}),
            ...(!unit && v.unitCode && v.kind !== 'meeting' ? { unitCode: v.unitCode } : {}),
            ...(household ? { household } : {}),
            ...(v.moveInId && v.kind === 'moveIn' ? { moveInId: v.moveInId } : {}),
            ...(event ? { eventId: event.id, eventTitle: event.title } : {}),
            ...(v.kind === 'meeting' ? { place: v.place, attendees: v.attendees } : {}),
            notes: v.notes,
            issues: v.issues.filter((t) => t !== '').map((text) => ({ key: newId(), text })),
            recordedByName: actor.name,
            printCount: 0,
          };
          return insertAudited(
            db,
            db.visitRecords,
            { ...record, terms: termsOf(record) },
            actor,
            no,
          );
        },
      );
    },

    /**
     * 转咨询: the issue becomes an open enquiry naming the visit, and the visit names it; the
     * enquiry register turns it on into a complaint or work order. Returns the enquiry (an
     * issue already recorded returns its enquiry unchanged).
     */
    async raiseIssue(actor: Actor, id: string, key: string): Promise<EnquiryRecord> {
      requireRole(actor, 'clerk');
      return db.transaction(
        'rw',
        [db.visitRecords, db.enquiries, db.counters, db.audit],
        async () => {
          const v = await mustGet(id);
          const issue = v.issues.find((i) => i.key === key);
          if (!issue) throw new VisitRuleError('没有这条问题');
          if (issue.enquiryId) {
            const made = await db.enquiries.get(issue.enquiryId);
            if (made) return made;
          }
          const e = await raiseIssue(
            deps.enquiries,
            actor,
            { kind: 'visit', id: v.id, no: v.no },
            {
              text: issue.text,
              callerName: v.household || v.unitCode || VISIT_KIND_LABELS[v.kind],
              ...(v.unitId ? { unitId: v.unitId } : {}),
              ...(v.unitCode ? { unitCode: v.unitCode } : {}),
              topic: VISIT_KIND_LABELS[v.kind],
            },
          );
          const issues = v.issues.map((i) =>
            i.key === key ? { ...i, enquiryId: e.id, enquiryNo: e.no } : i,
          );
          await updateAudited(db, db.visitRecords, id, { issues }, actor);
          return e;
        },
      );
    },

    /** Counts a print of the 拜访记录 / 座谈会纪要 and audits it. */
    async markPrinted(actor: Actor, id: string): Promise<void> {
      await db.transaction('rw', [db.visitRecords, db.audit], async () => {
        const v = await mustGet(id);
        await updateAudited(
          db,
          db.visitRecords,
          id,
          { printCount: v.printCount + 1 },
          actor,
          'print',
        );
      });
    },
  };
}

export type VisitRepository = ReturnType<typeof createVisitRepository>;
