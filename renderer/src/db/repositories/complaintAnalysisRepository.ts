import { monthlyAnalysisSchema, type MonthlyAnalysisInput } from '@shared/domain/complaintAnalysis';
import { CaseRuleError } from '@shared/domain/complaints';
import { requireRole, type Actor } from '@shared/domain/record';
import { insertAudited, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import type { MonthlyAnalysisRecord } from '../records';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * 原因分析 and 纠正/预防措施 of a month's complaint summary: one record per month, written by a
 * supervisor (or manager; the audited write re-checks the signed-in operator's role), audited.
 */
export function createComplaintAnalysisRepository(db: TaizhangDB) {
  return {
    /** The month's analysis, or undefined when none was written. */
    get: (month: string) => db.monthlyAnalyses.where('month').equals(month).first(),

    /** Writes (or rewrites) the month's entries. */
    async save(
      actor: Actor,
      month: string,
      input: MonthlyAnalysisInput,
    ): Promise<MonthlyAnalysisRecord> {
      requireRole(actor, 'supervisor');
      if (!MONTH.test(month)) throw new CaseRuleError(`月份无效：${month}`);
      const r = monthlyAnalysisSchema.safeParse(input);
      if (!r.success) throw new CaseRuleError(r.error.issues.map((i) => i.message).join('；'));
      const entries = r.data.entries;
      return db.transaction('rw', [db.monthlyAnalyses, db.audit], async () => {
        const existing = await db.monthlyAnalyses.where('month').equals(month).first();
        if (existing)
          return updateAudited(
            db,
            db.monthlyAnalyses,
            existing.id,
            { entries, byName: actor.name },
            actor,
          );
        return insertAudited(
          db,
          db.monthlyAnalyses,
          { month, entries, byName: actor.name },
          actor,
          `${month} 投诉原因分析`,
        );
      });
    },
  };
}

export type ComplaintAnalysisRepository = ReturnType<typeof createComplaintAnalysisRepository>;
