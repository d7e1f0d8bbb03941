import { personSearchTerms, unitSearchTerms } from '@shared/domain/searchTerms';
import {
  floorFromRoom,
  formatUnitCode,
  PERSON_KIND_KEYS,
  type PersonInput,
  type UnitInput,
} from '@shared/domain/units';
import type { BaseRecord } from '@shared/domain/record';
import type { PersonRecord, UnitRecord } from '../records';

/**
 * Records loaded by "加载演示小区" carry `demo: true`, so the demo can be removed again and never
 * mixes with an estate's real archive.
 */
export interface DemoTag {
  demo?: boolean;
}

export type ArchiveUnit = UnitRecord & DemoTag;
export type ArchivePerson = PersonRecord & DemoTag;

/** A person with the code of the unit they belong to, as lists and exports show them. */
export type PersonWithUnit = ArchivePerson & { unitCode: string };

/** `2-101` before `10-101`, `1-1-902` before `1-1-1001`: the order clerks read unit codes in. */
export { compareCodes } from '@shared/domain/collation';

/** Drops keys whose value is undefined, so a new record holds only what was given. */
export function withoutUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

export function isLive<T extends { deletedAt?: string | undefined }>(row: T | undefined): row is T {
  return row !== undefined && !row.deletedAt;
}

// Owners first, then tenants, family, companies: the order the desk asks for them on the phone.
const KIND_ORDER = new Map<string, number>(PERSON_KIND_KEYS.map((k, i) => [k, i]));

/** People of one unit in the desk's order: by kind, then as they were registered. */
export function byKind(a: PersonRecord, b: PersonRecord): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 9) - (KIND_ORDER.get(b.kind) ?? 9) ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/** A unit's stored fields: its input, its code, a floor read from the room if none, search keys. */
export function unitFields(unit: UnitInput): Omit<UnitRecord, keyof BaseRecord> {
  return withoutUndefined({
    ...unit,
    floor: unit.floor ?? floorFromRoom(unit.room),
    code: formatUnitCode(unit),
    terms: unitSearchTerms(unit),
  });
}

/** A person's stored fields but the unit: the input and its search keys. */
export function personFields(person: PersonInput): Omit<PersonRecord, keyof BaseRecord | 'unitId'> {
  return withoutUndefined({ ...person, terms: personSearchTerms(person) });
}
