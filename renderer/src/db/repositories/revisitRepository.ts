import type { z } from 'zod';
import { officeDateOf } from '@shared/domain/officeTime';
import { requireRole, type Actor } from '@shared/domain/record';
import {
  drawEventSample,
  kindRevisitDone,
  kindRevisitDue,
  type RevisitKind,
} from '@shared/domain/revisitKinds';
import {
  kindRevisitSchema,
  revisitEventSchema,
  revisitReviewSchema,
  type KindRevisitInput,
  type RevisitEventInput,
  type RevisitReviewInput,
} from '@shared/domain/revisitSchemas';
import { inPeriod, REVIEW_ROLES, type RevisitReviewKind } from '@shared/domain/revisitSupervision';
import { previousMonth } from '@shared/domain/complaintMonthly';
import { unreviewedPeriods } from '@shared/domain/todayFacts';
import { insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { RevisitEventRecord, RevisitReviewRecord } from '../records';
import type { SignInResult } from './operatorSignIn';
import { optional } from './receiptInputs';
import type { SettingsRepository } from './settingsRepository';

export class RevisitRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RevisitRuleError';
  }
}

function parse<O>(schema: z.ZodType<O, unknown>, input: unknown): O {
  const r = schema.safeParse(input);
  if (!r.success) throw new RevisitRuleError(r.error.issues.map((i) => i.message).join('；'));
  return r.data;
}

/** One revisit of any register, as the supervisors' review counts it. */
interface RevisitMark {
  date: string;
  dissatisfied: boolean;
}

/**
 * Revisits of community events and emergency aid, and the supervisors' reviews of every
 * revisit record (回访记录表): the weekly review (客服主管) and the monthly spot-check (项目经理),
 * each signed by the signed-in reviewer confirming her PIN (counted towards her lockout).
 */
