import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import type { CashupRecord, HandoverRecord } from '../../db/records';

/** The open handover (null when none), the closed ones, and the cash-up of the open shift. */
export function useHandover(): {
  current: HandoverRecord | null | undefined;
  history: HandoverRecord[] | undefined;
  shiftCashup: CashupRecord | null | undefined;
} {
  const repos = useRepos();
  const current = useLiveQuery(async () => (await repos.handovers.current()) ?? null, [repos]);
  const history = useLiveQuery(() => repos.handovers.listClosed(), [repos]);
  // The leaving clerk's cash-up, whoever is signed in now: it is her cash that is handed over.
  const shiftCashup = useLiveQuery(
    async () => (current ? ((await repos.handovers.cashupOf(current)) ?? null) : null),
    [repos, current?.fromId, current?.openedAt],
  );
  return { current, history, shiftCashup };
}
