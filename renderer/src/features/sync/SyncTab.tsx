import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Form, Input, InputNumber, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { z } from 'zod';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { isJoined, syncSettingsSchema, type SyncSettings } from '@shared/domain/sync/syncSettings';
import { FormField } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { getHost } from '../../host/hostApi';
import { t } from '../../i18n';
import { reportIssues } from '../settings/formSchema';
import { RoleNotice } from '../settings/RoleNotice';
import { useSettingEditor } from '../settings/useSettingEditor';
import { useSettingForm } from '../settings/useSettingForm';
import { useSyncRunner } from './useSyncStatus';
import { ConflictsList } from './ConflictsList';
import { JoinWithCode, MakePairingCode, type Joined } from './PairingPanel';
import { SyncProgressNote } from './SyncProgressNote';

const DESK_FIELDS = ['serverUrl', 'estate', 'deskName', 'deskCode'] as const;
const BRANCH_FIELDS = ['serverUrl', 'branchEstates'] as const;
const ROLES = ['desk', 'branch'] as const;

/** The form holds the setting as is; its schema's messages show at the fields as typed. */
const formSchema = z
  .custom<SyncSettings>()
  .superRefine((form, ctx) => reportIssues(syncSettingsSchema, form, ctx));

/** 系统设置 → 多台电脑同步 (issue 20): join a server, see the status, settle conflicts. */
export function SyncTab() {
  const editor = useSettingEditor('sync');
  if (!editor.value) return <Spin />;
  const joinedDesk = editor.value.role === 'desk' && isJoined(editor.value);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <SyncSettingsForm initial={editor.value} editor={editor} />
      <SyncStatusPanel />
      {joinedDesk && editor.canEdit && (
        <MakePairingCode serverUrl={editor.value.serverUrl} estate={editor.value.estate} />
      )}
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

  const role = form.watch('role');

  /** A pairing code redeemed: this desk's server, estate and desk code, and its own password. */
  const joinWith = async ({ pairing, credentials }: Joined) => {
    const next: SyncSettings = {
      ...form.getValues(),
      role: 'desk',
      serverUrl: pairing.serverUrl,
      estate: pairing.estate,
      deskCode: pairing.deskCode,
    };
    const sealed = await getHost().setSyncCredentials(credentials);
    if (!sealed.ok) throw new Error(t('sync.credentialsRefused', { message: sealed.message }));
    if (!(await save(next))) return;
    await repos.syncDesk.setDeskCode(actor, next.deskCode);
    form.reset(next);
    void runner.syncNow();
  };

  return (
    <form onSubmit={(e) => void submit(e)} style={{ maxWidth: 560 }} aria-label={t('sync.tab')}>
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      <Form layout="vertical" component={false} disabled={!canEdit}>
        <Field.Radio
          control={form.control}
          name="role"
          label={t('sync.role')}
          testId="sync-role"
          options={Field.choices(ROLES, (r) => t(`sync.roles.${r}`))}
        />
        {(role === 'branch' ? BRANCH_FIELDS : DESK_FIELDS).map((name) => (
          <Field.Text
            key={name}
            control={form.control}
            name={name}
            label={t(`sync.${name}`)}
            extra={
              name === 'serverUrl'
                ? t('sync.serverUrlExtra')
                : name === 'deskCode'
                  ? t('sync.deskCodeExtra')
                  : name === 'branchEstates'
                    ? t('sync.branchEstatesExtra')
                    : undefined
            }
            id={`sync-${name}`}
            testId={`sync-${name}`}
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
      {!isJoined(initial) && <JoinWithCode disabled={!canEdit} onJoined={joinWith} />}
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
      <SyncProgressNote />
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
