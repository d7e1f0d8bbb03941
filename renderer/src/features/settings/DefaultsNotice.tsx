import { Alert, App, Button, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { hasRole } from '@shared/domain/record';
import type { DefaultMove } from '@shared/domain/settingsMigration';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { t } from '../../i18n';
import { settingLabel } from './settingLabels';
import { messageOf } from '../../i18n/domainText';

const shown = (v: unknown) =>
  typeof v === 'number' || typeof v === 'string' ? String(v) : JSON.stringify(v);

function moveText(m: DefaultMove): string {
  return t('settings.defaultsNotice.item', {
    setting: settingLabel(m.key),
    label: m.label,
    from: shown(m.from),
    to: shown(m.to),
  });
}

/**
 * "以下设置已按新版手册更新：…": the stored old defaults the app moved to the manuals' new ones
 * (settingsRepository.migrateDefaults), listed until a supervisor or manager has read them.
 */
export function DefaultsNotice() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const notice = useLiveQuery(() => repos.settings.defaultsNotice(), [repos]);
  if (!notice || notice.moves.length === 0) return null;
  const canAcknowledge = hasRole(actor.role, 'supervisor');
  const acknowledge = () =>
    repos.settings.acknowledgeDefaultsNotice(actor).catch((err: unknown) => {
      void message.error(messageOf(err));
    });
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="settings-defaults-notice"
      title={t('settings.defaultsNotice.title')}
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {notice.moves.map((m, i) => (
              <li key={i} data-testid="settings-defaults-move">
                {moveText(m)}
                <Typography.Text type="secondary"> {m.reason}</Typography.Text>
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">
            {t('settings.defaultsNotice.keepHint')}
          </Typography.Text>
        </>
      }
      action={
        <Button
          size="small"
          disabled={!canAcknowledge}
          onClick={() => void acknowledge()}
          data-testid="settings-defaults-ack"
        >
          {t('settings.defaultsNotice.acknowledge')}
        </Button>
      }
    />
  );
}
