/**
 * Each unit's occupant as the arrears list shows it (name, phone masked), kept between reads
 * (issue 18's bench). With most of an estate owing, the list read the whole people table on
 * every call (9,000 people for 3,000 units: most of its time in the profile), and the fees
 * screen asks for it again on every change of the bills.
 *
 * Policy: the occupants are kept until a commit (from this window or another, reported by
 * Dexie's `storagemutated`, fired as the transaction completes) touches `people`; a computation
 * during which such a commit happened is not kept. A hit still counts the people, so a live
 * query built on it (the fees screen) runs again on their next change. A short list of owing
 * units (a small estate, a quiet month) reads only its units' people, as before, and keeps
 * nothing.
 */
import Dexie from 'dexie';
import { occupantOf } from '@shared/domain/billing';
import { maskPhone } from '@shared/domain/identity';
import type { TaizhangDB } from '../database';
import type { PersonRecord } from '../records';

/** What a list row shows of a unit's occupant. */
export interface ListedOccupant {
  occupantName: string;
  /** Masked (`138****5678`), or empty. */
  occupantPhone: string;
}

/**
 * Owing units beyond which the people table is read whole: `anyOf` walks a cursor one person
 * at a time, one `getAll` of the table is far quicker per row (issue 21's profile).
 */
export const PEOPLE_SCAN_UNITS = 100;

const NOBODY: ListedOccupant = { occupantName: '', occupantPhone: '' };

function listed(people: readonly PersonRecord[]): Map<string, ListedOccupant> {
  const byUnit = new Map<string, PersonRecord[]>();
  for (const p of people) {
    const list = byUnit.get(p.unitId);
    if (list) list.push(p);
    else byUnit.set(p.unitId, [p]);
  }
  const out = new Map<string, ListedOccupant>();
  for (const [unitId, list] of byUnit) {
    const o = occupantOf(list);
    if (o)
      out.set(unitId, {
        occupantName: o.name,
        occupantPhone: o.phones[0] ? maskPhone(o.phones[0]) : '',
      });
  }
  return out;
}

export function createOccupantCache(db: TaizhangDB) {
  let commits = 0;
  let kept: Map<string, ListedOccupant> | null = null;
  const prefix = `idb://${db.name}/`;
  Dexie.on('storagemutated', (parts) => {
    const touched = Object.keys(parts).some(
      (key) => key.startsWith(prefix) && key.slice(prefix.length).split('/')[0] === 'people',
    );
    if (!touched) return;
    commits += 1;
    kept = null;
  });

  async function all(): Promise<Map<string, ListedOccupant>> {
    if (kept) {
      await db.people.count();
      return kept;
    }
    const since = commits;
    const built = listed(await db.people.toArray());
    if (since === commits) kept = built;
    return built;
  }

  return {
    /** The occupant of each of `unitIds` (nobody: empty name and phone). */
    async of(unitIds: readonly string[]): Promise<(unitId: string) => ListedOccupant> {
      const map =
        kept === null && unitIds.length <= PEOPLE_SCAN_UNITS
          ? listed(
              await db.people
                .where('unitId')
                .anyOf([...unitIds])
                .toArray(),
            )
          : await all();
      return (unitId) => map.get(unitId) ?? NOBODY;
    },
  };
}
