/**
 * The bridge's download job (issue 20): the replica's changes since the last applied sequence
 * written to Dexie.
 *
 * Policy:
 * - APPLY_BATCH changes at a time, each batch in one Dexie transaction marked incoming (so it is
 *   not noted for replication again) with the new checkpoint in `syncState`; applying is by
 *   revision, so applying twice is a no-op.
 * - In bulk (a new desk's initial sync is tens of thousands of documents; a read and a write per
 *   document made it minutes): the outbox notes and synced revisions of the whole batch read at
 *   once, the rows written table by table, the counters raised once per batch.
 * - A row with a pending outbox note is left alone (the next push merges it); a document in
 *   conflict is resolved first (resolve.ts), and the resolved revision applied when it comes
 *   through the changes.
 * - While a download is still writing the replica (`resolve: false`), a document in conflict is
 *   not resolved: resolving writes the replica, and the upload after the download starts at the
 *   replica's sequence when the download ended (syncEngine.ts), so a revision written during it
 *   would never go up. The apply stops just before that document instead (`held`), and the
 *   apply after the download resolves it.
 */
import type { Row } from '@shared/domain/sync/merge';
import { isReplicatedRow, parseDocId } from '@shared/domain/sync/replication';
import { ownSeriesFloors } from '@shared/domain/sync/deskNumbers';
import { recordConflicts, UNIQUE_FIELD } from './conflictNotes';
import { APPLIED_SEQ } from './syncKeys';
import { resolveConflict } from './resolve';
import { groupBy, hasTable, incoming, type BridgeContext, type RowDoc } from './bridgeContext';

/** Changes read and applied per Dexie transaction. */
export const APPLY_BATCH = 1000;

export interface ApplyResult {
  applied: number;
  conflicts: number;
  /** Stopped before a document in conflict, left for an apply that may resolve it. */
  held?: boolean;
}

export interface ApplyOptions {
  /** False while the replicator is writing the replica: stop before a conflict instead. */
  resolve?: boolean;
}

/** Applies the replica's changes to Dexie, a batch per transaction; returns rows applied. */
export async function applyChanges(
  ctx: BridgeContext,
  { resolve = true }: ApplyOptions = {},
): Promise<ApplyResult> {
  const { db, replica } = ctx;
  let applied = 0;
  let conflicts = 0;
  let held = false;
  while (!held) {
    const since = ((await db.syncState.get(APPLIED_SEQ))?.value as number | string) ?? 0;
    const changes = await replica.changes({
      since,
      limit: APPLY_BATCH,
      include_docs: true,
      conflicts: true,
    });
    if (changes.results.length === 0) break;
    const writes: RowDoc[] = [];
    let reached = changes.last_seq;
    for (const [i, change] of changes.results.entries()) {
      const doc = change.doc;
      if (!doc || !parseDocId(doc._id)) continue;
      if (doc._conflicts && doc._conflicts.length > 0) {
        if (!resolve) {
          held = true;
          reached = i > 0 ? changes.results[i - 1]!.seq : since;
          break;
        }
        conflicts += await resolveConflict(ctx, doc);
        continue;
      }
      writes.push(doc);
    }
    if (held && writes.length === 0) break;
    const tables = writes.map((d) => parseDocId(d._id)!.table);
    await incoming(db, [...tables, 'counters'], async () => {
      applied += await applyBatch(ctx, writes);
      await db.syncState.put({ key: APPLIED_SEQ, value: reached });
    });
    // Resolving a conflict wrote a new revision further on in the changes: read on until
    // nothing is left rather than stopping at a short batch.
  }
  return held ? { applied, conflicts, held } : { applied, conflicts };
}

/** One batch, inside the caller's transaction; returns the rows applied. */
async function applyBatch(ctx: BridgeContext, docs: RowDoc[]): Promise<number> {
  const { db } = ctx;
  const wanted = docs.filter((d) => {
    const { table, key } = parseDocId(d._id)!;
    return hasTable(db, table) && isReplicatedRow(table, key);
  });
  const ids = wanted.map((d) => d._id);
  const [pending, synced] = await Promise.all([
    db.syncOutbox.bulkGet(ids),
    db.syncRevs.bulkGet(ids),
  ]);
  const due = wanted.filter(
    // Pending: the next push merges it. Same revision: already what Dexie holds (our own push).
    (doc, i) => !pending[i] && synced[i]?.rev !== doc._rev,
  );
  const done: RowDoc[] = [];
  const byTable = (list: RowDoc[]) => groupBy(list, (d) => parseDocId(d._id)!.table);
  for (const [table, group] of byTable(due.filter((d) => d._deleted))) {
    await db.table(table).bulkDelete(group.map((d) => parseDocId(d._id)!.key));
    done.push(...group);
  }
  for (const [table, group] of byTable(due.filter((d) => !d._deleted))) {
    done.push(...(await putIncoming(ctx, table, group)));
  }
  await raiseCounters(
    ctx,
    done.filter((d) => !d._deleted).map((d) => d.row),
  );
  await db.syncRevs.bulkPut(done.map((d) => ({ key: d._id, rev: d._rev! })));
  return done.length;
}

/**
 * Writes rows from another desk in bulk. A row that collides with a unique index here (two
 * desks set up with the same code, a unit code typed on both) is not written: it is listed as
 * a conflict, and the rest of the batch goes on. Returns the documents written.
 */
async function putIncoming(
  { db }: BridgeContext,
  table: string,
  docs: RowDoc[],
): Promise<RowDoc[]> {
  try {
    await db.table(table).bulkPut(docs.map((d) => d.row));
    return docs;
  } catch (error) {
    const failures = (error as { failuresByPos?: Record<number, { name?: unknown }> } | null)
      ?.failuresByPos;
    if (!failures) throw error;
    // Dexie's bulkPut writes the rest and reports each failed row by position.
    for (const failure of Object.values(failures)) {
      if (failure.name !== 'ConstraintError') throw error;
    }
    for (const pos of Object.keys(failures).map(Number)) {
      const doc = docs[pos]!;
      const key = parseDocId(doc._id)!.key;
      await recordConflicts(db, table, key, [{ field: UNIQUE_FIELD, kept: null, other: doc.row }]);
    }
    return docs.filter((_, i) => !(i in failures));
  }
}

/**
 * Raises this desk's counters above any number of its own series the rows carry (a desk that
 * joined again must not reuse them): the highest floor per counter, one write each.
 */
async function raiseCounters({ db, desk }: BridgeContext, rows: Row[]): Promise<void> {
  const floors = new Map<string, number>();
  for (const row of rows) {
    for (const [counter, floor] of ownSeriesFloors(row, desk)) {
      floors.set(counter, Math.max(floor, floors.get(counter) ?? 0));
    }
  }
  if (floors.size === 0) return;
  const keys = [...floors.keys()];
  const now = await db.counters.bulkGet(keys);
  const raised = keys
    .map((key, i) => ({ key, next: floors.get(key)!, was: now[i]?.next ?? 1 }))
    .filter((c) => c.was < c.next)
    .map(({ key, next }) => ({ key, next }));
  if (raised.length > 0) await db.counters.bulkPut(raised);
}
