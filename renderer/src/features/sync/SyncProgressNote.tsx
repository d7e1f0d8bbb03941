import { Progress, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import { t } from '../../i18n';

/**
 * The running (or cut) replication's progress: documents of the server's this desk holds. A new
 * desk's initial sync shows it advance; after a cut it says the next sync carries on.
 */
export function SyncProgressNote() {
  const repos = useRepos();
  const progress = useLiveQuery(() => repos.syncDesk.progress(), [repos]);
  if (!progress || progress.total === 0) return null;
  const percent = Math.min(100, Math.floor((progress.received / progress.total) * 100));
  return (
    <div data-testid="sync-progress" style={{ maxWidth: 560, marginBottom: 8 }}>
      <Progress percent={percent} status={progress.cut ? 'exception' : 'active'} />
      <Typography.Text type={progress.cut ? 'warning' : 'secondary'}>
        {t(progress.cut ? 'sync.progress.cut' : 'sync.progress.running', {
          received: progress.received,
          total: progress.total,
        })}
      </Typography.Text>
    </div>
  );
}
