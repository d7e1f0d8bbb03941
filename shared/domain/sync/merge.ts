/**
 * Merging two versions of one record changed on two desks (issue 20).
 *
 * Policy:
 * - Three-way, field by field, against the version both started from (`base`): a field only
 *   one side changed takes that side's value; a field both changed to the same value is no
 *   conflict. Without a base (it was never seen here), every differing field counts as changed
 *   on both sides.
 * - Both changed a field to different values: the deterministic winner is the version changed
 *   last (`updatedAt`), ties to CouchDB's own winning revision (the same on every replica), so
 *   every desk merges to the same record. The other value is never dropped silently: it is
 *   returned as a `FieldConflict` for a supervisor to confirm or swap.
 * - Except where the domain decides:
 *   - lists that only grow (a case's history, revisits, a job's patrols): the union, the base's
 *     entries first, then the winner's new ones, then the other side's; entries with an `id`
 *     are matched by it, others by their content;
 *   - `status`: the one further along the record's flow (`STATUS_PROGRESS`); a flow that can go
 *     round again (a 不满意 revisit reopens a case) counts its rounds first, so a reopened case
 *     stays reopened against a close made on another desk without that revisit;
 *   - counts that only rise (`printCount`): the higher;
 *   - `updatedAt`/`updatedBy`: the latest change's; `deletedAt`: a soft delete on either side
 *     stays (the row is kept anyway, only hidden from lists).
 * - `append` kinds never merge: their rows are written once, so the winner is kept as is.
 */
import { replicationKind } from './replication';

export type Row = Record<string, unknown>;

/** One field both desks changed to different values; `kept` is what the record now holds. */
export interface FieldConflict {
  field: string;
  kept: unknown;
  other: unknown;
}

export interface MergeResult {
  merged: Row;
  conflicts: FieldConflict[];
}

/** The order of a table's statuses along its flow (later = further along). */
export const STATUS_PROGRESS: Readonly<Record<string, readonly string[]>> = {
  receipts: ['valid', 'void'],
  cases: ['open', 'dispatched', 'closed', 'revisited'],
  workOrders: ['open', 'done', 'closed'],
  mailItems: ['waiting', 'collected'],
  visits: ['inside', 'left', 'refused'],
  releasePasses: ['issued', 'checkedOut', 'refused', 'void'],
  syncConflicts: ['open', 'confirmed', 'swapped'],
};

/** The list field whose length counts a flow's rounds (each 不满意 revisit is one more). */
const ROUND_FIELDS: Readonly<Record<string, string>> = {
  cases: 'revisits',
  workOrders: 'revisits',
};

/** Lists that only grow, by table; `*` applies to every table. */
const GROWING_LISTS: Readonly<Record<string, readonly string[]>> = {
  // `terms` (search words) is derived from other fields: the union keeps the record findable
  // by either side's words until its next edit recomputes them.
  '*': ['history', 'revisits', 'events', 'dispatches', 'patrols', 'passNos', 'terms'],
};

const MAX_FIELDS: ReadonlySet<string> = new Set(['printCount']);
const META_FIELDS: ReadonlySet<string> = new Set(['updatedAt', 'updatedBy']);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v as Row).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      return Object.fromEntries(entries);
    }
    return v;
  });
}

/**
 * Which of two versions wins a field both changed: the later `updatedAt`, else the one CouchDB
 * made the winning revision (`aIsRevWinner`).
 */
export function firstWins(a: Row, b: Row, aIsRevWinner: boolean): boolean {
  const at = typeof a['updatedAt'] === 'string' ? a['updatedAt'] : '';
  const bt = typeof b['updatedAt'] === 'string' ? b['updatedAt'] : '';
  if (at !== bt) return at > bt;
  return aIsRevWinner;
}

function statusRank(table: string, row: Row): [number, number] {
  const order = STATUS_PROGRESS[table];
  const roundField = ROUND_FIELDS[table];
  const rounds = roundField && Array.isArray(row[roundField]) ? row[roundField].length : 0;
  const index = order ? order.indexOf(String(row['status'])) : -1;
  return [rounds, index];
}

