import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import type { ReleasePassRecord } from '../../db/records';
import type { ReleasePassFilter } from '../../db/repositories/releasePassRepository';

/** The release-pass register under a filter, live; undefined while loading. */
export function useReleasePasses(filter: ReleasePassFilter): ReleasePassRecord[] | undefined {
  const repos = useRepos();
  return useLiveQuery(
    () => repos.releasePasses.list(filter),
    [repos, filter.text, filter.status, filter.fromDate, filter.toDate],
  );
}
