import { maskIdNumber, maskPhone } from '@shared/domain/identity';
import { joinListText } from '@shared/domain/listText';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';

/** Phones as lists show them: masked (`138****5678`). */
export function maskedPhones(p: Pick<ArchivePerson, 'phones'>): string {
  return joinListText(p.phones.map(maskPhone));
}

/** The ID number as lists show it: masked (`110***********1234`). */
export function maskedId(p: Pick<ArchivePerson, 'idNumber'>): string {
  return p.idNumber ? maskIdNumber(p.idNumber) : '';
}
