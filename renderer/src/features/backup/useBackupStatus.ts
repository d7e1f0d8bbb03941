import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { effectiveLastBackup } from '@shared/domain/backupRotation';
import { isBackupStale } from '@shared/domain/deadlines';
import type { BackupStatus } from '@shared/ipc';
import { useRepos } from '../../app/ReposContext';
import type { LastBackup } from '../../db/repositories/backupRepository';
import { getHost } from '../../host/hostApi';
import { useSetting } from '../settings/useSettings';

export interface BackupState {
  /** Main's view (folder, encryption, rotation); undefined while loading. */
  status: BackupStatus | undefined;
  /** The last backup recorded in this database (manual or automatic). */
  last: LastBackup | undefined;
  stale: boolean;
  warnDays: number;
  refresh: () => void;
}

/** The backup folder, the last backup and whether it is older than the warning limit; live. */
export function useBackupStatus(): BackupState {
  const repos = useRepos();
  const deadlines = useSetting('deadlines');
  const last = useLiveQuery(() => repos.backup.lastBackup(), [repos]);
  const [status, setStatus] = useState<BackupStatus & { fetchedAt: number }>();
  const refresh = useCallback(() => {
    void getHost()
      .backupStatus()
      .then(
        (s) => setStatus({ ...s, fetchedAt: performance.now() }),
        () => setStatus(undefined),
      );
  }, []);
  useEffect(refresh, [refresh]);
  const warnDays = deadlines?.backupWarnDays ?? 2;
  // Main's clock and main's view (the files' own names) decide, not the page's (issue 15); a
  // "last backup" dated after now does not count.
  // The host's clock as it was when asked, moved on by the time elapsed since (a monotonic
  // count, so the page's wall clock plays no part).
  const now =
    status?.now !== undefined
      ? new Date(Date.parse(status.now) + (performance.now() - status.fetchedAt)).toISOString()
      : new Date().toISOString();
  const lastAt = effectiveLastBackup([last?.at, status?.last?.at, status?.lastFileAt], now);
  const stale = deadlines !== undefined && isBackupStale(lastAt, now, deadlines);
  return { status, last, stale, warnDays, refresh };
}
