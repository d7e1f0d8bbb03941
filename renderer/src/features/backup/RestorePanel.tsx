import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Input,
  Progress,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { validatePin } from '@shared/domain/pin';
import { hasRole } from '@shared/domain/record';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { BackupFileInfo } from '@shared/ipc';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { BackupSource } from '../../db/backup/backupSource';
import type { RestoreMode, RestorePreview } from '../../db/backup/restoreBackup';
import { getHost } from '../../host/hostApi';
import { t } from '../../i18n';
import { hostSource } from './hostSource';
import { runBackup } from './runBackup';

interface Loaded {
  name: string;
  id: string;
  source: BackupSource;
  preview: RestorePreview;
  /** The host found the estate's own mark on the file. */
  verified: boolean;
}

interface Progressing {
  done: number;
  total: number;
  phase: 'check' | 'write';
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Pick a backup, see what it holds, choose replace or merge, confirm, restore all-or-nothing. */
export function RestorePanel() {
  const repos = useRepos();
  const { actor } = useSession();
  const { modal, message } = App.useApp();
  const host = getHost();
  const [files, setFiles] = useState<BackupFileInfo[]>([]);
  const [name, setName] = useState<string>();
  const [password, setPassword] = useState('');
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progressing>();
  const [foreignConfirmed, setForeignConfirmed] = useState(false);
  const [pinManager, setPinManager] = useState<string>();
  const [newPin, setNewPin] = useState('');
  const isManager = hasRole(actor.role, 'manager');

  useEffect(() => {
    void host.listBackups().then(setFiles, () => setFiles([]));
  }, [host]);

  const check = async (fromList: boolean) => {
    setError(undefined);
    if (loaded) void host.closeBackup({ id: loaded.id });
    setLoaded(undefined);
    setForeignConfirmed(false);
    setNewPin('');
    const opened = await host.openBackup({ ...(fromList && name ? { name } : {}), password });
    if (!opened.ok) {
      if (opened.code !== 'cancelled') setError(opened.message);
      return;
    }
    const source = hostSource(host, opened.id, opened.size);
    try {
      const preview = await repos.backup.preview(source);
      setLoaded({ name: opened.name, id: opened.id, source, preview, verified: opened.verified });
      setPinManager(preview.managers.find((m) => m.id === actor.id)?.id ?? preview.managers[0]?.id);
    } catch (e) {
      void host.closeBackup({ id: opened.id });
      setError(errorText(e));
    }
  };

  const restore = async (file: Loaded) => {
    setBusy(true);
    try {
      const { counts } = await repos.backup.restore(file.source, {
        mode,
        actor,
        verified: file.verified,
        foreignConfirmed,
        ...(needsPin && pinManager !== undefined
          ? { newPin: { operatorId: pinManager, pin: newPin } }
          : {}),
        saveSafetyBackup: async () => void (await runBackup(repos, host, 'safety', actor)),
        onProgress: (done, all, phase) => setProgress({ done, total: all, phase }),
      });
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      void host.closeBackup({ id: file.id });
      // The restored database is switched in: the app reopens on it. Whoever signs in next
      // is checked against the restored operators, so this tab's session ends here.
      sessionStorage.clear();
      void message.success({
        content: t('backup.restoredReload', { total }),
        onClose: () => window.location.reload(),
        duration: 1.5,
      });
      setLoaded(undefined);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const confirm = (file: Loaded) =>
    modal.confirm({
      title: t('backup.confirmTitle'),
      content: mode === 'replace' ? t('backup.confirmReplace') : t('backup.confirmMerge'),
      okText: t('backup.restore'),
      okButtonProps: { danger: mode === 'replace', 'data-testid': 'restore-confirm-ok' },
      onOk: () => restore(file),
    });

  const m = loaded?.preview.manifest;
  const total = m ? Object.values(m.counts).reduce((a, b) => a + b, 0) : 0;
  const needsPin = m?.pinsOmitted === true && mode === 'replace';
  const pinError = needsPin ? validatePin(newPin) : null;
  const blocked =
    !isManager ||
    (loaded !== undefined && !loaded.verified && !foreignConfirmed) ||
    (needsPin && (pinError !== null || pinManager === undefined));

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="restore-panel">
      <Typography.Title level={5}>{t('backup.restoreTitle')}</Typography.Title>
      <Typography.Text type="secondary">{t('backup.restoreIntro')}</Typography.Text>
      <Space wrap>
        {files.length > 0 && (
          <Select
            style={{ width: 320 }}
            placeholder={t('backup.pickListed')}
            value={name}
            onChange={setName}
            options={files.map((f) => ({ value: f.name, label: f.name }))}
          />
        )}
        <Input.Password
          style={{ width: 220 }}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          placeholder={t('backup.password')}
          data-testid="restore-password"
        />
        {name !== undefined && (
          <Button onClick={() => void check(true)}>{t('backup.check')}</Button>
        )}
        <Button onClick={() => void check(false)} data-testid="restore-pick">
          {t('backup.pickOther')}
        </Button>
      </Space>
      {error !== undefined && !loaded && (
        <Alert type="error" showIcon title={error} data-testid="restore-error" />
      )}
      {loaded && m && (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            title={`${t('backup.preview')}：${loaded.name}`}
            data-testid="restore-preview"
            items={[
              {
                key: 'created',
                label: t('backup.previewCreated'),
                children: formatOfficeDateTime(m.createdAt),
              },
              {
                key: 'version',
                label: t('backup.previewVersion'),
                children: `${m.appVersion} / ${m.schemaVersion}`,
              },
              {
                key: 'range',
                label: t('backup.previewRange'),
                children: m.range
                  ? `${formatOfficeDateTime(m.range.from)} — ${formatOfficeDateTime(m.range.to)}`
                  : '—',
              },
              {
                key: 'total',
                label: t('backup.previewTotal'),
                children: <span data-testid="restore-total">{total}</span>,
              },
            ]}
          />
          <Table
            size="small"
            pagination={false}
            rowKey="table"
            columns={[
              { title: t('backup.tables'), dataIndex: 'table' },
              { title: t('backup.count'), dataIndex: 'count', align: 'right' },
            ]}
            dataSource={Object.entries(m.counts)
              .filter(([, count]) => count > 0)
              .map(([table, count]) => ({ table, count }))}
          />
          {loaded.preview.willMigrate && (
            <Alert type="info" showIcon title={t('backup.previewMigrate')} />
          )}
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as RestoreMode)}>
            <Space orientation="vertical">
              <Radio value="replace">{t('backup.modeReplace')}</Radio>
              <Radio value="merge">{t('backup.modeMerge')}</Radio>
            </Space>
          </Radio.Group>
          {loaded.verified ? (
            <Alert type="success" showIcon title={t('backup.verifiedNote')} />
          ) : (
            <Alert
              type="error"
              showIcon
              data-testid="restore-foreign-warning"
              title={t('backup.foreignTitle')}
              description={
                <Space orientation="vertical">
                  <span>{t('backup.foreignWarning')}</span>
                  <Checkbox
                    checked={foreignConfirmed}
                    disabled={!isManager}
                    onChange={(e) => setForeignConfirmed(e.target.checked)}
                    data-testid="restore-foreign-confirm"
                  >
                    {t('backup.foreignConfirm')}
                  </Checkbox>
                </Space>
              }
            />
          )}
          {needsPin && (
            <Alert
              type="warning"
              showIcon
              title={t('backup.pinsOmittedTitle')}
              description={
                loaded.preview.managers.length === 0 ? (
                  t('backup.noManagerInFile')
                ) : (
                  <Space orientation="vertical">
                    <span>{t('backup.pinsOmittedWhat')}</span>
                    <Space wrap>
                      <Select
                        style={{ width: 200 }}
                        aria-label={t('backup.newPinManager')}
                        value={pinManager}
                        onChange={setPinManager}
                        options={loaded.preview.managers.map((o) => ({
                          value: o.id,
                          label: o.name,
                        }))}
                      />
                      <Input.Password
                        style={{ width: 200 }}
                        value={newPin}
                        onChange={(e) => setNewPin(e.target.value)}
                        placeholder={t('backup.newPin')}
                        status={newPin !== '' && pinError !== null ? 'error' : ''}
                        data-testid="restore-new-pin"
                      />
                      {newPin !== '' && pinError !== null && (
                        <Typography.Text type="danger">{pinError}</Typography.Text>
                      )}
                    </Space>
                  </Space>
                )
              }
            />
          )}
          {!isManager && <Alert type="warning" showIcon title={t('backup.managerOnly')} />}
          <Button
            type="primary"
            danger={mode === 'replace'}
            disabled={blocked}
            loading={busy}
            onClick={() => confirm(loaded)}
            data-testid="restore-start"
          >
            {t('backup.restore')}
          </Button>
          {error !== undefined && (
            // Beside the button: a refusal names the table and row the manager must look at.
            <Alert type="error" showIcon title={error} data-testid="restore-error" />
          )}
          {progress && (
            <Progress
              percent={progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0}
              size="small"
              style={{ width: 320 }}
              format={() =>
                t(progress.phase === 'check' ? 'backup.restoreChecking' : 'backup.restoreWriting', {
                  done: progress.done,
                  total: progress.total,
                })
              }
              data-testid="restore-progress"
            />
          )}
        </>
      )}
    </Space>
  );
}
