/**
 * Search keys of the archive: each unit and person stores `terms`, a multiEntry index that the
 * global search box queries by prefix (`where('terms').startsWith(query)`).
 *
 * Keys, all lower-case and NFKC-folded:
 * - unit: its code (`3-1-1201`), building (`3`), room (`1201`), and building-room (`3-1201`)
 *   so a code typed without the entrance still finds it;
 * - person: name, contact person, each phone as digits (`13812345678`, landline
 *   `075512345678` and without area code `12345678`), the last 4 digits of each phone, the last
 *   4 and 6 characters of the ID number (never the whole number: a prefix of a full ID would
 *   be a region and birth date), each plate with and without its province (`粤bd12345`, `bd12345`).
 */
import { formatUnitCode, parseUnitCode, type UnitCodeParts } from './units';
import { normalizePlate } from './plates';

/** The person fields that produce search keys. */
export interface PersonTermsInput {
  name: string;
  contactPerson?: string | undefined;
  phones: readonly string[];
  idNumber?: string | undefined;
  plates: readonly string[];
}

function fold(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

function unique(terms: readonly string[]): string[] {
  return [...new Set(terms.filter((t) => t !== ''))];
}

/** Search keys of a unit. */
export function unitSearchTerms(unit: UnitCodeParts): string[] {
  const code = fold(formatUnitCode(unit));
  const [building = '', ...rest] = code.split('-');
  const room = rest[rest.length - 1] ?? '';
  return unique([code, building, room, `${building}-${room}`]);
}

/** Search keys of a person. */
export function personSearchTerms(person: PersonTermsInput): string[] {
  const terms = [fold(person.name), fold(person.contactPerson ?? '')];
  for (const phone of person.phones) {
    const digits = phone.replace(/\D/g, '');
    terms.push(digits, digits.slice(-4));
    const [area, local] = phone.split('-');
    if (area?.startsWith('0') && local) terms.push(local);
  }
  const id = fold(person.idNumber ?? '');
  if (id.length >= 6) terms.push(id.slice(-6), id.slice(-4));
  terms.push(...plateSearchTerms(person.plates));
  return unique(terms);
}

/** Each plate with and without its province (`粤bd12345`, `bd12345`). */
export function plateSearchTerms(plates: readonly string[]): string[] {
  return plates.flatMap((plate) => {
    const p = fold(normalizePlate(plate));
    return [p, p.slice(1)];
  });
}

/** Search keys of a parking let or sale: number, space, unit, holder and plates. */
export function parkingSearchTerms(l: {
  no: string;
  spaceNo: string;
  unitCode: string;
  holderName: string;
  plates: readonly string[];
}): string[] {
  return unique([
    fold(l.no),
    fold(l.spaceNo),
    fold(l.unitCode),
    fold(l.holderName),
    ...plateSearchTerms(l.plates),
  ]);
}

/** Search keys of a unit (has `room`) or a person. */
export function searchTerms(subject: UnitCodeParts | PersonTermsInput): string[] {
  return 'room' in subject ? unitSearchTerms(subject) : personSearchTerms(subject);
}

/**
 * The prefixes to look up for what was typed in the search box (for `startsWithAnyOf`): the
 * text folded like the keys, plus its digits alone when it looks like a phone (`138 1234`),
 * the unit code when it reads as a unit (`3栋1单元12` → `3-1-12`), and the text without plate
 * separators (`粤B·D123` → `粤bd123`). Empty for blank input.
 */
export function searchQueryKeys(query: string): string[] {
  const q = fold(query);
  if (q === '') return [];
  const keys = [q.replace(/\s+/g, '')];
  if (/^[\d\s-]+$/.test(q)) keys.push(q.replace(/\D/g, ''));
  const unit = parseUnitCode(q);
  if (unit) keys.push(fold(formatUnitCode(unit)));
  keys.push(fold(normalizePlate(q)));
  return unique(keys);
}
