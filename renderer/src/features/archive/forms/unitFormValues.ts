import type { UnitType } from '@shared/domain/billing';
import type { ElevatorAnswer, UnitStatus } from '@shared/domain/units';
import type { ArchiveUnit } from '../../../db/repositories/archiveRecords';
import type { UnitFormInput } from '../../../db/repositories/unitRepository';

/** The unit form as the clerk types it: every box is text. */
export interface UnitFormValues {
  building: string;
  entrance: string;
  room: string;
  floor: string;
  status: UnitStatus;
  builtArea: string;
  innerArea: string;
  unitType: UnitType | '';
  /** 是否有电梯: blank when nobody said. */
  hasElevator: ElevatorAnswer | '';
  notes: string;
}

export function unitFormValues(unit?: ArchiveUnit, building = ''): UnitFormValues {
  return {
    building: unit?.building ?? building,
    entrance: unit?.entrance ?? '',
    room: unit?.room ?? '',
    floor: unit?.floor === undefined ? '' : String(unit.floor),
    status: unit?.status ?? 'occupied',
    builtArea: unit?.builtArea === undefined ? '' : String(unit.builtArea),
    innerArea: unit?.innerArea === undefined ? '' : String(unit.innerArea),
    unitType: unit?.unitType ?? '',
    hasElevator: unit?.hasElevator === undefined ? '' : unit.hasElevator ? 'yes' : 'no',
    notes: unit?.notes ?? '',
  };
}

/** What the domain schema checks: a blank floor is left out, text that is no number fails as one. */
export function unitFormInput(v: UnitFormValues): UnitFormInput {
  const floor = v.floor.trim();
  const area = (text: string | undefined) => {
    const s = (text ?? '').trim();
    return s === '' ? undefined : Number(s);
  };
  return {
    ...v,
    floor: floor === '' ? undefined : Number(floor),
    builtArea: area(v.builtArea),
    innerArea: area(v.innerArea),
    unitType: v.unitType || undefined,
    hasElevator: v.hasElevator === '' ? undefined : v.hasElevator === 'yes',
  };
}
