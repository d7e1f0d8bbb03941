/**
 * What of the audit log an operator sees (issue 15).
 *
 * Policy:
 * - A manager sees every entry as written.
 * - A supervisor sees every entry, with personal data masked: phone numbers and ID numbers in
 *   the field changes (any field named like a phone or an ID number, at any depth) and in the
 *   summaries, as lists show them (`138****5678`, `110***********1234`).
 * - A clerk sees only her own entries, masked the same way.
 */
import { maskIdNumber, maskPhone } from './identity';
import { hasRole, type AuditEntry, type Role } from './record';

export interface AuditView {
  /** Only entries whose `actorId` is the viewer's. */
  ownOnly: boolean;
  masked: boolean;
}

/** The audit log view a role gets. */
export function auditViewFor(role: Role): AuditView {
  return { ownOnly: !hasRole(role, 'supervisor'), masked: !hasRole(role, 'manager') };
}

const PHONE_KEY = /phone|mobile|tel$/i;
const ID_KEY = /idnumber|idno$/i;

function maskValue(value: unknown, mask: (s: string) => string): unknown {
  if (typeof value === 'string') return value === '' ? value : mask(value);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, mask));
  return value;
}

function maskDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskDeep);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (PHONE_KEY.test(key)) out[key] = maskValue(v, maskPhone);
    else if (ID_KEY.test(key)) out[key] = maskValue(v, maskIdNumber);
    else out[key] = maskDeep(v);
  }
  return out;
}

// An 18/15-character ID number or an 11-digit mobile standing alone in free text.
const ID_IN_TEXT = /(?<![\dA-Za-z])(\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)(1\d{10})(?!\d)/g;
const LANDLINE_IN_TEXT = /(?<!\d)(0\d{2,3}-\d{7,8})(?!\d)/g;

/** Free text with any ID number or phone in it masked. */
export function maskPersonalText(text: string): string {
  return text
    .replace(ID_IN_TEXT, (m) => maskIdNumber(m))
    .replace(MOBILE_IN_TEXT, (m) => maskPhone(m))
    .replace(LANDLINE_IN_TEXT, (m) => maskPhone(m));
}

/** An audit entry with its personal data masked (field changes and summary). */
export function maskAuditEntry(entry: AuditEntry): AuditEntry {
  let changes: AuditEntry['changes'];
  if (entry.changes) {
    changes = {};
    for (const [field, [before, after]] of Object.entries(entry.changes)) {
      const byKey = maskDeep({ [field]: [before, after] }) as Record<string, unknown[]>;
      const [b, a] = byKey[field] ?? [before, after];
      changes[field] = [maskDeepText(b), maskDeepText(a)];
    }
  }
  return {
    ...entry,
    ...(changes ? { changes } : {}),
    ...(entry.summary !== undefined ? { summary: maskPersonalText(entry.summary) } : {}),
  };
}

/** Strings anywhere in a value, with ID numbers and phones in them masked. */
function maskDeepText(value: unknown): unknown {
  if (typeof value === 'string') return maskPersonalText(value);
  if (Array.isArray(value)) return value.map(maskDeepText);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeepText(v)]));
}

/** The entries `viewer` may see, as she may see them. */
export function auditEntriesFor(
  entries: readonly AuditEntry[],
  viewer: { id: string; role: Role },
): AuditEntry[] {
  const view = auditViewFor(viewer.role);
  const visible = view.ownOnly ? entries.filter((e) => e.actorId === viewer.id) : entries;
  return view.masked ? visible.map(maskAuditEntry) : [...visible];
}
