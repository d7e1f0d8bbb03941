import { UNIT_TYPES } from '@shared/domain/billing';
import { maskIdNumber, maskPhone } from '@shared/domain/identity';
import { joinListText } from '@shared/domain/listText';
import type { RosterField } from '@shared/domain/roster';
import { GENDERS, GRADES, ID_TYPES, PERSON_KINDS, UNIT_STATUSES } from '@shared/domain/units';
import { ELEVATOR_ANSWERS } from '@shared/domain/units';
import type { ArchivePerson, ArchiveUnit } from '../../../db/repositories/archiveRecords';
import { t } from '../../../i18n';
import { loadExcel } from '../../../components/loadExcel';
import { addRosterSheet, workbookBytes } from './rosterSheet';

export interface ArchiveExportInput {
  units: readonly ArchiveUnit[];
  people: readonly ArchivePerson[];
  /** Mask ID numbers and phones (the default; unmasked needs a supervisor). */
  masked: boolean;
}

function personCells(p: ArchivePerson, masked: boolean): Partial<Record<RosterField, string>> {
  const phones = masked ? p.phones.map(maskPhone) : p.phones;
  const id = p.idNumber && masked ? maskIdNumber(p.idNumber) : p.idNumber;
  return {
    name: p.name,
    kind: PERSON_KINDS[p.kind],
    gender: p.gender ? GENDERS[p.gender] : '',
    phone: joinListText(phones),
    idType: p.idType ? ID_TYPES[p.idType] : '',
    idNumber: id ?? '',
    moveInDate: p.moveInDate ?? '',
    plates: joinListText(p.plates),
    notes: p.notes ?? '',
    grade: GRADES[p.grade],
    contactPerson: p.contactPerson ?? '',
  };
}

/**
 * The archive as a workbook in the roster's own columns (so an unmasked export can be imported
 * on another desk), one row per person; a unit without people gets a row of its own.
 */
export async function buildArchiveWorkbook(
  input: ArchiveExportInput,
): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = t('common.appName');
  // The unit's status, floor, areas, type and lift are template columns (issue 18): a re-import keeps them.
  const sheet = addRosterSheet(workbook, t('archive.export.sheetName'));
  const byUnit = new Map<string, ArchivePerson[]>();
  for (const p of input.people) {
    const list = byUnit.get(p.unitId);
    if (list) list.push(p);
    else byUnit.set(p.unitId, [p]);
  }
  for (const unit of input.units) {
    const unitCells = {
      building: unit.building,
      entrance: unit.entrance ?? '',
      room: unit.room,
      unitStatus: UNIT_STATUSES[unit.status],
      floor: unit.floor === undefined ? '' : String(unit.floor),
      builtArea: unit.builtArea === undefined ? '' : String(unit.builtArea),
      innerArea: unit.innerArea === undefined ? '' : String(unit.innerArea),
      unitType: unit.unitType ? UNIT_TYPES[unit.unitType] : '',
      hasElevator:
        unit.hasElevator === undefined ? '' : ELEVATOR_ANSWERS[unit.hasElevator ? 'yes' : 'no'],
    };
    const people = byUnit.get(unit.id) ?? [];
    if (people.length === 0) sheet.addRow(unitCells);
    for (const p of people) sheet.addRow({ ...unitCells, ...personCells(p, input.masked) });
  }
  return workbookBytes(workbook);
}

/** `业户档案-20260501.xlsx` (`-完整` when unmasked). */
export function archiveExportName(masked: boolean, today: string): string {
  return `${t('archive.export.fileName')}${masked ? '' : t('archive.export.fullSuffix')}-${today.replace(/-/g, '')}.xlsx`;
}
