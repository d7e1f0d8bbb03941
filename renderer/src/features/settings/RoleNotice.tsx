import { Alert } from 'antd';
import type { Role } from '@shared/domain/record';
import { t } from '../../i18n';

/** Says why a settings tab is read-only for this operator. */
export function RoleNotice({ canEdit, role }: { canEdit: boolean; role: Role }) {
  if (canEdit) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="settings-readonly"
      title={t('settings.needsRole', { role: t(`operators.roles.${role}`) })}
    />
  );
}
