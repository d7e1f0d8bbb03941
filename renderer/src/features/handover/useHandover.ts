import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import type { CashupRecord, HandoverRecord } from '../../db/records';

/** The open handover (null when none), the closed ones, and the clerk's latest cash-up. */
export function useHandover(clerkId: string): {
  current: HandoverRecord | null | undefined;
  history: HandoverRecord[] | undefined;
  lastCashup: CashupRecord | null | undefined;
} {
  const repos = useRepos();
  const current = useLiveQuery(async () => (await repos.handovers.current()) ?? null, [repos]);
  const history = useLiveQuery(() => repos.handovers.listClosed(), [repos]);
  const lastCashup = useLiveQuery(
    async () => (await repos.cashups.list(clerkId, 1))[0] ?? null,
    [repos, clerkId],
  );
  return { current, history, lastCashup };
}
