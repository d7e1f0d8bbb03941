import { catalog } from '../../i18n';

/** Name of a settings key in the language in effect, for the audit log; an unknown key shows as is. */
export function settingLabel(key: string): string {
  const labels: Record<string, string> = catalog().settings.keys;
  return Object.hasOwn(labels, key) ? (labels[key] ?? key) : key;
}
