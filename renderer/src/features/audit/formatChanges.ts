import { formatOfficeDateTime } from '@shared/domain/calendar';
import { ROLE_LABELS, type AuditEntry, type Role } from '@shared/domain/record';
import { t, zhCN } from '../../i18n';

export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MAX_TEXT = 80;

function lookup<T extends Record<string, string>>(map: T, key: string): string | undefined {
  return Object.hasOwn(map, key) ? map[key as keyof T] : undefined;
}

/** Chinese name of a table; unknown (newer) tables show their code. */
export function tableLabel(table: string): string {
  return lookup(zhCN.audit.tables, table) ?? table;
}

export function actionLabel(action: AuditEntry['action']): string {
  return zhCN.audit.actions[action] ?? action;
}

/** Record fields first, then the settings' own field names (deadlines, limits). */
function fieldLabel(field: string): string {
  return (
    lookup(zhCN.audit.fields, field) ??
    lookup(zhCN.settings.deadlines.fields, field) ??
    lookup(zhCN.settings.limits, field) ??
    field
  );
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** One value as the desk reads it: dates in office time, roles and booleans in Chinese. */
export function formatValue(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('audit.empty');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (field === 'role' && typeof value === 'string' && value in ROLE_LABELS)
    return ROLE_LABELS[value as Role];
  if (typeof value === 'string') {
    // Images (the logo) are stored as data URLs: the log says "an image", not 100 KB of base64.
    if (value.startsWith('data:image/')) return t('audit.imageChanged');
    if (ISO_INSTANT.test(value)) {
      try {
        return formatOfficeDateTime(value);
      } catch {
        return clip(value);
      }
    }
    return clip(value);
  }
  if (typeof value === 'number') return String(value);
  return clip(JSON.stringify(value));
}

/** The entry's field changes, bookkeeping fields dropped, as readable lines. */
export function changeLines(entry: AuditEntry): ChangeLine[] {
  const hidden = new Set(['id', 'createdAt', 'createdBy', 'terms']);
  return Object.entries(entry.changes ?? {})
    .filter(([field]) => !hidden.has(field))
    .map(([field, [before, after]]) => ({
      field: fieldLabel(field),
      before: formatValue(field, before),
      after: formatValue(field, after),
    }));
}
