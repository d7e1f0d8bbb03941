import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { nextCaseDeadline } from '@shared/domain/complaintDeadlines';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import { useRepos } from '../../app/ReposContext';
import type { CaseListQuery } from '../../db/repositories/complaintQueries';
import type { CaseRecord } from '../../db/records';
import { useSetting, useWorkCalendar } from '../settings/useSettings';

/** Cases matching the query, live; undefined while loading. */
export function useCaseList(q: CaseListQuery): CaseRecord[] | undefined {
  const repos = useRepos();
  const { kind, month, text } = q;
  return useLiveQuery(
    () => repos.complaints.list({ kind, month, text }),
    [repos, kind, month, text],
  );
}

/** The work queue: every case still waiting on the desk, live. */
export function useActiveCases(): CaseRecord[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.complaints.active(), [repos]);
}

/** One case, live (undefined while loading, null when missing). */
export function useCase(id: string | null): CaseRecord | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (id ? ((await repos.complaints.get(id)) ?? null) : null),
    [repos, id],
  );
}

/** The cases a month's forms read, live. */
export function useMonthCases(month: string): CaseRecord[] | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.complaints.forMonth(month), [repos, month]);
}

/** The estate's households (入住户数, the 有效投诉率's denominator), live. */
export function useHouseholds(): number | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.units.householdCount(), [repos]);
}

/** Department code → name from the settings (a removed department shows its code). */
export function useDepartmentName(): (code: string | undefined) => string {
  const departments = useSetting('departments') ?? DEFAULT_DEPARTMENTS;
  return useCallback(
    (code: string | undefined) =>
      code ? (departments.find((d) => d.code === code)?.name ?? code) : '',
    [departments],
  );
}

/** A case's next deadline and colour at `now`, with the settings and calendar in effect. */
export function useNextDeadline() {
  const deadlines = useSetting('deadlines') ?? DEFAULT_DEADLINES;
  const cal = useWorkCalendar();
  return useMemo(
    () => (c: CaseRecord, now: string) => (cal ? nextCaseDeadline(c, now, deadlines, cal) : null),
    [cal, deadlines],
  );
}
