import type { Actor } from '@shared/domain/record';
import { writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { isLive, type ArchivePerson, type ArchiveUnit } from './archiveRecords';

export interface DemoArchiveState {
  /** Units or people not tagged as demo: an estate's own archive. */
  hasRealData: boolean;
  demoUnits: number;
  demoPeople: number;
}

export interface DemoRemoval {
  units: number;
  people: number;
  /** Demo units kept because real people were since added to them. */
  keptUnits: number;
}

// Demo data is small (about 60 units): these reads scan, but only on the settings action.
export async function readDemoArchiveState(db: TaizhangDB): Promise<DemoArchiveState> {
  const isDemo = (r: { demo?: boolean }) => r.demo === true;
  const [units, people] = await Promise.all([
    db.units.toArray() as Promise<ArchiveUnit[]>,
    db.people.toArray() as Promise<ArchivePerson[]>,
  ]);
  return {
    hasRealData: units.some((u) => !isDemo(u)) || people.some((p) => isLive(p) && !isDemo(p)),
    demoUnits: units.filter(isDemo).length,
    demoPeople: people.filter(isDemo).length,
  };
}

/**
 * Deletes the demo estate for good, in one transaction with one audit entry. Demo rows are not
 * soft-deleted: they were never the estate's data, and a kept row would hold its unit code
 * against the real roster imported next. A demo unit that real people were added to stays.
 */
export async function removeDemoArchive(db: TaizhangDB, actor: Actor): Promise<DemoRemoval> {
  return db.transaction('rw', [db.units, db.people, db.audit], async () => {
    const people = (await db.people.toArray()) as ArchivePerson[];
    const units = (await db.units.toArray()) as ArchiveUnit[];
    const demoPeople = people.filter((p) => p.demo === true);
    const realUnitIds = new Set(
      people.filter((p) => p.demo !== true && isLive(p)).map((p) => p.unitId),
    );
    const demoUnits = units.filter((u) => u.demo === true);
    const removable = demoUnits.filter((u) => !realUnitIds.has(u.id));
    await db.people.bulkDelete(demoPeople.map((p) => p.id));
    await db.units.bulkDelete(removable.map((u) => u.id));
    const result = {
      units: removable.length,
      people: demoPeople.length,
      keptUnits: demoUnits.length - removable.length,
    };
    await writeAudit(db, actor, {
      action: 'delete',
      table: 'units',
      recordId: 'demo-estate',
      summary: `移除演示小区：房号 ${result.units} 户，住户 ${result.people} 人`,
      changes: { units: [demoUnits.length, result.keptUnits], people: [demoPeople.length, 0] },
    });
    return result;
  });
}
