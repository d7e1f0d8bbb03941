/**
 * What replicates between desks (issue 20, domain §9), and as which kind of record.
 *
 * Policy:
 * - A replicated row travels as one CouchDB document `<table>:<primary key>` holding the row
 *   under `row` (a row's own fields can never clash with CouchDB's `_` fields) and the table
 *   name under `t`, so the server's validate_doc_update can tell a receipt from a work order.
 * - Kinds: `append` rows are written once and never changed (audit entries, patrol records,
 *   closed cash-ups): two versions of one can only be the same row, so they never conflict.
 *   `merge` rows may change on several desks and merge field by field (merge.ts). Money
 *   documents merge too, but only in what a desk may still change (void, print count): their
 *   number, amount, lines and payer are refused by the server after issue.
 * - Local, never replicated: `counters` (each desk numbers its own series), `meta` (this
 *   desk's notes), the sync bookkeeping, and `operators`: clerks sign in with PINs at their own
 *   desk. A 4–8 digit PIN's PBKDF2 hash falls to an offline search in minutes, so copying every
 *   operator's hash to a server and to every desk would multiply where it can be stolen, and a
 *   PIN lockout or a session epoch is this desk's state. Records keep the clerk's name beside
 *   her id, so other desks read who did what without her row.
 * - Settings replicate (the estate's fees, profile, calendar are one office's), except the ones
 *   that describe this PC: `printing` (its printers) and the sync settings themselves.
 * - Any table not named here is replicated as `merge`, so a register added in parallel
 *   replicates through the same hook without touching this file.
 */

export type ReplicationKind = 'append' | 'merge';

/** Tables whose rows never leave this desk. */
export const LOCAL_TABLES: ReadonlySet<string> = new Set([
  'counters',
  'meta',
  'operators',
  'syncOutbox',
  'syncRevs',
  'syncState',
  // Derived on each desk from its own bills (renderer/src/db/arrearsSummary.ts, issue 21).
  'billArrears',
  // The monthly review's stored months, derived on each desk (renderer/src/db/reviewMonths.ts).
  'reviewMonths',
]);

/** Settings keys that describe this PC, not the estate. */
// `language` is this desk's screen language (issue 16).
export const LOCAL_SETTING_KEYS: ReadonlySet<string> = new Set(['printing', 'sync', 'language']);

const APPEND_TABLES: ReadonlySet<string> = new Set(['audit', 'renovationPatrols', 'cashups']);

/** Tables whose rows are keyed by `key` rather than `id`. */
const KEYED_BY_KEY: ReadonlySet<string> = new Set(['settings', 'counters', 'meta']);

export function isReplicatedTable(table: string): boolean {
  return !LOCAL_TABLES.has(table);
}

/** Whether one row of `table` replicates (a desk-local setting does not). */
export function isReplicatedRow(table: string, primaryKey: string): boolean {
  if (!isReplicatedTable(table)) return false;
  return !(table === 'settings' && LOCAL_SETTING_KEYS.has(primaryKey));
}

export function replicationKind(table: string): ReplicationKind {
  return APPEND_TABLES.has(table) ? 'append' : 'merge';
}

export function primaryKeyField(table: string): 'id' | 'key' {
  return KEYED_BY_KEY.has(table) ? 'key' : 'id';
}

/** The CouchDB document id of a row: `receipts:9f2c…`. */
export function docIdOf(table: string, primaryKey: string): string {
  return `${table}:${primaryKey}`;
}

/** A document id read back into table and key, or null for one that is not a row (design docs). */
export function parseDocId(docId: string): { table: string; key: string } | null {
  if (docId.startsWith('_')) return null;
  const at = docId.indexOf(':');
  if (at <= 0 || at === docId.length - 1) return null;
  return { table: docId.slice(0, at), key: docId.slice(at + 1) };
}

/** The body of a replicated document (without CouchDB's `_id`/`_rev`). */
export interface RowDocBody {
  /** The table. */
  t: string;
  /** The row as Dexie stores it. */
  row: Record<string, unknown>;
  /** The desk (its series code, '' for the first desk) that wrote this revision. */
  desk: string;
}
