import { Tooltip, Typography } from 'antd';
import { useEffect, type CSSProperties } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../i18n';
import { useSyncHeaderStatus, useSyncRunner } from './useSyncStatus';

/**
 * The header's synchronisation note (issue 20); nothing while the desk is not joined. It also
 * keeps the loop running while the shell is shown.
 */
export function SyncStatusNote({ style }: { style?: CSSProperties }) {
  const runner = useSyncRunner();
  useEffect(() => runner.start(), [runner]);
  const status = useSyncHeaderStatus();
  if (!status || status.kind === 'off') return null;
  const text =
    status.kind === 'offline'
      ? t('sync.header.offline', { since: formatOfficeDateTime(status.offlineSince!).slice(5) })
      : status.kind === 'pending'
        ? t('sync.header.pending', { count: status.pending })
        : t('sync.header.synced');
  const stale = status.staleDays !== undefined;
  return (
    <Tooltip title={stale ? t('sync.header.stale', { days: status.staleDays! }) : undefined}>
      <span style={style}>
        <Typography.Text
          type={stale ? 'warning' : status.kind === 'synced' ? 'secondary' : undefined}
          data-testid="sync-status"
          style={{ fontSize: 12 }}
        >
          {stale ? `${text} · ${t('sync.header.stale', { days: status.staleDays! })}` : text}
        </Typography.Text>
      </span>
    </Tooltip>
  );
}
