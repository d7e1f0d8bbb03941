import type { Actor } from '@shared/domain/record';
import { formatUnitCode, personInputSchema, unitInputSchema } from '@shared/domain/units';
import estate from '../../../../resources/demo/estate.json';
import type { Repositories } from '../../db/repositories';
import { parseInput } from '../../db/repositories/archiveErrors';
import type { DemoRemoval } from '../../db/repositories/demoArchiveRepository';
import type {
  ArchiveBatchResult,
  ArchiveBatchRow,
} from '../../db/repositories/rosterImportRepository';
import { t } from '../../i18n';

export interface LoadDemoOptions {
  /** Load even though the archive holds real data; demo units whose code is taken are left out. */
  force?: boolean;
}

/** Refused: the archive already holds the demo, or real data and no `force`. */
export class DemoRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoRefusedError';
  }
}

/** A demo unit's 建筑面积: three plans by the room's last digit (01 → 89.56 ㎡ …). */
function demoArea(room: string): number {
  const plans = [75.2, 89.56, 120.35];
  return plans[Number(room.slice(-1)) % plans.length] ?? 89.56;
}

/** The demo estate's rows, checked by the same schemas as a form or a roster. */
export function demoEstateRows(): ArchiveBatchRow[] {
  return estate.units.flatMap((raw) => {
    // The demo bills like a real estate (issue 18): each unit gets an area by its room number.
    const unit = parseInput(unitInputSchema, {
      builtArea: demoArea(raw.room),
      unitType: 'residential',
      ...raw,
    });
    if (raw.people.length === 0) return [{ unit }];
    return raw.people.map((p) => ({ unit, person: parseInput(personInputSchema, p) }));
  });
}

/**
 * "加载演示小区": a small estate (3 buildings, about 60 units and 120 people with valid ID
 * numbers and phones) for training and trying the app, every record tagged `demo: true`.
 */
export async function loadDemoEstate(
  repos: Repositories,
  actor: Actor,
  opts: LoadDemoOptions = {},
): Promise<ArchiveBatchResult> {
  const state = await repos.units.demoState();
  if (state.demoUnits > 0) throw new DemoRefusedError(t('archive.demo.alreadyLoaded'));
  if (state.hasRealData && !opts.force) throw new DemoRefusedError(t('archive.demo.refusedReal'));
  let rows = demoEstateRows();
  if (state.hasRealData) {
    const { unitCodes } = await repos.units.existingForRoster();
    rows = rows.filter((r) => !unitCodes.has(formatUnitCode(r.unit)));
  }
  return repos.units.importBatch(rows, actor, {
    title: t('archive.demo.auditTitle'),
    tag: { demo: true },
  });
}

/** Removes every demo record again (one transaction, one audit entry). */
export function removeDemoEstate(repos: Repositories, actor: Actor): Promise<DemoRemoval> {
  return repos.units.removeDemo(actor);
}
