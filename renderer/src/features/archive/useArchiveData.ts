import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import type { Repositories } from '../../db/repositories';
import {
  byKind,
  compareCodes,
  type ArchivePerson,
  type ArchiveUnit,
  type PersonWithUnit,
} from '../../db/repositories/archiveRecords';
import type { BuildingSummary } from '../../db/repositories/unitRepository';

/** A live query's answer with an explicit loading state (undefined means "not read yet"). */
export interface Loaded<T> {
  loading: boolean;
  data: T;
}

function useLoaded<T>(query: () => Promise<T>, deps: unknown[], fallback: T): Loaded<T> {
  const data = useLiveQuery(query, deps);
  return { loading: data === undefined, data: data ?? fallback };
}

/** Enough for any real search; the list says when a search found more than it shows. */
export const SEARCH_LIMIT = 500;

const NO_BUILDINGS: BuildingSummary[] = [];
const NO_UNITS: ArchiveUnit[] = [];
const NO_PEOPLE: ArchivePerson[] = [];
const NO_ROWS: PersonWithUnit[] = [];

export function useBuildings(): Loaded<BuildingSummary[]> {
  const repos = useRepos();
  return useLoaded(() => repos.units.listBuildings(), [repos], NO_BUILDINGS);
}

/** A list read for `key` (a building, a unit, what was typed); `none` until there is one. */
function useListFor<T>(
  key: string | undefined,
  read: (repos: Repositories, key: string) => Promise<T[]>,
  none: T[],
): Loaded<T[]> {
  const repos = useRepos();
  // `read` is a module-level reader: the list changes with the repositories and the key only.
  return useLoaded(async () => (key ? read(repos, key) : none), [repos, key], none);
}

const unitsOfBuilding = (repos: Repositories, building: string) =>
  repos.units.listByBuilding(building);
const peopleOfUnit = (repos: Repositories, unitId: string) => repos.people.listByUnit(unitId);
const unitsFound = (repos: Repositories, query: string) =>
  repos.search.findUnits(query, SEARCH_LIMIT);

export function useBuildingUnits(building: string | undefined): Loaded<ArchiveUnit[]> {
  return useListFor(building, unitsOfBuilding, NO_UNITS);
}

/** `null` once read and not found (a stale link), `undefined` while loading. */
export function useUnit(id: string | undefined): ArchiveUnit | null | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => (id ? ((await repos.units.get(id)) ?? null) : null), [repos, id]);
}

export function usePerson(id: string | undefined): ArchivePerson | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id ? ((await repos.people.get(id)) ?? null) : null),
    [repos, id],
  );
}

export function useUnitPeople(unitId: string | undefined): Loaded<ArchivePerson[]> {
  return useListFor(unitId, peopleOfUnit, NO_PEOPLE);
}

export function useUnitSearch(query: string): Loaded<ArchiveUnit[]> {
  return useListFor(query, unitsFound, NO_UNITS);
}

/**
 * People with their unit codes, in unit order: everyone (read once per change, ranked by the
 * sorted units so 20,000 people sort by number), or only those the search index finds.
 * Reads nothing while not `enabled` (the list is not on screen).
 */
export function usePeopleDirectory(query: string, enabled = true): Loaded<PersonWithUnit[]> {
  const repos = useRepos();
  return useLoaded(
    async () => {
      if (!enabled) return NO_ROWS;
      if (query) {
        const found = await repos.search.findPeople(query, SEARCH_LIMIT);
        const units = await repos.units.getMany([...new Set(found.map((p) => p.unitId))]);
        const codeOf = new Map(units.map((u) => [u.id, u.code]));
        const rows = found.map((p) => ({ ...p, unitCode: codeOf.get(p.unitId) ?? '' }));
        return rows.sort((a, b) => compareCodes(a.unitCode, b.unitCode) || byKind(a, b));
      }
      const [units, people] = await Promise.all([repos.units.listAll(), repos.people.listAll()]);
      const rank = new Map(units.map((u, i) => [u.id, i]));
      const rows = people.map((p) => ({
        ...p,
        unitCode: units[rank.get(p.unitId) ?? -1]?.code ?? '',
      }));
      return rows.sort(
        (a, b) => (rank.get(a.unitId) ?? 0) - (rank.get(b.unitId) ?? 0) || byKind(a, b),
      );
    },
    [repos, query, enabled],
    NO_ROWS,
  );
}
