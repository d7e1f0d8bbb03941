import { useLiveQuery } from 'dexie-react-hooks';
import type { TodayItem } from '@shared/domain/todayBoard';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOfficeNow } from '../../components/useOfficeClock';

/**
 * The today board, live: re-read when any register changes (useLiveQuery) and on the office
 * clock (each minute, since an item turns overdue with the clock alone, and at office midnight,
 * when the board moves to the new day). Undefined while loading.
 */
export function useTodayBoard(): { items: TodayItem[] | undefined; now: string } {
  const repos = useRepos();
  const now = useOfficeNow();
  const { actor } = useSession();
  const items = useLiveQuery(() => repos.today.items(now, actor.id), [repos, now, actor.id]);
  return { items, now };
}
