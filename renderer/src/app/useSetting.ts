import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingKey, SettingValue } from '@shared/domain/settingsRegistry';
import { useRepos } from './ReposContext';

/**
 * A setting in effect (stored or default), live; undefined while loading. It lives in app/
 * (beside the repositories' context) so that shared layers such as the print engine can read a
 * setting without importing a feature; features/settings/useSettings re-exports it.
 */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  const repos = useRepos();
  return useLiveQuery(() => repos.settings.get(key), [repos, key]);
}
