import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import type { KeyLoanRecord, KeyRecord } from '../../db/records';

/** The key board and the loans, live; undefined while loading. */
export function useKeys(): { keys?: KeyRecord[]; loans?: KeyLoanRecord[] } {
  const repos = useRepos();
  const keys = useLiveQuery(() => repos.keys.listKeys(), [repos]);
  const loans = useLiveQuery(() => repos.keys.listLoans(), [repos]);
  return { ...(keys ? { keys } : {}), ...(loans ? { loans } : {}) };
}
