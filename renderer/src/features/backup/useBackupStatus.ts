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
  const firstRunAt = useLiveQuery(() => repos.operators.firstRunAt(), [repos]);
  const [status, setStatus] = useState<BackupStatus & { offsetMs: number }>();
  const refresh = useCallback(() => {
    void getHost()
      .backupStatus()
      .then(
        (s) =>
          setStatus({
            ...s,
            offsetMs: s.now === undefined ? 0 : Date.parse(s.now) - new Date().getTime(),
          }),
        () => setStatus(undefined),
      );
  }, []);
  useEffect(refresh, [refresh]);
  const warnDays = deadlines?.backupWarnDays ?? 2;
  // Main's clock and main's view (the files' own names) decide, not the page's (issue 15); a
  // "last backup" dated after now does not count.
  // The host's clock: the page's, corrected by how far it was off when the host was asked.
  const now = new Date(new Date().getTime() + (status?.offsetMs ?? 0)).toISOString();
  const lastAt = effectiveLastBackup([last?.at, status?.last?.at, status?.lastFileAt], now);
  // Until the first-run time is read, a desk with no backup is not called stale (no flash).
  const stale =
    deadlines !== undefined &&
    (lastAt !== undefined || firstRunAt !== undefined) &&
    isBackupStale(lastAt, now, deadlines, firstRunAt);
  return { status, last, stale, warnDays, refresh };
}
