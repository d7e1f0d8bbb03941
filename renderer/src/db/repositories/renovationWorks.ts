import { requireRole, type Actor } from '@shared/domain/record';
import { nextState } from '@shared/domain/renovationFlow';
import type { UnitStatus } from '@shared/domain/units';
import { insertAudited, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { nextDocNo } from './numbering';
import { RenovationRuleError, jobFor } from './renovationJobs';
import type { RenovationPatrolRecord, RenovationRecord } from './renovationRecords';
import type { createUnitRepository } from './unitRepository';

type UnitRepository = ReturnType<typeof createUnitRepository>;

export interface PatrolInput {
  at: string;
  inspector: string;
  findings: string;
  violation: boolean;
  rectification: string;
  penaltyFen: number;
  payer: 'contractor' | 'owner';
}

/** The works: permit and passes issued, passes returned or lost, patrols, acceptance. */
export function createRenovationWorks(db: TaizhangDB, units: UnitRepository) {
  const passUpdate = async (
    actor: Actor,
    id: string,
    passNo: string,
    status: 'returned' | 'lost',
  ): Promise<RenovationRecord> =>
    db.transaction('rw', [db.renovations, db.audit], async () => {
      const job = await jobFor(db, id, 'managePasses', actor);
      const pass = job.passes.find((p) => p.no === passNo);
      if (!pass) throw new RenovationRuleError(`没有出入证 ${passNo}`);
      if (pass.status !== 'active')
        throw new RenovationRuleError(`出入证 ${passNo} 已办理过退还或挂失`);
      const passes = job.passes.map((p) =>
        p.no === passNo ? { ...p, status, settledAt: nowIso() } : p,
      );
      return updateAudited(db, db.renovations, id, { passes }, actor);
    });

  return {
    /**
     * Works start once the fees are paid: the permit (XK) and one pass (CR) per worker are
     * numbered, and the unit shows 装修中.
     */
    async startWork(actor: Actor, id: string): Promise<RenovationRecord> {
      return db.transaction('rw', [db.renovations, db.counters, db.units, db.audit], async () => {
        const job = await jobFor(db, id, 'startWork', actor);
        if (
          !job.receipts.some((r) => r.payer === 'contractor') ||
          !job.receipts.some((r) => r.payer === 'owner')
        )
          throw new RenovationRuleError('装修费用尚未收齐，不能发证开工');
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
      });
    },

    returnPass: (actor: Actor, id: string, passNo: string) =>
      passUpdate(actor, id, passNo, 'returned'),
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
