import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useRepos } from '../../app/ReposContext';
import type { KeyLoanRecord, KeyRecord } from '../../db/records';

/** The key board and the loans, live; undefined while loading. */
export function useKeys(): { keys?: KeyRecord[]; loans?: KeyLoanRecord[] } {
  const repos = useRepos();
  const keys = useLiveQuery(() => repos.keys.listKeys(), [repos]);
  const loans = useLiveQuery(() => repos.keys.listLoans(), [repos]);
  return { ...(keys ? { keys } : {}), ...(loans ? { loans } : {}) };
}

/** The time now, refreshed each minute, so a loan turns overdue on screen without a reload. */
export function useMinuteClock(): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
