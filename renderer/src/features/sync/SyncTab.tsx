import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Form, Input, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { z } from 'zod';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import { TABLE_LABELS } from '@shared/domain/backupRecords';
import { syncSettingsSchema, type SyncSettings } from '@shared/domain/sync/syncSettings';
import { FormField } from '../../components/FormField';
import { getHost } from '../../host/hostApi';
import { t } from '../../i18n';
import type { SyncConflictRecord } from '../../db/sync/syncRecords';
import { reportIssues } from '../settings/formSchema';
import { RoleNotice } from '../settings/RoleNotice';
import { useSettingEditor } from '../settings/useSettingEditor';
import { useSettingForm } from '../settings/useSettingForm';
import { useSyncRunner } from './useSyncStatus';

const TEXT_FIELDS = ['serverUrl', 'estate', 'deskName', 'deskCode'] as const;

/** The form holds the setting as is; its schema's messages show at the fields as typed. */
const formSchema = z
  .custom<SyncSettings>()
  .superRefine((form, ctx) => reportIssues(syncSettingsSchema, form, ctx));

/** 系统设置 → 多台电脑同步 (issue 20): join a server, see the status, settle conflicts. */
export function SyncTab() {
  const editor = useSettingEditor('sync');
  if (!editor.value) return <Spin />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <SyncSettingsForm initial={editor.value} editor={editor} />
      <SyncStatusPanel />
      <ConflictsList />
    </Space>
  );
}

