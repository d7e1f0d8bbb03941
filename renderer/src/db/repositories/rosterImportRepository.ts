import type { Actor, BaseRecord } from '@shared/domain/record';
import { personDedupKeys, type ExistingArchive } from '@shared/domain/roster';
import { formatUnitCode, type PersonInput, type UnitInput } from '@shared/domain/units';
import { writeImportAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { newId, nowIso } from '../ids';
import {
  isLive,
  personFields,
  unitFields,
  type ArchivePerson,
  type ArchiveUnit,
  type DemoTag,
} from './archiveRecords';

/** One row of a batch: a unit (created unless its code exists) and, usually, a person in it. */
export interface ArchiveBatchRow {
  unit: UnitInput;
  person?: PersonInput | undefined;
}

export interface ArchiveBatchOptions {
  /** The audit summary's opening words, e.g. `导入业户名册 名册.xlsx`. */
  title: string;
  /** Rows the clerk chose to leave out because they had errors; reported in the summary. */
  skippedRows?: number;
  tag?: DemoTag;
}

export interface ArchiveBatchResult {
  unitsCreated: number;
  unitsReused: number;
  peopleCreated: number;
  /** People already in the archive (or twice in the batch), left out: never written twice. */
  peopleExisting: number;
  summary: string;
}

/** Codes and duplicate keys of the stored archive, for `validateRoster`. */
export async function loadExistingArchive(db: TaizhangDB): Promise<ExistingArchive> {
  const [units, people] = await Promise.all([db.units.toArray(), db.people.toArray()]);
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const personKeys = new Set<string>();
  for (const p of people) {
    const code = codeOf.get(p.unitId);
    if (isLive(p) && code) for (const key of personDedupKeys(code, p)) personKeys.add(key);
  }
  return { unitCodes: new Set(units.map((u) => u.code)), personKeys };
}

function stamp(actor: Actor, at: string): BaseRecord {
  return { id: newId(), createdAt: at, updatedAt: at, createdBy: actor.id, updatedBy: actor.id };
}

/**
 * Writes a whole roster (or the demo estate) in ONE transaction with ONE `import` audit entry
 * that counts what was added: a per-row `create` entry for 20,000 rows would bury the log, and
 * each record still carries who created it and when. Any failure (a code taken meanwhile, a
 * constraint) aborts the lot, so an import is all or nothing.
 */
export async function commitArchiveBatch(
  db: TaizhangDB,
  rows: readonly ArchiveBatchRow[],
  actor: Actor,
  opts: ArchiveBatchOptions,
): Promise<ArchiveBatchResult> {
  return db.transaction('rw', [db.units, db.people, db.audit], async () => {
    const at = nowIso();
    const tag = opts.tag ?? {};
    const codes = [...new Set(rows.map((r) => formatUnitCode(r.unit)))];
    const stored = await db.units.where('code').anyOf(codes).toArray();
    const unitIdByCode = new Map(stored.map((u) => [u.code, u.id]));
    // Duplicates are checked again here, inside the write: the check the clerk saw ran before
    // it, so a second commit of the same file (or another desk's import) would add them twice.
    const codeOfUnit = new Map(stored.map((u) => [u.id, u.code]));
    const taken = new Set<string>();
    const storedPeople = await db.people
      .where('unitId')
      .anyOf([...codeOfUnit.keys()])
      .toArray();
    for (const p of storedPeople) {
      const code = codeOfUnit.get(p.unitId);
      if (isLive(p) && code) for (const key of personDedupKeys(code, p)) taken.add(key);
    }
    let peopleExisting = 0;
    const newUnits: ArchiveUnit[] = [];
    const newPeople: ArchivePerson[] = [];
    for (const { unit, person } of rows) {
      const code = formatUnitCode(unit);
      let unitId = unitIdByCode.get(code);
      if (!unitId) {
        const record: ArchiveUnit = { ...unitFields(unit), ...tag, ...stamp(actor, at) };
        newUnits.push(record);
        unitId = record.id;
        unitIdByCode.set(code, unitId);
      }
      if (!person) continue;
      const keys = personDedupKeys(code, person);
      if (keys.some((key) => taken.has(key))) {
        peopleExisting += 1;
        continue;
      }
      for (const key of keys) taken.add(key);
      newPeople.push({ ...personFields(person), unitId, ...tag, ...stamp(actor, at) });
    }
    await db.units.bulkAdd(newUnits);
    await db.people.bulkAdd(newPeople);
    const unitsReused = codes.length - newUnits.length;
    const parts = [
      `新增房号 ${newUnits.length} 户`,
      `沿用已有房号 ${unitsReused} 户`,
      `新增住户 ${newPeople.length} 人`,
    ];
    if (peopleExisting) parts.push(`已在档案中的住户 ${peopleExisting} 人未重复导入`);
    if (opts.skippedRows) parts.push(`跳过有误的行 ${opts.skippedRows} 行`);
    const summary = `${opts.title}：${parts.join('，')}`;
    await writeImportAudit(db, actor, 'people', summary, {
      units: newUnits.length,
      people: newPeople.length,
    });
    return {
      unitsCreated: newUnits.length,
      unitsReused,
      peopleCreated: newPeople.length,
      peopleExisting,
      summary,
    };
  });
}
