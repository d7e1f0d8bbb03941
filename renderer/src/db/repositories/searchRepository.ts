import { maskPhone } from '@shared/domain/identity';
import { searchQueryKeys } from '@shared/domain/searchTerms';
import { PERSON_KINDS, UNIT_STATUSES } from '@shared/domain/units';
import type { EntityTable } from 'dexie';
import type { TaizhangDB } from '../database';
import { compareCodes, isLive, type ArchivePerson, type ArchiveUnit } from './archiveRecords';
import type { SearchHit } from './searchTypes';
import { enquiryHit, findNumberedRecords, parkingHit, visitHit } from './numberedRecordSearch';

/**
 * Search over the archive by the `terms` multiEntry index: each keystroke reads only the index
 * range of its prefixes, never the whole table. Soft-deleted people are dropped from that range.
 */
export function createSearchRepository(db: TaizhangDB) {
  async function findUnits(q: string, limit: number): Promise<ArchiveUnit[]> {
    const keys = searchQueryKeys(q);
    if (keys.length === 0) return [];
    const units = await db.units
      .where('terms')
      .startsWithAnyOf(keys)
      .distinct()
      .filter((u) => isLive(u))
      .limit(limit)
      .toArray();
    // In code order, so the highlighted first hit is the unit the clerk is typing towards.
    return units.sort((a, b) => compareCodes(a.code, b.code));
  }

  async function findPeople(q: string, limit: number): Promise<ArchivePerson[]> {
    const keys = searchQueryKeys(q);
    if (keys.length === 0) return [];
    return db.people
      .where('terms')
      .startsWithAnyOf(keys)
      .distinct()
      .filter((p) => isLive(p))
      .limit(limit)
      .toArray();
  }

  /** A few live rows of a register by its `terms` prefixes, newest first by `at`. */
  async function recentByTerms<R extends { id: string; deletedAt?: string; terms: string[] }>(
    table: EntityTable<R, 'id'>,
    q: string,
    at: (r: R) => string,
  ): Promise<R[]> {
    const keys = searchQueryKeys(q);
    if (keys.length === 0) return [];
    const rows = await table.where('terms').startsWithAnyOf(keys).distinct().limit(20).toArray();
    return rows
      .filter((r) => !r.deletedAt)
      .sort((a, b) => at(b).localeCompare(at(a)))
      .slice(0, 5);
  }

  /** Enquiries by caller, phone or topic prefix: callers not in the archive. */
  const findEnquiries = (q: string) => recentByTerms(db.enquiries, q, (e) => e.receivedAt);

  /** Parking lets and sales by plate, space, holder or unit (whose car is this?). */
  const findParking = async (q: string): Promise<SearchHit[]> =>
    (await recentByTerms(db.parkingLeases, q, (l) => l.startDate))
      .filter((l) => !l.endedOn)
      .map(parkingHit);

  /** Visits and meetings by the unit visited, the household, the visitor or the place. */
  const findVisits = (q: string) => recentByTerms(db.visitRecords, q, (v) => v.date);

  return {
    findUnits,
    findPeople,

    /** Hits for the global search box: units first, then people; phones masked. */
    async query(q: string, limit: number): Promise<SearchHit[]> {
      const [units, people, records, enquiries, parking, visits] = await Promise.all([
        findUnits(q, limit),
        findPeople(q, limit),
        findNumberedRecords(db, q, limit),
        findEnquiries(q),
        findParking(q),
        findVisits(q),
      ]);
      const unitIds = [...new Set(people.map((p) => p.unitId))];
      const owners = await db.units.bulkGet(unitIds);
      const codeOf = new Map(owners.filter((u) => u !== undefined).map((u) => [u.id, u.code]));
      const unitHits = units.map((u): SearchHit => ({
        kind: 'unit',
        id: u.id,
        title: u.code,
        subtitle: UNIT_STATUSES[u.status],
        path: `/archive?unit=${encodeURIComponent(u.id)}`,
      }));
      const personHits = people.map((p): SearchHit => ({
        kind: 'person',
        id: p.id,
        title: p.name,
        subtitle: [
          codeOf.get(p.unitId) ?? '',
          PERSON_KINDS[p.kind],
          p.phones[0] ? maskPhone(p.phones[0]) : '',
        ]
          .filter(Boolean)
          .join(' · '),
        path: `/archive?person=${encodeURIComponent(p.id)}`,
      }));
      // Both kinds stay visible: a short query like `3` matches a whole building of units.
      const unitShare = limit - Math.min(personHits.length, Math.floor(limit / 2));
      // A document number is the most specific thing a clerk can type: its hits come first.
      // A caller's recent enquiries come after the archive: the archive is what she asked for.
      const known = new Set(records.map((r) => r.id));
      const enquiryHits = enquiries.filter((e) => !known.has(e.id)).map(enquiryHit);
      const parkingHits = parking.filter((p) => !known.has(p.id));
      const visitHits = visits.filter((v) => !known.has(v.id)).map(visitHit);
      return [
        ...records,
        ...parkingHits,
        ...unitHits.slice(0, unitShare),
        ...personHits,
        ...enquiryHits,
        ...visitHits,
      ].slice(0, limit);
    },
  };
}