function isGrowingList(table: string, field: string): boolean {
  return (GROWING_LISTS[table] ?? GROWING_LISTS['*'] ?? []).includes(field);
}

function entryKey(entry: unknown): string {
  if (entry && typeof entry === 'object' && typeof (entry as Row)['id'] === 'string') {
    return `id:${String((entry as Row)['id'])}`;
  }
  return `v:${stableJson(entry)}`;
}

/** The union of growing lists: the base's order, then the winner's additions, then the other's. */
export function unionList(base: unknown, winner: unknown[], other: unknown[]): unknown[] {
  const out: unknown[] = [];
  const seen = new Map<string, number>();
  const add = (entry: unknown, replace: boolean) => {
    const key = entryKey(entry);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(entry);
    } else if (replace) {
      out[at] = entry;
    }
  };
  // An entry with an id edited on the winner (a revisit's note corrected) takes its version.
  for (const e of Array.isArray(base) ? base : []) add(e, false);
  for (const e of winner) add(e, true);
  for (const e of other) add(e, false);
  return out;
}

/**
 * Merges `a` and `b` (two versions of one row of `table`) against `base` (the version both
 * came from; undefined when unknown). `aIsRevWinner` says which one CouchDB made the winning
 * revision, for ties.
 */
export function mergeRows(
  table: string,
  base: Row | undefined,
  a: Row,
  b: Row,
  aIsRevWinner: boolean,
): MergeResult {
  const aWins = firstWins(a, b, aIsRevWinner);
  const winner = aWins ? a : b;
  const loser = aWins ? b : a;
  if (replicationKind(table) === 'append') return { merged: { ...winner }, conflicts: [] };

  const merged: Row = {};
  const conflicts: FieldConflict[] = [];
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of [...fields].sort()) {
    const value = mergeField(table, field, base, a, b, winner, loser, conflicts);
    if (value !== undefined) merged[field] = value;
  }
  return { merged, conflicts };
}

function mergeField(
  table: string,
  field: string,
  base: Row | undefined,
  a: Row,
  b: Row,
  winner: Row,
  loser: Row,
  conflicts: FieldConflict[],
): unknown {
  const av = a[field];
  const bv = b[field];
  if (sameValue(av, bv)) return av;
  if (META_FIELDS.has(field)) return winner[field];
  if (base) {
    const was = base[field];
    if (sameValue(was, av)) return bv;
    if (sameValue(was, bv)) return av;
  }
  // Both sides changed this field (or the base is unknown).
  const wv = winner[field];
  const lv = loser[field];
  if (field === 'deletedAt' || field === 'deletedBy') return wv ?? lv;
  if (MAX_FIELDS.has(field) && typeof av === 'number' && typeof bv === 'number') {
    return Math.max(av, bv);
  }
  if (isGrowingList(table, field) && (Array.isArray(wv) || Array.isArray(lv))) {
    return unionList(base?.[field], Array.isArray(wv) ? wv : [], Array.isArray(lv) ? lv : []);
  }
  if (field === 'status' && STATUS_PROGRESS[table]) {
    const [wr, wi] = statusRank(table, winner);
    const [lr, li] = statusRank(table, loser);
    return lr > wr || (lr === wr && li > wi) ? lv : wv;
  }
  conflicts.push({ field, kept: wv, other: lv });
  return wv;
}

/**
 * A stable id for a conflict, the same on every desk that finds it, so the conflicts list
 * (which replicates) holds it once however many desks merged the same two versions.
 */
export function conflictKey(
  table: string,
  recordId: string,
  conflict: Pick<FieldConflict, 'field' | 'kept' | 'other'>,
): string {
  const values = stableJson([conflict.kept, conflict.other]);
  return `${table}:${recordId}:${conflict.field}:${hash53(values)}`;
}

/** cyrb53: a short, stable, non-cryptographic hash (the key only needs to be the same everywhere). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
