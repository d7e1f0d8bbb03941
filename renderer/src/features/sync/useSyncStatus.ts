import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { syncHeaderStatus, type SyncHeaderStatus } from '@shared/domain/sync/status';
import { isJoined } from '@shared/domain/sync/syncSettings';
import { useRepos } from '../../app/ReposContext';
import { useOfficeNow } from '../../components/useOfficeClock';
import { getHost } from '../../host/hostApi';
import { useSetting } from '../settings/useSettings';

/** The synchronisation loop of this desk (one per database), fed the host's credentials. */
export function useSyncRunner() {
  const repos = useRepos();
  return repos.syncDesk.runner(
    () => getHost().syncCredentials(),
    async () => (await getHost().appInfo()).version,
  );
}

/** What the header shows: 已同步 / 待同步 N 条 / 离线自 …, and the stale warning. */
export function useSyncHeaderStatus(): SyncHeaderStatus | undefined {
  const repos = useRepos();
  const settings = useSetting('sync');
  const runner = useSyncRunner();
  const now = useOfficeNow();
  const status = useLiveQuery(() => repos.syncDesk.status(), [repos]);
  // The replica's unpushed revisions count too (pushed into it, not yet to the server); re-read
  // whenever the outbox or the status changes.
  const [withReplica, setWithReplica] = useState<number | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void runner.pending().then((n) => {
      if (live) setWithReplica(n);
    });
    return () => {
      live = false;
    };
  }, [runner, status]);
  if (!settings || !status) return undefined;
  const pending = Math.max(status.outbox, withReplica ?? 0);
  return syncHeaderStatus(
    isJoined(settings),
    status.state,
    pending,
    new Date(now),
    settings.warnDays,
  );
}
