import { formatOfficeDateTime } from '@shared/domain/calendar';
import { formatFen } from '@shared/domain/money';
import type { AuditEntry } from '@shared/domain/record';
import { auditLabels, catalog, t } from '../../i18n';

export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 120;
const MAX_ITEMS = 5;

// Bookkeeping and machine keys: the desk has no use for them in the log.
const HIDDEN = new Set([
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedBy',
  'terms',
  'requestId',
  'visitorKey',
  'itemCodes',
  'pin',
]);

function lookup<T extends object>(map: T | undefined, key: string): string | undefined {
  if (!map || !Object.hasOwn(map, key)) return undefined;
  const value: unknown = (map as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** Name of a table in the language in effect; unknown (newer) tables show their code. */
export function tableLabel(table: string): string {
  return lookup(catalog().audit.tables, table) ?? table;
}

export function actionLabel(action: AuditEntry['action']): string {
  return catalog().audit.actions[action] ?? action;
}

/**
 * A field's name in the language in effect: the table's own word, the common one, then the settings' field names
 * (deadlines, limits). Undefined for ids and keys with no word: those are left out.
 */
export function fieldLabel(table: string, field: string): string | undefined {
  if (HIDDEN.has(field)) return undefined;
  const words = catalog();
  return (
    lookup(auditLabels().auditTableFieldLabels[table], field) ??
    lookup(words.audit.fields, field) ??
    lookup(words.settings.deadlines.fields, field) ??
    lookup(words.settings.limits, field)
  );
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function codedValue(table: string, field: string, value: string): string | undefined {
  const { auditTableValueLabels, auditValueLabels } = auditLabels();
  return (
    lookup(auditTableValueLabels[table]?.[field], value) ?? lookup(auditValueLabels[field], value)
  );
}

// Inside a line or deduction the fee's code repeats its name: only the name is shown.
const NESTED_HIDDEN = new Set(['code', 'feeCode']);

/** A nested object as `名称：值，…`, its unnamed keys left out; undefined when nothing is left. */
function formatObject(table: string, value: object): string | undefined {
  const parts: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const label = NESTED_HIDDEN.has(key) ? undefined : fieldLabel(table, key);
    if (!label) continue;
    const text = readable(table, key, inner);
    if (text !== undefined && text !== '') parts.push(`${label}：${text}`);
  }
  return parts.length > 0 ? parts.join('，') : undefined;
}

/** One value in words, or undefined when it is only a machine reference (an id). */
function readable(table: string, field: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    return field.endsWith('Fen') && Number.isSafeInteger(value)
      ? `${formatFen(value)} 元`
      : String(value);
  }
  if (typeof value === 'string') {
    if (UUID.test(value)) return undefined;
    const coded = codedValue(table, field, value);
    if (coded) return coded;
    // Images (the logo) are stored as data URLs: the log says "an image", not 100 KB of base64.
    if (value.startsWith('data:image/')) return t('audit.imageChanged');
    if (ISO_INSTANT.test(value)) {
      try {
        return formatOfficeDateTime(value);
      } catch {
        return value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item: unknown) => readable(table, field, item))
      .filter((x): x is string => x !== undefined && x !== '');
    if (items.length === 0) return value.length === 0 ? '' : undefined;
    const separator = value.some((item) => typeof item === 'object') ? '；' : '、';
    const shown = items.slice(0, MAX_ITEMS).join(separator);
    return items.length > MAX_ITEMS ? `${shown}${t('audit.more', { count: items.length })}` : shown;
  }
  if (typeof value === 'object') return formatObject(table, value);
  return undefined;
}

/** One value as the desk reads it: coded values in Chinese, money in 元, times in office time. */
export function formatValue(table: string, field: string, value: unknown): string | undefined {
  const text = readable(table, field, value);
  if (text === undefined) return undefined;
  return text === '' ? t('audit.empty') : clip(text);
}

/** The entry's field changes as readable lines; ids, keys and unnamed fields left out. */
export function changeLines(entry: AuditEntry): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const [field, [before, after]] of Object.entries(entry.changes ?? {})) {
    const label = fieldLabel(entry.table, field);
    if (!label) continue;
    const b = formatValue(entry.table, field, before);
    const a = formatValue(entry.table, field, after);
    if (b === undefined && a === undefined) continue;
    const line = { field: label, before: b ?? t('audit.empty'), after: a ?? t('audit.empty') };
    // Unset → empty text reads as no change at all.
    if (line.before === line.after) continue;
    lines.push(line);
  }
  return lines;
}

// The fields that name a record for the desk, best first.
const NAMING_FIELDS = ['no', 'code', 'label', 'unitCode', 'name', 'customerName', 'payerName'];

/** The record's number or name as the entry carries it; undefined when it carries none. */
export function recordName(entry: AuditEntry): string | undefined {
  for (const field of NAMING_FIELDS) {
    const pair = entry.changes?.[field];
    if (!pair) continue;
    const value = pair[1] ?? pair[0];
    if (typeof value === 'string' && value && !UUID.test(value)) return value;
  }
  return undefined;
}
