import { Alert, App, Button, Descriptions, Input, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { MIN_BACKUP_PASSWORD_LENGTH } from '@shared/domain/backupPassword';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { getHost } from '../../host/hostApi';
import { t } from '../../i18n';
import { RestorePanel } from './RestorePanel';
import { runBackup } from './runBackup';
import { useBackupStatus } from './useBackupStatus';

/** 备份与恢复: where backups go, when the last one was, manual backup, password, restore. */
export function BackupTab() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const { status, last, stale, warnDays, refresh } = useBackupStatus();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [password, setPassword] = useState('');
  const host = getHost();

  const backupNow = async () => {
    setProgress({ done: 0, total: 1 });
    try {
      const result = await runBackup(repos, host, 'manual', actor, (done, total) =>
        setProgress({ done, total }),
      );
      void message.success(t('backup.backedUp', { path: result.path }));
    } catch (error) {
      void message.error({
        content: error instanceof Error ? error.message : String(error),
        duration: 8,
      });
    } finally {
      setProgress(undefined);
      refresh();
    }
  };

  const configure = async (next: string | null) => {
    if (next !== null && [...next].length < MIN_BACKUP_PASSWORD_LENGTH) {
      void message.error(t('backup.passwordTooShort'));
      return;
    }
    const result = await host.configureBackup({ password: next });
    if (result.refused !== undefined) {
      void message.error({ content: result.refused, duration: 8 });
      return;
    }
    setPassword('');
    void message.success(next === null ? t('backup.passwordCleared') : t('backup.passwordSaved'));
    refresh();
  };

  const lastText = last
    ? t('backup.lastValue', {
        at: formatOfficeDateTime(last.at),
        reason: t(`backup.reasons.${last.reason}`),
        place: last.place,
      })
    : t('backup.never');

  // Folder, password, manual backup and restore are the manager's (repository and main check too).
  if (!hasRole(actor.role, 'manager')) {
    return (
      <Space orientation="vertical" style={{ maxWidth: 760, width: '100%' }} size="large">
        <Alert
          type="info"
          showIcon
          title={t('backup.settingsManagerOnly')}
          data-testid="backup-manager-only"
        />
        <Space wrap>
          <span>{t('backup.last')}：</span>
          <span data-testid="backup-last">{lastText}</span>
          {stale && <Tag color="orange">{t('backup.staleShort', { days: warnDays })}</Tag>}
        </Space>
      </Space>
    );
  }

  return (
    <Space orientation="vertical" style={{ maxWidth: 760, width: '100%' }} size="large">
      <Typography.Paragraph type="secondary">
        {t('backup.intro', { daily: status?.keepDaily ?? 14, monthly: status?.keepMonthly ?? 12 })}
      </Typography.Paragraph>
      <Descriptions
        column={1}
        bordered
        size="small"
        data-testid="backup-status"
        items={[
          {
            key: 'folder',
            label: t('backup.folder'),
            children: (
              <Space>
                <span data-testid="backup-folder">{status?.folder ?? t('backup.noFolder')}</span>
                {status?.desk !== undefined && <Tag>{`${t('backup.desk')}：${status.desk}`}</Tag>}
                {host.kind === 'electron' && (
                  <Button size="small" onClick={() => void host.chooseBackupFolder().then(refresh)}>
                    {t('backup.chooseFolder')}
                  </Button>
                )}
              </Space>
            ),
          },
          {
            key: 'last',
            label: t('backup.last'),
            children: (
              <Space wrap>
                <span data-testid="backup-last">{lastText}</span>
                {stale && <Tag color="orange">{t('backup.staleShort', { days: warnDays })}</Tag>}
              </Space>
            ),
          },
          {
            key: 'encryption',
            label: t('backup.encryption'),
            children: (
              <Space wrap>
                {status?.encrypted ? (
                  <Tag color="green">{t('backup.encryptedOn')}</Tag>
                ) : (
                  <>
                    <Tag color="orange">{t('backup.encryptedOff')}</Tag>
                    <Typography.Text type="secondary" data-testid="backup-unencrypted-note">
                      {t('backup.encryptedOffWarning')}
                    </Typography.Text>
                  </>
                )}
                {host.kind === 'electron' && (
                  <>
                    <Input.Password
                      value={password}
                      onChange={(e) => setPassword(e.target.value)}
                      placeholder={t('backup.passwordPlaceholder')}
                      style={{ width: 240 }}
                      data-testid="backup-password-new"
                    />
                    <Button size="small" onClick={() => void configure(password)}>
                      {t('backup.setPassword')}
                    </Button>
                    {status?.encrypted && (
                      <Button size="small" onClick={() => void configure(null)}>
                        {t('backup.clearPassword')}
                      </Button>
                    )}
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Space>
        <Button
          type="primary"
          onClick={() => void backupNow()}
          loading={progress !== undefined}
          data-testid="backup-now"
        >
          {t('backup.backupNow')}
        </Button>
        {progress && (
          <Progress
            percent={Math.round((progress.done / progress.total) * 100)}
            size="small"
            style={{ width: 200 }}
            format={() => t('backup.backingUp', progress)}
          />
        )}
      </Space>
      <RestorePanel />
    </Space>
  );
}
