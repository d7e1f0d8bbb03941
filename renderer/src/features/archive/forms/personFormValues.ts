import { joinListText, splitListText } from '@shared/domain/listText';
import { parseDateText } from '@shared/domain/rosterCells';
import type { CustomerGrade, Gender, IdType, PersonKind } from '@shared/domain/units';
import type { ArchivePerson } from '../../../db/repositories/archiveRecords';
import type { PersonFormInput } from '../../../db/repositories/personRepository';

/** The person form as the clerk types it: several phones or plates go in one box. */
export interface PersonFormValues {
  kind: PersonKind;
  name: string;
  gender: Gender | '';
  contactPerson: string;
  phones: string;
  idType: IdType | '';
  idNumber: string;
  moveInDate: string;
  plates: string;
  notes: string;
  grade: CustomerGrade;
}

export function personFormValues(p?: ArchivePerson): PersonFormValues {
  return {
    kind: p?.kind ?? 'owner',
    name: p?.name ?? '',
    gender: p?.gender ?? '',
    contactPerson: p?.contactPerson ?? '',
    phones: joinListText(p?.phones ?? []),
    idType: p?.idType ?? '',
    idNumber: p?.idNumber ?? '',
    moveInDate: p?.moveInDate ?? '',
    plates: joinListText(p?.plates ?? []),
    notes: p?.notes ?? '',
    grade: p?.grade ?? 'normal',
  };
}

/** What the domain schema checks; `2024/5/1` is read as a date the way a roster cell is. */
export function personFormInput(v: PersonFormValues): PersonFormInput {
  const date = v.moveInDate.trim();
  return {
    ...v,
    phones: splitListText(v.phones),
    plates: splitListText(v.plates),
    idType: v.idType === '' ? undefined : v.idType,
    gender: v.gender === '' ? undefined : v.gender,
    moveInDate: date === '' ? undefined : (parseDateText(date) ?? date),
  };
}
