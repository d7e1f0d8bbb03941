import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { Pairing } from '@shared/domain/sync/pairingCode';
import { createPairing, redeemPairing } from '../../db/sync/pairing';
import { t } from '../../i18n';
import { messageOf } from '../../i18n/domainText';

export interface Joined {
  pairing: Pairing;
  credentials: { username: string; password: string };
}

/** 用配对码加入: the new desk types the code the manager shows on a desk already joined. */
export function JoinWithCode({
  disabled,
  onJoined,
}: {
  disabled: boolean;
  onJoined: (joined: Joined) => Promise<void>;
}) {
  const { message } = App.useApp();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const join = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const joined = await redeemPairing(code, Date.now());
      await onJoined(joined);
      setCode('');
      void message.success(t('sync.pairing.joined', { estate: joined.pairing.estate }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ maxWidth: 560 }} data-testid="sync-join-code">
      <Typography.Title level={5}>{t('sync.pairing.joinTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sync.pairing.joinIntro')}</Typography.Paragraph>
      <Form.Item
        label={t('sync.pairing.code')}
        htmlFor="sync-pairing-code"
        validateStatus={error ? 'error' : undefined}
        help={error}
      >
        <Space.Compact style={{ width: '100%' }}>
          <Input
            id="sync-pairing-code"
            data-testid="sync-pairing-code"
            value={code}
            disabled={disabled}
            autoComplete="off"
            style={{ fontFamily: 'monospace' }}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => void join()}
          />
          <Button
            type="primary"
            loading={busy}
            disabled={disabled || code.trim() === ''}
            onClick={() => void join()}
            data-testid="sync-pairing-join"
          >
            {t('sync.pairing.join')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </div>
  );
}

/**
 * 为新电脑生成配对码 (manager, on a desk already joined): the server administrator's password is
 * typed for this one request and forgotten; the code is shown once.
 */
export function MakePairingCode({ serverUrl, estate }: { serverUrl: string; estate: string }) {
  const [deskCode, setDeskCode] = useState('');
  const [adminUser, setAdminUser] = useState('admin');
  const [adminPassword, setAdminPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [made, setMade] = useState<{ code: string; expiresAt: string; deskCode: string }>();
  const make = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await createPairing(
        { serverUrl, estate, deskCode, admin: { user: adminUser, password: adminPassword } },
        Date.now(),
      );
      setMade({ code: result.code, expiresAt: result.expiresAt, deskCode: deskCode.toUpperCase() });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setAdminPassword('');
      setBusy(false);
    }
  };
  return (
    <div style={{ maxWidth: 560 }} data-testid="sync-make-code">
      <Typography.Title level={5}>{t('sync.pairing.makeTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sync.pairing.makeIntro')}</Typography.Paragraph>
      <Form layout="vertical" component={false}>
        <Form.Item label={t('sync.pairing.newDeskCode')} htmlFor="sync-pairing-desk">
          <Input
            id="sync-pairing-desk"
            data-testid="sync-pairing-desk"
            value={deskCode}
            style={{ width: 120 }}
            onChange={(e) => setDeskCode(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('sync.pairing.adminUser')} htmlFor="sync-pairing-admin">
          <Input
            id="sync-pairing-admin"
            data-testid="sync-pairing-admin"
            value={adminUser}
            autoComplete="off"
            onChange={(e) => setAdminUser(e.target.value)}
          />
        </Form.Item>
        <Form.Item
          label={t('sync.pairing.adminPassword')}
          htmlFor="sync-pairing-admin-password"
          extra={t('sync.pairing.adminPasswordExtra')}
          validateStatus={error ? 'error' : undefined}
          help={error}
        >
          <Input.Password
            id="sync-pairing-admin-password"
            data-testid="sync-pairing-admin-password"
            value={adminPassword}
            autoComplete="off"
            onChange={(e) => setAdminPassword(e.target.value)}
            onPressEnter={() => void make()}
          />
        </Form.Item>
      </Form>
      <Button
        onClick={() => void make()}
        loading={busy}
        disabled={deskCode.trim() === '' || adminPassword === ''}
        data-testid="sync-pairing-make"
      >
        {t('sync.pairing.make')}
      </Button>
      {made && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          data-testid="sync-pairing-shown"
          title={t('sync.pairing.shown', {
            desk: made.deskCode,
            until: formatOfficeDateTime(made.expiresAt),
          })}
          description={
            <Typography.Text
              copyable
              strong
              style={{ fontFamily: 'monospace', fontSize: 18 }}
              data-testid="sync-pairing-value"
            >
              {made.code}
            </Typography.Text>
          }
        />
      )}
    </div>
  );
}
