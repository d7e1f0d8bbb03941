import { App } from 'antd';
import { hasRole } from '@shared/domain/record';
import { SETTINGS, type SettingKey } from '@shared/domain/settingsRegistry';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { SettingsValidationError } from '../../db/repositories/settingsRepository';
import { t } from '../../i18n';
import { useSetting } from './useSettings';
import { domainText, messageOf } from '../../i18n/domainText';

type Issues = SettingsValidationError['issues'];

/**
 * What a settings tab needs: the value in effect, whether this operator may change it (the
 * repository checks again), and `save`, which reports success or the refusal as a message and
 * passes validation issues back so the form can show them at the fields.
 */
export function useSettingEditor<K extends SettingKey>(key: K) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const value = useSetting(key);
  const requiredRole = SETTINGS[key].role;

  const save = async (next: unknown, onIssues?: (issues: Issues) => void): Promise<boolean> => {
    try {
      await repos.settings.set(key, next, actor);
      void message.success(t('settings.saved'));
      return true;
    } catch (err) {
      if (err instanceof SettingsValidationError) {
        onIssues?.(err.issues);
        void message.error(t('settings.invalid', { message: domainText(err.message) }));
      } else {
        void message.error(t('settings.saveFailed', { message: messageOf(err) }));
      }
      return false;
    }
  };

  return {
    key,
    value,
    canEdit: hasRole(actor.role, requiredRole),
    requiredRole,
    save,
    actor,
    repos,
  };
}
