/**
 * The visit plans the today board has built, kept for the office day (issue 17). The plan of a
 * year reads every unit of the archive and the year's visit records (3,000 units and a year of
 * quarterly area visits are ~13,000 rows), and the board asks for it on every refresh.
 *
 * Policy: a plan is kept until a commit (from this window or another, reported by Dexie's
 * `storagemutated`) touches a table it is made from — units, move-ins, revisit events, visit
 * records, settings — and at most for the office day it was built on. A computation during which
 * such a commit happened is not kept. A hit still counts the tables, so a live query built on it
 * (the board) runs again on their next change.
 */
import Dexie from 'dexie';
import { officeDateOf } from '@shared/domain/officeTime';
import type { PlanItem } from '@shared/domain/visitPlan';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';

const PLAN_TABLES = new Set(['units', 'moveIns', 'revisitEvents', 'visitRecords', 'settings']);

export function createVisitPlanCache(db: TaizhangDB) {
  let commits = 0;
  const plans = new Map<string, PlanItem[]>();
  const prefix = `idb://${db.name}/`;
  Dexie.on('storagemutated', (parts) => {
    const touched = Object.keys(parts).some(
      (key) => key.startsWith(prefix) && PLAN_TABLES.has(key.slice(prefix.length).split('/')[0]!),
    );
    if (!touched) return;
    commits += 1;
    plans.clear();
  });

  // Observed reads: a live query answered from the cache still re-runs when these tables change.
  const observe = () =>
    Promise.all([
      db.units.count(),
      db.moveIns.count(),
      db.revisitEvents.count(),
      db.visitRecords.count(),
      db.settings.count(),
    ]);

  return {
    /** The plan of `year`, built by `build` unless kept from earlier today. */
    async get(year: number, build: () => Promise<PlanItem[]>): Promise<PlanItem[]> {
      const key = `${officeDateOf(nowIso())}/${year}`;
      const kept = plans.get(key);
      if (kept) {
        await observe();
        return kept;
      }
      const since = commits;
      const built = await build();
      if (since === commits) {
        for (const k of plans.keys()) if (!k.startsWith(key.slice(0, 11))) plans.delete(k);
        plans.set(key, built);
      }
      return built;
    },
  };
}
