import { requireRole, type Actor } from '@shared/domain/record';
import { nextState } from '@shared/domain/renovationFlow';
import {
  CHECKLIST_LABELS,
  missingDocuments,
  renovationApplicationSchemaOn,
  reviewerDocumentsOpen,
  type ChecklistItem,
  type RenovationApplication,
  type RenovationApplicationInput,
  type ReviewPoint,
} from '@shared/domain/renovationApplication';
import { officeDateOf } from '@shared/domain/officeTime';
import type { ReviewOutcome } from '@shared/domain/renovationFlow';
import { insertAudited, updateAudited, writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { nextDocNo } from './numbering';
import { RenovationRuleError, jobFor, mustGetJob, renovationTerms } from './renovationJobs';
import type { RenovationPatrolRecord, RenovationRecord } from './renovationRecords';
import { createRenovationExtras } from './renovationExtras';
import { createRenovationWorks } from './renovationWorks';
import { createRenovationMoney, type RenovationMoneyDeps } from './renovationMoney';

export type RenovationInput = RenovationApplicationInput;

export interface ReviewInput {
  outcome: ReviewOutcome;
  comments: Record<ReviewPoint, string>;
  remark: string;
  /** Documents the reviewer marks not applicable, with the reason (消防审批 for a home). */
  waived?: Partial<Record<ChecklistItem, string>>;
}

function parseApplication(input: RenovationInput): RenovationApplication {
  const parsed = renovationApplicationSchemaOn(officeDateOf(nowIso())).safeParse(input);
  if (!parsed.success)
    throw new RenovationRuleError(parsed.error.issues.map((i) => i.message).join('；'));
  return parsed.data;
}

/** The submit step: complete applications go to review with the clock started now. */
function submission(app: RenovationApplication, job?: RenovationRecord) {
  const complete = missingDocuments(app, app.checklist).length === 0;
  if (!complete) return { state: 'applying' as const };
  if (job?.submittedAt) return { state: job.state, submittedAt: job.submittedAt };
  return { state: nextState('applying', 'submit'), submittedAt: nowIso() };
}

/**
 * The renovation register (二次装修): application, review, fees, permit and passes, patrols,
 * acceptance and refund. Every write is one transaction with its audit entry; the rules
 * (states, roles, fees, deductions) come from `shared/domain/renovation*`.
 */
export function createRenovationRepository(db: TaizhangDB, deps: RenovationMoneyDeps) {
  return {
    /** Live jobs, newest application first. */
    async list(): Promise<RenovationRecord[]> {
      const rows = await db.renovations.orderBy('appliedAt').reverse().toArray();
      return rows.filter((r) => !r.deletedAt);
    },

    get: (id: string) => mustGetJob(db, id),

    /** A unit's jobs, newest first (per-unit history). */
    async byUnit(unitId: string): Promise<RenovationRecord[]> {
      const rows = await db.renovations.where('unitId').equals(unitId).toArray();
      return rows
        .filter((r) => !r.deletedAt)
        .sort((a, b) => b.appliedAt.localeCompare(a.appliedAt));
    },

    /** The job carrying a permit or pass number (a guard scans the QR code). */
    async findByDocNo(no: string): Promise<RenovationRecord | undefined> {
      const key = no.trim().toUpperCase();
      return (
        (await db.renovations.where('permitNo').equals(key).first()) ??
        (await db.renovations.where('passNos').equals(key).first())
      );
    },

    async patrols(jobId: string): Promise<RenovationPatrolRecord[]> {
      const rows = await db.renovationPatrols.where('jobId').equals(jobId).toArray();
      return rows.filter((r) => !r.deletedAt).sort((a, b) => a.at.localeCompare(b.at));
    },

    /** Registers an application (ZX number); a complete one goes straight to review. */
    async create(actor: Actor, input: RenovationInput): Promise<RenovationRecord> {
      const app = parseApplication(input);
      return db.transaction('rw', [db.renovations, db.counters, db.audit], async () => {
        const appliedAt = nowIso();
        const no = await nextDocNo(db, 'renovation', appliedAt);
        return insertAudited(
          db,
          db.renovations,
          {
            ...app,
            ...submission(app),
            no,
            appliedAt,
            receipts: [],
            depositsCollectedFen: 0,
            permitValidUntil: app.plannedEnd,
            permitsLost: 0,
            passes: [],
            passNos: [],
            acceptances: [],
            refunds: [],
            depositsSettledFen: 0,
            terms: renovationTerms(no, app),
          },
          actor,
          `装修申请 ${no} ${app.unitCode}`,
        );
      });
    },

    /** Corrects an application before approval; completing the checklist submits it. */
    async update(actor: Actor, id: string, input: RenovationInput): Promise<RenovationRecord> {
      const app = parseApplication(input);
      return db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await jobFor(db, id, 'edit', actor);
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            ...app,
            ...submission(app, job),
            permitValidUntil: app.plannedEnd,
            terms: renovationTerms(job.no, app),
          },
          actor,
        );
      });
    },

    /** The supervisor's review: four points, outcome, conditions or reasons. */
    async review(actor: Actor, id: string, input: ReviewInput): Promise<RenovationRecord> {
      requireRole(actor, 'supervisor');
      const remark = input.remark.trim();
      if (input.outcome !== 'approved' && remark === '')
        throw new RenovationRuleError(
          input.outcome === 'rejected' ? '请填写驳回理由' : '请填写审批条件',
        );
      const waived = Object.fromEntries(
        Object.entries(input.waived ?? {})
          .map(([k, v]) => [k, (v ?? '').trim()] as const)
          .filter(([, v]) => v !== ''),
      ) as Partial<Record<ChecklistItem, string>>;
      return db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await jobFor(db, id, 'review', actor);
        const open = reviewerDocumentsOpen(job, job.checklist, waived);
        if (input.outcome !== 'rejected' && open.length > 0)
          throw new RenovationRuleError(
            `${open.map((i) => CHECKLIST_LABELS[i]).join('、')}未提供：请核实已提供，或注明不适用的理由`,
          );
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            state: nextState('pendingReview', 'review', { outcome: input.outcome }),
            review: {
              at: nowIso(),
              byId: actor.id,
              byName: actor.name,
              outcome: input.outcome,
              comments: input.comments,
              remark,
              ...(Object.keys(waived).length > 0 ? { waived } : {}),
            },
          },
          actor,
        );
      });
    },

    /** Withdraws (撤回) an application not yet approved: the desk, with a reason; final. */
    async withdraw(actor: Actor, id: string, reason: string): Promise<RenovationRecord> {
      const why = reason.trim();
      if (why.length < 2) throw new RenovationRuleError('请填写撤回原因（至少 2 个字）');
      return db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await jobFor(db, id, 'withdraw', actor);
        return updateAudited(
          db,
          db.renovations,
          id,
          {
            state: nextState(job.state, 'withdraw'),
            withdrawal: { at: nowIso(), byId: actor.id, byName: actor.name, reason: why },
          },
          actor,
        );
      });
    },

    /** Records a print of one of the job's documents (permit, passes, notices) in the audit. */
    async markPrinted(actor: Actor, id: string, what: string): Promise<void> {
      await db.transaction('rw', [db.renovations, db.audit], async () => {
        const job = await mustGetJob(db, id);
        await writeAudit(db, actor, {
          action: 'print',
          table: 'renovations',
          recordId: id,
          summary: `${job.no} ${what}`,
        });
      });
    },

    ...createRenovationWorks(db, deps),
    ...createRenovationMoney(db, deps),
    ...createRenovationExtras(db, deps),
  };
}

export type RenovationRepository = ReturnType<typeof createRenovationRepository>;
