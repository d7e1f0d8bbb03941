import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
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
  const [status, setStatus] = useState<BackupStatus>();
  const refresh = useCallback(() => {
    void getHost()
      .backupStatus()
      .then(setStatus, () => setStatus(undefined));
  }, []);
  useEffect(refresh, [refresh]);
  const warnDays = deadlines?.backupWarnDays ?? 2;
  // Main's record counts too: an automatic backup written while this window was closed.
  const lastAt = [last?.at, status?.last?.at]
    .filter((x): x is string => x !== undefined)
    .sort()
    .at(-1);
  // Until the first-run time is read, a desk with no backup is not called stale (no flash).
  const stale =
    deadlines !== undefined &&
    (lastAt !== undefined || firstRunAt !== undefined) &&
    isBackupStale(lastAt, new Date().toISOString(), deadlines, firstRunAt);
  return { status, last, stale, warnDays, refresh };
}
