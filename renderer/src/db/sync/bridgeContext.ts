/**
 * What the bridge's jobs (push.ts, applyChanges.ts, resolve.ts, bridge.ts) share: the desk's
 * Dexie database, its local replica and series, and the one way they write Dexie — a read-write
 * transaction over the sync bookkeeping and the rows' tables, marked incoming so that nothing
 * the bridge writes is noted for replication again (capture.ts).
 */
import type PouchDB from 'pouchdb-core';
import type { PouchDoc } from 'pouchdb-core';
import type { Row } from '@shared/domain/sync/merge';
import type { RowDocBody } from '@shared/domain/sync/replication';
import type { TaizhangDB } from '../database';
import { markIncoming, OUTBOX_TABLE } from './capture';

export type Replica = PouchDB<RowDocBody>;
export type RowDoc = PouchDoc<RowDocBody>;

export interface BridgeContext {
  readonly db: TaizhangDB;
  readonly replica: Replica;
  /** This desk's series code, written on each revision as `desk`. */
  readonly desk: string;
}

export function hasTable(db: TaizhangDB, name: string): boolean {
  return db.tables.some((t) => t.name === name);
}

/** A read-write transaction over the bookkeeping and `tables`, marked incoming. */
export function incoming(
  db: TaizhangDB,
  tables: readonly string[],
  body: () => Promise<void>,
): Promise<void> {
  const names = [
    ...new Set([
      OUTBOX_TABLE,
      'syncRevs',
      'syncState',
      'syncConflicts',
      ...tables.filter((t) => hasTable(db, t)),
    ]),
  ];
  return db.transaction('rw', names, async () => {
    markIncoming();
    await body();
  });
}

/** The row of an older revision, or undefined when this replica never held its body. */
export async function bodyAt(replica: Replica, id: string, rev: string): Promise<Row | undefined> {
  try {
    const doc = await replica.get(id, { rev });
    return doc._deleted ? undefined : doc.row;
  } catch {
    return undefined;
  }
}

/** Groups `items` by `keyOf`, keeping their order within each group. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = out.get(key);
    if (group) group.push(item);
    else out.set(key, [item]);
  }
  return out;
}
