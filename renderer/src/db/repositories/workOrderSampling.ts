import { repairRevisitSamplingDate } from '@shared/domain/deadlines';
import { officeDateOf } from '@shared/domain/officeTime';
import { requireRole, type Actor } from '@shared/domain/record';
import { refuseIf } from '@shared/domain/repairs';
import { checkDrawSample, drawRevisitSample } from '@shared/domain/revisitSampling';
import { updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { WorkOrderRecord } from '../records';
import type { SettingsRepository } from './settingsRepository';

/** The month's revisit sample of routine work orders (004 §4.2), drawn by a supervisor. */
export function createWorkOrderSampling(db: TaizhangDB, settings: Pick<SettingsRepository, 'get'>) {
  const rw = <T>(fn: () => Promise<T>) => db.transaction('rw', [db.workOrders, db.audit], fn);
  return {
    /**
     * Draws `month`'s revisit sample (supervisor) among its completed routine orders and marks
     * the picked ones due. The same month gives the same sample (revisitSampling.ts).
     */
    async drawSample(
      actor: Actor,
      month: string,
      today = officeDateOf(nowIso()),
    ): Promise<{ completed: number; picked: WorkOrderRecord[] }> {
      requireRole(actor, 'supervisor');
      const deadlines = await settings.get('deadlines');
      refuseIf(checkDrawSample(repairRevisitSamplingDate(month, deadlines), today));
      return rw(async () => {
        const ofMonth = await db.workOrders.where('completedMonth').equals(month).toArray();
        const routine = ofMonth.filter((o) => !o.deletedAt && o.urgency === 'routine');
        const ids = new Set(
          drawRevisitSample(
            month,
            routine.map((o) => o.id),
          ),
        );
        const picked: WorkOrderRecord[] = [];
        for (const o of routine) {
          if (!ids.has(o.id) || o.revisitStatus !== 'none') continue;
          picked.push(
            await updateAudited(
              db,
              db.workOrders,
              o.id,
              { revisitStatus: 'due', revisitReason: 'sample' },
              actor,
            ),
          );
        }
        return { completed: routine.length, picked };
      });
    },
  };
}