function SyncSettingsForm({
  initial,
  editor,
}: {
  initial: SyncSettings;
  editor: ReturnType<typeof useSettingEditor<'sync'>>;
}) {
  const { canEdit, requiredRole, save, actor, repos } = editor;
  const { message } = App.useApp();
  const runner = useSyncRunner();
  // The password is never part of the form's draft (drafts are kept on disk).
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const stored = useLiveQuery(() => getHost().syncCredentials(), []);
  const { form, submit } = useSettingForm<SyncSettings>({
    draftKey: 'settings.sync',
    resolver: zodResolver(formSchema),
    defaultValues: initial,
    save: async (next, onIssues) => {
      if (!(await save(next, onIssues))) return false;
      await repos.syncDesk.setDeskCode(actor, (next as SyncSettings).deskCode);
      if (password !== '') {
        const name = username.trim() || stored?.username || '';
        const result = await getHost().setSyncCredentials({ username: name, password });
        if (!result.ok)
          void message.error(t('sync.credentialsRefused', { message: result.message }));
        setPassword('');
      }
      void runner.syncNow();
      return true;
    },
  });

  return (
    <form onSubmit={(e) => void submit(e)} style={{ maxWidth: 560 }} aria-label={t('sync.tab')}>
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      <Form layout="vertical" component={false} disabled={!canEdit}>
        {TEXT_FIELDS.map((name) => (
          <FormField
            key={name}
            control={form.control}
            name={name}
            label={t(`sync.${name}`)}
            extra={
              name === 'serverUrl'
                ? t('sync.serverUrlExtra')
                : name === 'deskCode'
                  ? t('sync.deskCodeExtra')
                  : undefined
            }
            render={(field) => (
              <Input {...field} id={`sync-${name}`} data-testid={`sync-${name}`} />
            )}
          />
        ))}
        <FormField
          control={form.control}
          name="warnDays"
          label={t('sync.warnDays')}
          render={(field) => (
            <InputNumber
              id="sync-warnDays"
              value={field.value}
              onChange={(v) => field.onChange(v)}
              onBlur={field.onBlur}
              precision={0}
              style={{ width: 120 }}
              data-testid="sync-warnDays"
            />
          )}
        />
        <Form.Item label={t('sync.username')} htmlFor="sync-username">
          <Input
            id="sync-username"
            data-testid="sync-username"
            value={username}
            placeholder={stored?.username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="off"
          />
        </Form.Item>
        <Form.Item
          label={t('sync.password')}
          htmlFor="sync-password"
          extra={
            stored
              ? `${t('sync.passwordKept')}；${t('sync.passwordExtra')}`
              : t('sync.passwordExtra')
          }
        >
          <Input.Password
            id="sync-password"
            data-testid="sync-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
          />
        </Form.Item>
      </Form>
      <Button type="primary" htmlType="submit" disabled={!canEdit} data-testid="sync-save">
        {t('sync.save')}
      </Button>
    </form>
  );
}

function SyncStatusPanel() {
  const { repos } = useSettingEditor('sync');
  const runner = useSyncRunner();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const status = useLiveQuery(() => repos.syncDesk.status(), [repos]);
  const state = status?.state;
  const syncNow = async () => {
    setBusy(true);
    try {
      const outcome = await runner.syncNow();
      if (outcome.kind === 'done') {
        void message.success(
          t('sync.status.done', { pushed: outcome.round.pushed, applied: outcome.round.applied }),
        );
      } else if (outcome.kind === 'failed') void message.error(outcome.message);
      else if (outcome.kind === 'no-credentials')
        void message.warning(t('sync.status.noCredentials'));
      else void message.info(t('sync.status.off'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="sync-status-panel">
      <Typography.Title level={5}>{t('sync.status.title')}</Typography.Title>
      <Typography.Paragraph>
        {state?.lastSyncedAt
          ? t('sync.status.lastSyncedAt', { at: formatOfficeDateTime(state.lastSyncedAt) })
          : t('sync.status.never')}
      </Typography.Paragraph>
      {state?.lastError && (
        <Alert
          type="warning"
          showIcon
          title={t('sync.status.lastError', { message: state.lastError })}
        />
      )}
      {state?.refused && state.refused.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="sync-refused"
          title={t('sync.status.refused')}
          description={state.refused.map((r) => (
            <div key={`${r.docId}${r.at}`}>{r.reason}</div>
          ))}
        />
      )}
      <Button
        style={{ marginTop: 8 }}
        onClick={() => void syncNow()}
        loading={busy}
        data-testid="sync-now"
      >
        {t('sync.syncNow')}
      </Button>
    </div>
  );
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function ConflictsList() {
  const { repos, actor } = useSettingEditor('sync');
  const { message } = App.useApp();
  const rows = useLiveQuery(() => repos.syncConflicts.listOpen(), [repos]) ?? [];
  const canResolve = hasRole(actor.role, 'supervisor');
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const tableName = (table: string) =>
    Object.hasOwn(TABLE_LABELS, table) ? TABLE_LABELS[table as keyof typeof TABLE_LABELS] : table;
  return (
    <div>
      <Typography.Title level={5}>{t('sync.conflicts.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sync.conflicts.intro')}</Typography.Paragraph>
      <Table<SyncConflictRecord>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="sync-conflicts"
        locale={{ emptyText: t('sync.conflicts.empty') }}
        dataSource={rows}
        columns={[
          { title: t('sync.conflicts.table'), render: (_, c) => tableName(c.table) },
          {
            title: t('sync.conflicts.field'),
            render: (_, c) => (c.field === '*unique' ? t('sync.conflicts.unique') : c.field),
          },
          { title: t('sync.conflicts.kept'), render: (_, c) => shown(c.kept) },
          {
            title: t('sync.conflicts.other'),
            render: (_, c) =>
              c.field === '*unique'
                ? shown((c.other as { no?: unknown } | null)?.no)
                : shown(c.other),
          },
          {
            title: '',
            render: (_, c) => (
              <Space>
                <Button
                  size="small"
                  disabled={!canResolve}
                  onClick={() => void act(() => repos.syncConflicts.confirm(actor, c.id))}
                >
                  {t('sync.conflicts.confirm')}
                </Button>
                {c.field !== '*unique' && (
                  <Button
                    size="small"
                    disabled={!canResolve}
                    onClick={() => void act(() => repos.syncConflicts.swap(actor, c.id))}
                  >
                    {t('sync.conflicts.swap')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