export function createRevisitRepository(
  db: TaizhangDB,
  settings: SettingsRepository,
  confirmPin: (id: string, pin: string) => Promise<SignInResult>,
) {
  const mustGet = (id: string) => mustLive(db.revisitEvents, id);

  /** Every revisit made in `months` (office dates), from complaints, repairs and events. */
  async function revisitsIn(months: readonly string[]): Promise<RevisitMark[]> {
    // A case is revisited within weeks of its month; two months back covers the period.
    const back = [
      ...new Set(months.flatMap((m) => [previousMonth(previousMonth(m)), previousMonth(m), m])),
    ];
    const [cases, orders, events] = await Promise.all([
      db.cases.where('month').anyOf(back).toArray(),
      db.workOrders.where('completedMonth').anyOf(back).toArray(),
      db.revisitEvents.toArray(),
    ]);
    return [
      ...cases.flatMap((c) =>
        c.revisits.map((r) => ({
          date: officeDateOf(r.at),
          dissatisfied: r.satisfaction === 'unsatisfied',
        })),
      ),
      ...orders.flatMap((o) =>
        o.revisitAt
          ? [{ date: officeDateOf(o.revisitAt), dissatisfied: o.revisitResult === 'unsatisfied' }]
          : [],
      ),
      ...events.flatMap((e) =>
        e.revisits.map((r) => ({
          date: officeDateOf(r.at),
          dissatisfied: r.satisfaction === 'unsatisfied',
        })),
      ),
    ];
  }

  const monthsOf = (kind: RevisitReviewKind, period: string) =>
    kind === 'monthly'
      ? [period]
      : [...new Set([period.slice(0, 7), officeDateOf(`${period}T00:00:00+08:00`).slice(0, 7)])];

  /** Revisit records of a week or month, and of those 不满意. */
  async function periodCounts(kind: RevisitReviewKind, period: string) {
    const marks = (await revisitsIn(monthsOf(kind, period))).filter((m) =>
      inPeriod(kind, period, m.date),
    );
    return { checked: marks.length, dissatisfied: marks.filter((m) => m.dissatisfied).length };
  }

  return {
    periodCounts,

    /** A community event with its participants (30 % drawn for revisit) or an emergency aid. */
    async createEvent(actor: Actor, input: RevisitEventInput): Promise<RevisitEventRecord> {
      requireRole(actor, 'clerk');
      const v = parse(revisitEventSchema, input);
      const deadlines = await settings.get('deadlines');
      const participants = v.participants.map((p, i) => ({
        key: `p${i + 1}`,
        name: p.name,
        ...optional({ unitCode: p.unitCode, phone: p.phone }),
      }));
      const keys = participants.map((p) => p.key);
      const sample =
        v.kind === 'communityEvent' ? drawEventSample(`${v.heldAt} ${v.title}`, keys) : keys;
      return db.transaction('rw', [db.revisitEvents, db.audit], () =>
        insertAudited(
          db,
          db.revisitEvents,
          {
            ...optional({ place: v.place }),
            kind: v.kind,
            title: v.title,
            heldAt: v.heldAt,
            participants,
            sample,
            revisits: [],
            status: 'open',
            revisitDueAt: kindRevisitDue(v.kind, v.heldAt, deadlines),
            createdByName: actor.name,
          },
          actor,
          v.title,
        ),
      );
    },

    /** The revisit of one sampled person; the record is done when all are revisited. */
    async recordRevisit(actor: Actor, id: string, input: KindRevisitInput) {
      requireRole(actor, 'clerk');
      const v = parse(kindRevisitSchema, input);
      return db.transaction('rw', [db.revisitEvents, db.audit], async () => {
        const e = await mustGet(id);
        if (!e.sample.includes(v.key)) throw new RevisitRuleError('此人不在回访名单中');
        if (e.revisits.some((r) => r.key === v.key)) throw new RevisitRuleError('此人已回访');
        const revisits = [...e.revisits, { ...v, at: nowIso(), byName: actor.name }];
        const done = kindRevisitDone(
          e.sample,
          revisits.map((r) => r.key),
        );
        return updateAudited(
          db,
          db.revisitEvents,
          id,
          { revisits, status: done ? 'done' : 'open' },
          actor,
        );
      });
    },

    getEvent: (id: string) => db.revisitEvents.get(id),

    /** Events and aids newest first, of one kind. */
    async listEvents(kind: RevisitKind): Promise<RevisitEventRecord[]> {
      const rows = await db.revisitEvents.where('kind').equals(kind).toArray();
      return rows.filter((r) => !r.deletedAt).sort((a, b) => b.heldAt.localeCompare(a.heldAt));
    },

    /**
     * Signs a weekly review (supervisor) or monthly spot-check (manager) of the revisit records:
     * the signed-in reviewer confirms with her own PIN; one review a period.
     */
    async sign(actor: Actor, input: RevisitReviewInput): Promise<RevisitReviewRecord> {
      const v = parse(revisitReviewSchema, input);
      requireRole(actor, REVIEW_ROLES[v.kind]);
      const confirmed = await confirmPin(actor.id, v.pin);
      if (!confirmed.ok) throw new RevisitRuleError(confirmed.error);
      if (confirmed.actor.id !== actor.id) throw new RevisitRuleError('请由检查人本人确认');
      const counts = await periodCounts(v.kind, v.period);
      return db.transaction('rw', [db.revisitReviews, db.audit], async () => {
        const same = await db.revisitReviews.where('period').equals(v.period).toArray();
        if (same.some((r) => r.kind === v.kind && !r.deletedAt))
          throw new RevisitRuleError('该期已检查签字');
        return insertAudited(
          db,
          db.revisitReviews,
          {
            kind: v.kind,
            period: v.period,
            reviewerId: actor.id,
            reviewerName: actor.name,
            signedAt: nowIso(),
            ...counts,
            findings: v.findings,
            followUps: v.followUps.map((text) => ({ text })),
          },
          actor,
          `${v.kind === 'weekly' ? '回访周检查' : '回访月抽查'} ${v.period}`,
        );
      });
    },

    /** A follow-up of a review done. */
    async closeFollowUp(actor: Actor, id: string, index: number) {
      requireRole(actor, 'clerk');
      return db.transaction('rw', [db.revisitReviews, db.audit], async () => {
        const r = await mustLive(db.revisitReviews, id);
        const f = r.followUps[index];
        if (!f) throw new RevisitRuleError('没有这项跟进');
        if (f.doneAt) throw new RevisitRuleError('该跟进已完成');
        const followUps = r.followUps.map((x, i) =>
          i === index ? { ...x, doneAt: nowIso(), doneByName: actor.name } : x,
        );
        return updateAudited(db, db.revisitReviews, id, { followUps }, actor);
      });
    },

    /** Reviews newest first. */
    async listReviews(): Promise<RevisitReviewRecord[]> {
      const rows = await db.revisitReviews.orderBy('signedAt').reverse().toArray();
      return rows.filter((r) => !r.deletedAt);
    },

    /** The weeks and months still waiting for their review on office date `today`. */
    async unreviewed(today: string, since: string | undefined) {
      const from = since ? officeDateOf(since) : today;
      return unreviewedPeriods(await db.revisitReviews.toArray(), today, from);
    },
  };
}

export type RevisitRepository = ReturnType<typeof createRevisitRepository>;
