import { App } from 'antd';
import { useEffect } from 'react';
import { useRepos } from '../../app/ReposContext';
import { getHost } from '../../host/hostApi';
import { runBackup } from './runBackup';

/**
 * Answers main's automatic backup requests (daily, on quit). Mounted as soon as the database is
 * open, signed in or not, so closing the app from the sign-in screen still backs up. A refusal
 * (full disk …) is shown, never swallowed; on quit main's time limit then closes the window.
 */
export function BackupResponder() {
  const repos = useRepos();
  const { notification } = App.useApp();
  useEffect(() => {
    const host = getHost();
    return host.onBackupRequest((reason) => {
      runBackup(repos, host, reason, undefined).catch((error: unknown) => {
        notification.error({
          title: '自动备份失败',
          description: error instanceof Error ? error.message : String(error),
          duration: 0,
        });
      });
    });
  }, [repos, notification]);
  return null;
}
