import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { renovationDues, type RenovationDue } from '@shared/domain/renovationDue';
import { useRepos } from '../../app/ReposContext';
import { nowIso } from '../../db/ids';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { useSetting, useWorkCalendar } from '../settings/useSettings';

/** All live jobs, newest first; undefined while loading. */
export function useRenovationList(): RenovationRecord[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.renovations.list(), [repos]);
}

/** One job, live. */
export function useRenovation(id: string | null): RenovationRecord | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => (id ? repos.renovations.get(id) : undefined), [repos, id]);
}

/** The running deadlines of each job (by id), from the deadline settings and the calendar. */
export function useRenovationDues(
  jobs: readonly RenovationRecord[] | undefined,
): Map<string, RenovationDue[]> {
  const deadlines = useSetting('deadlines') ?? DEFAULT_DEADLINES;
  const cal = useWorkCalendar();
  return useMemo(() => {
    const out = new Map<string, RenovationDue[]>();
    if (!jobs || !cal) return out;
    const now = nowIso();
    for (const j of jobs) {
      out.set(
        j.id,
        renovationDues(
          {
            state: j.state,
            worksEnd: j.permitValidUntil,
            passesSettled: j.refunds.length > 0,
            ...(j.submittedAt ? { submittedAt: j.submittedAt } : {}),
            ...(j.acceptedAt ? { acceptedAt: j.acceptedAt } : {}),
          },
          now,
          deadlines,
          cal,
        ),
      );
    }
    return out;
  }, [jobs, cal, deadlines]);
}

/** The jobs of one unit, newest first (per-unit history); undefined while loading. */
export function useUnitRenovations(unitId: string | null): RenovationRecord[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (unitId ? repos.renovations.byUnit(unitId) : []),
    [repos, unitId],
  );
}
