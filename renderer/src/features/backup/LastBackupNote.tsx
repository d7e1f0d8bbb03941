import { Tooltip, Typography } from 'antd';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../i18n';
import { useBackupStatus } from './useBackupStatus';

/** The last backup's time in the header, its place on hover; orange once it is stale. */
export function LastBackupNote() {
  const { last, stale } = useBackupStatus();
  return (
    <Tooltip title={last?.place ?? t('backup.never')}>
      <Typography.Text
        type={stale ? 'warning' : 'secondary'}
        data-testid="last-backup-note"
        style={{ fontSize: 12 }}
      >
        {t('backup.headerNote', {
          at: last ? formatOfficeDateTime(last.at).slice(5) : t('backup.never'),
        })}
      </Typography.Text>
    </Tooltip>
  );
}
