import { Form, Input, Typography } from 'antd';
import { t } from '../../i18n';

export interface SetupBackupPasswordValue {
  password: string;
  confirm: string;
}

/**
 * The backup password at first run (desktop only: main seals it and encrypts every backup from
 * then on). Optional; the reason to set it is said right here.
 */
export function SetupBackupPassword({
  value,
  onChange,
  error,
}: {
  value: SetupBackupPasswordValue;
  onChange: (next: SetupBackupPasswordValue) => void;
  error: string | null;
}) {
  const shown = error !== null && value.password !== '' ? error : null;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('backup.setupIntro')}</Typography.Paragraph>
      <Form.Item
        label={t('backup.setupPassword')}
        validateStatus={shown ? 'error' : ''}
        help={shown}
      >
        <Input.Password
          value={value.password}
          autoComplete="new-password"
          onChange={(e) => onChange({ ...value, password: e.target.value })}
          data-testid="wizard-backup-password"
        />
      </Form.Item>
      <Form.Item label={t('backup.setupPasswordConfirm')}>
        <Input.Password
          value={value.confirm}
          autoComplete="new-password"
          onChange={(e) => onChange({ ...value, confirm: e.target.value })}
          data-testid="wizard-backup-password-confirm"
        />
      </Form.Item>
    </>
  );
}
