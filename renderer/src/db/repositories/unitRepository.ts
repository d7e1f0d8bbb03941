import type { z } from 'zod';
import type { Actor } from '@shared/domain/record';
import {
  HOUSEHOLD_STATUSES,
  unitInputSchema,
  type UnitInput,
  type UnitStatus,
} from '@shared/domain/units';
import { insertAudited, updateAudited, type NewRecord } from '../audited';
import type { TaizhangDB } from '../database';
import type { UnitRecord } from '../records';
import { parseInput, UnitCodeTakenError } from './archiveErrors';
import { compareCodes, isLive, unitFields, type ArchiveUnit } from './archiveRecords';
import { readDemoArchiveState, removeDemoArchive } from './demoArchiveRepository';
import {
  commitArchiveBatch,
  loadExistingArchive,
  type ArchiveBatchOptions,
  type ArchiveBatchRow,
} from './rosterImportRepository';

/** What a unit form or roster row supplies, before the schema normalises it. */
export type UnitFormInput = z.input<typeof unitInputSchema>;

export interface BuildingSummary {
  building: string;
  units: number;
}

export interface UnitPage {
  rows: ArchiveUnit[];
  total: number;
}

/**
 * Adds a unit inside the caller's transaction (which must include `units` and `audit`).
 * The code is checked first so the clerk reads which code is taken, not a constraint error.
 */
async function insertUnit(db: TaizhangDB, unit: UnitInput, actor: Actor): Promise<ArchiveUnit> {
  const fields = unitFields(unit);
  if ((await db.units.where('code').equals(fields.code).count()) > 0) {
    throw new UnitCodeTakenError(fields.code);
  }
  return insertAudited(db, db.units, fields, actor);
}

/** Units (房号): the only access to the `units` table. */
export function createUnitRepository(db: TaizhangDB) {
  const liveUnit = async (id: string): Promise<ArchiveUnit | undefined> => {
    const unit = await db.units.get(id);
    return isLive(unit) ? unit : undefined;
  };

  return {
    async create(input: UnitFormInput, actor: Actor): Promise<ArchiveUnit> {
      const unit = parseInput(unitInputSchema, input);
      return db.transaction('rw', [db.units, db.audit], () => insertUnit(db, unit, actor));
    },

    /** Changes a unit; a changed code must still be free. */
    async update(id: string, input: UnitFormInput, actor: Actor): Promise<ArchiveUnit> {
      const unit = parseInput(unitInputSchema, input);
      const fields = unitFields(unit);
      return db.transaction('rw', [db.units, db.audit], async () => {
        const holder = await db.units.where('code').equals(fields.code).first();
        if (holder && holder.id !== id) throw new UnitCodeTakenError(fields.code);
        // Optional fields are named, so one the clerk cleared is cleared in the row too.
        const patch: Partial<NewRecord<UnitRecord>> = {
          entrance: undefined,
          floor: undefined,
          notes: undefined,
          builtArea: undefined,
          innerArea: undefined,
          unitType: undefined,
          ...fields,
        };
        return updateAudited(db, db.units, id, patch, actor);
      });
    },

    async setStatus(id: string, status: UnitStatus, actor: Actor): Promise<ArchiveUnit> {
      const valid = parseInput(unitInputSchema.shape.status, status);
      return db.transaction('rw', [db.units, db.audit], () =>
        updateAudited(db, db.units, id, { status: valid }, actor),
      );
    },

    get: liveUnit,

    /** 入住户数: the units handed over (HOUSEHOLD_STATUSES), read by their status index. */
    async householdCount(): Promise<number> {
      return db.units
        .where('status')
        .anyOf(HOUSEHOLD_STATUSES)
        .filter((u) => isLive(u))
        .count();
    },

    /** Units by id (search results' units), skipping ids that are gone. */
    async getMany(ids: readonly string[]): Promise<ArchiveUnit[]> {
      const rows = await db.units.bulkGet([...ids]);
      return rows.filter((u) => isLive(u));
    },

    async getByCode(code: string): Promise<ArchiveUnit | undefined> {
      const unit = await db.units.where('code').equals(code).first();
      return isLive(unit) ? unit : undefined;
    },

    /** Buildings with their unit counts, read from the `building` index. */
    async listBuildings(): Promise<BuildingSummary[]> {
      const buildings = (await db.units.orderBy('building').uniqueKeys()).map(String);
      const counts = await Promise.all(
        buildings.map((b) => db.units.where('building').equals(b).count()),
      );
      return buildings
        .map((building, i) => ({ building, units: counts[i] ?? 0 }))
        .sort((a, b) => compareCodes(a.building, b.building));
    },

    async listByBuilding(building: string): Promise<ArchiveUnit[]> {
      const rows = await db.units.where('building').equals(building).toArray();
      return rows.filter((u) => isLive(u)).sort((a, b) => compareCodes(a.code, b.code));
    },

    /** One page in code order (the `code` index: text order, so `10-…` comes before `2-…`). */
    async listPage(offset: number, limit: number): Promise<UnitPage> {
      const [rows, total] = await Promise.all([
        db.units.orderBy('code').offset(offset).limit(limit).toArray(),
        db.units.count(),
      ]);
      return { rows: rows.filter((u) => isLive(u)), total };
    },

    /** Every unit, in code order: for exports and the people list's unit column. */
    async listAll(): Promise<ArchiveUnit[]> {
      const rows = await db.units.toArray();
      return rows.filter((u) => isLive(u)).sort((a, b) => compareCodes(a.code, b.code));
    },

    count: (): Promise<number> => db.units.count(),

    /** Writes checked roster rows (new units as needed) in one transaction, one audit entry. */
    importBatch: (rows: readonly ArchiveBatchRow[], actor: Actor, opts: ArchiveBatchOptions) =>
      commitArchiveBatch(db, rows, actor, opts),

    /** What `validateRoster` needs to find rows already in the archive. */
    existingForRoster: () => loadExistingArchive(db),

    demoState: () => readDemoArchiveState(db),

    removeDemo: (actor: Actor) => removeDemoArchive(db, actor),
  };
}
