import { zhCN } from '../../i18n';

/** Chinese name of a settings key, for the audit log; an unknown key shows as is. */
export function settingLabel(key: string): string {
  const labels: Record<string, string> = zhCN.settings.keys;
  return Object.hasOwn(labels, key) ? (labels[key] ?? key) : key;
}
