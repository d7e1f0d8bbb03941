import { Alert } from 'antd';
import { t } from '../../i18n';
import { useBackupStatus } from './useBackupStatus';

/** Shown on every screen while the last backup is older than the warning limit (default 2 days). */
export function BackupStaleBanner() {
  const { stale, warnDays } = useBackupStatus();
  if (!stale) return null;
  return (
    <Alert
      type="warning"
      banner
      data-testid="backup-stale-banner"
      title={<a href="#/settings?tab=backup">{t('backup.stale', { days: warnDays })}</a>}
    />
  );
}
