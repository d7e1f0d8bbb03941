import { formatUnitCode, type PersonKind, type UnitStatus } from '@shared/domain/units';
import { personSearchTerms, unitSearchTerms } from '@shared/domain/searchTerms';
import type { PersonRecord, UnitRecord } from '../../../renderer/src/db/records';
import { idNumber, iso, mobile, personName, type Random } from './random';

/** Who wrote the generated records: a bench operator, as if one clerk kept the desk. */
export const BENCH_CLERK = { id: 'bench-clerk', name: '王前台' };

function stamp(ms: number) {
  const at = iso(ms);
  return { createdAt: at, updatedAt: at, createdBy: BENCH_CLERK.id, updatedBy: BENCH_CLERK.id };
}

/**
 * `count` units: buildings of 2 entrances × 25 floors × 3 rooms (150 a building), numbered the
 * way the desk writes them (`3-1-1201`).
 */
export function generateUnits(r: Random, count: number, atMs: number): UnitRecord[] {
  const units: UnitRecord[] = [];
  for (let i = 0; i < count; i++) {
    const building = String(Math.floor(i / 150) + 1);
    const entrance = String((Math.floor(i / 75) % 2) + 1);
    const floor = (Math.floor(i / 3) % 25) + 1;
    const room = `${floor}0${(i % 3) + 1}`;
    const status = r.weighted<UnitStatus>([
      ['occupied', 85],
      ['vacant', 8],
      ['renovating', 4],
      ['custody', 3],
    ]);
    const parts = { building, entrance, room };
    units.push({
      id: r.id(),
      ...stamp(atMs),
      building,
      entrance,
      floor,
      room,
      status,
      // Three plans by room (no random draw, so the seeded stream stays as it was): bills need areas.
      builtArea: [89.56, 120.35, 75.2][i % 3]!,
      unitType: 'residential',
      code: formatUnitCode(parts),
      terms: unitSearchTerms(parts),
    });
  }
  return units;
}

/** About three people a unit: an owner, family, now and then a tenant or a company. */
export function generatePeople(
  r: Random,
  units: readonly UnitRecord[],
  count: number,
  atMs: number,
): PersonRecord[] {
  const people: PersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    const unit = units[i % units.length]!;
    const first = i < units.length;
    const kind: PersonKind = first
      ? r.weighted([
          ['owner', 97],
          ['company', 3],
        ])
      : r.weighted([
          ['family', 6],
          ['tenant', 3],
          ['owner', 1],
        ]);
    const name = kind === 'company' ? `${personName(r).slice(0, 2)}贸易有限公司` : personName(r);
    const phones = kind === 'family' && r.chance(0.5) ? [] : [mobile(r)];
    const plates = r.chance(0.35) ? [`粤B${r.pick(['D', 'F', 'A'])}${r.digits(5)}`] : [];
    const person = {
      kind,
      name,
      contactPerson: kind === 'company' ? personName(r) : undefined,
      phones,
      idType: kind === 'company' ? ('businessLicense' as const) : ('idCard' as const),
      idNumber: kind === 'company' ? `91440300${r.digits(9)}X` : idNumber(r),
      plates,
      grade: r.weighted([
        ['normal', 95],
        ['major', 3],
        ['vip', 2],
      ] as const),
    };
    people.push({
      id: r.id(),
      ...stamp(atMs),
      ...person,
      unitId: unit.id,
      terms: personSearchTerms(person),
    });
  }
  return people;
}
