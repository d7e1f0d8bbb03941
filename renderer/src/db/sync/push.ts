/**
 * The bridge's upload job (issue 20): the rows noted in `syncOutbox` (capture.ts) written into
 * the local replica, from where PouchDB's replicator carries them to the server.
 *
 * Policy:
 * - A batch of PUSH_BATCH notes at a time, in key order, each batch in bulk: the notes, the rows
 *   (one `bulkGet` per table) and the synced revisions read in one read transaction, the
 *   replica's current documents in one `allDocs`, the new revisions in one `bulkDocs`, and the
 *   notes cleared and revisions recorded in one transaction (a first desk's upload of a 5-year
 *   estate is hundreds of thousands of rows; a read and a write per row made it minutes).
 * - Rows are read as they are now, so ten edits offline are one revision. When the replica's
 *   revision is still the one the row was last synced at (`syncRevs`), the row goes on top of it;
 *   when another desk's revision arrived in between, the row is merged with it field by field
 *   against that base (shared/domain/sync/merge.ts) and the merged row is written to both sides.
 * - A note is cleared only if the row did not change again meanwhile (its token), so nothing
 *   typed during a push is lost; a batch cut before its marking transaction is pushed again on
 *   top of the revisions it wrote (the replica answers with the same documents: nothing doubles).
 */
import { mergeRows, sameValue, type FieldConflict, type Row } from '@shared/domain/sync/merge';
import type { SyncOutboxRow } from './syncRecords';
import { OUTBOX_TABLE } from './capture';
import { recordConflicts } from './conflictNotes';
import {
  bodyAt,
  groupBy,
  hasTable,
  incoming,
  type BridgeContext,
  type RowDoc,
} from './bridgeContext';

/** Outbox notes read, written to the replica and cleared per batch. */
export const PUSH_BATCH = 500;

interface OutboxItem {
  entry: SyncOutboxRow;
  row: Row | undefined;
  baseRev: string | undefined;
}

interface PushPlan {
  item: OutboxItem;
  conflicts: FieldConflict[];
  merged?: Row;
  rev?: string;
}

export interface PushResult {
  pushed: number;
  conflicts: number;
}

/** Writes every noted row into the replica; returns how many documents were written. */
export async function pushOutbox(ctx: BridgeContext): Promise<PushResult> {
  let pushed = 0;
  let conflicts = 0;
  let lastKey: string | undefined;
  for (;;) {
    const batch = await readOutbox(ctx, lastKey);
    if (batch.notes === 0) break;
    lastKey = batch.lastKey;
    const result = await pushBatch(ctx, batch.items);
    pushed += result.pushed;
    conflicts += result.conflicts;
    if (batch.notes < PUSH_BATCH) break;
  }
  return { pushed, conflicts };
}

/**
 * The next batch of notes after `after`, read again with their rows and bases in one read
 * transaction over just those tables (the notes as they are now: a row changed since has a
 * new token).
 */
async function readOutbox(
  { db }: BridgeContext,
  after: string | undefined,
): Promise<{ notes: number; lastKey?: string; items: OutboxItem[] }> {
  const listed = await (after === undefined
    ? db.syncOutbox.orderBy('key').limit(PUSH_BATCH).toArray()
    : db.syncOutbox.where('key').above(after).limit(PUSH_BATCH).toArray());
  if (listed.length === 0) return { notes: 0, items: [] };
  const lastKey = listed[listed.length - 1]!.key;
  const tables = [...new Set(listed.map((e) => e.table))].filter((t) => hasTable(db, t));
  return db.transaction('r', [OUTBOX_TABLE, 'syncRevs', ...tables], async () => {
    const keys = listed.map((e) => e.key);
    const [now, bases] = await Promise.all([
      db.syncOutbox.bulkGet(keys),
      db.syncRevs.bulkGet(keys),
    ]);
    const rows = new Map<string, Row>();
    const entries = now.filter((e): e is SyncOutboxRow => e !== undefined);
    for (const [table, group] of groupBy(entries, (e) => e.table)) {
      if (!hasTable(db, table)) continue;
      const found = (await db.table(table).bulkGet(group.map((e) => e.pk))) as (Row | undefined)[];
      group.forEach((e, i) => {
        const row = found[i];
        if (row) rows.set(e.key, row);
      });
    }
    const items: OutboxItem[] = [];
    now.forEach((entry, i) => {
      if (entry) items.push({ entry, row: rows.get(entry.key), baseRev: bases[i]?.rev });
    });
    return { notes: listed.length, lastKey, items };
  });
}

async function pushBatch(ctx: BridgeContext, items: OutboxItem[]): Promise<PushResult> {
  const { db, replica, desk } = ctx;
  if (items.length === 0) return { pushed: 0, conflicts: 0 };
  const current = await replica.allDocs({
    keys: items.map((i) => i.entry.key),
    include_docs: true,
  });
  const docs: RowDoc[] = [];
  const plans: PushPlan[] = [];
  for (const [index, item] of items.entries()) {
    const found = current.rows[index];
    const live = found?.value && !found.value.deleted && found.doc ? found.doc : undefined;
    const plan: PushPlan = { item, conflicts: [] };
    plans.push(plan);
    if (!item.row) {
      // Hard deletes are rare (soft delete is the rule); the replica gets a tombstone.
      if (live) docs.push({ _id: item.entry.key, _rev: live._rev, _deleted: true } as RowDoc);
      continue;
    }
    let row = item.row;
    if (live && live._rev !== item.baseRev) {
      // Another desk's revision arrived since this row was last synced: merge against the base.
      const base = item.baseRev ? await bodyAt(replica, item.entry.key, item.baseRev) : undefined;
      const result = mergeRows(item.entry.table, base, item.row, live.row, false);
      row = result.merged;
      plan.conflicts = result.conflicts;
      plan.merged = row;
      if (sameValue(row, live.row)) {
        plan.rev = live._rev;
        continue;
      }
    }
    docs.push({
      _id: item.entry.key,
      ...(live?._rev ? { _rev: live._rev } : {}),
      t: item.entry.table,
      row,
      desk,
    });
  }
  const written = docs.length > 0 ? await replica.bulkDocs(docs) : [];
  const revs = new Map<string, string>();
  for (const w of written) if (w.ok && w.id && w.rev) revs.set(w.id, w.rev);
  let conflictCount = 0;
  await incoming(
    db,
    plans.map((p) => p.item.entry.table),
    async () => {
      // Not written (a write conflict): the note stays for the next push.
      const done = plans
        .map((plan) => ({ plan, rev: plan.rev ?? revs.get(plan.item.entry.key) }))
        .filter(({ plan, rev }) => rev || !plan.item.row);
      const still = await db.syncOutbox.bulkGet(done.map((d) => d.plan.item.entry.key));
      const cleared: string[] = [];
      const merged: { table: string; row: Row }[] = [];
      const synced: { key: string; rev: string }[] = [];
      done.forEach(({ plan, rev }, i) => {
        const { entry } = plan.item;
        const unchanged = still[i]?.token === entry.token;
        if (unchanged) {
          cleared.push(entry.key);
          if (plan.merged && hasTable(db, entry.table))
            merged.push({ table: entry.table, row: plan.merged });
        }
        // A row changed again during the push keeps its old base when it was merged, so the
        // next push merges the other desk's fields in again instead of overwriting them.
        if (rev && (unchanged || !plan.merged)) synced.push({ key: entry.key, rev });
      });
      await db.table(OUTBOX_TABLE).bulkDelete(cleared);
      for (const [table, group] of groupBy(merged, (m) => m.table)) {
        await db.table(table).bulkPut(group.map((m) => m.row));
      }
      await db.syncRevs.bulkPut(synced);
      for (const { plan } of done) {
        if (plan.conflicts.length === 0) continue;
        const { table, pk } = plan.item.entry;
        conflictCount += await recordConflicts(db, table, pk, plan.conflicts);
      }
    },
  );
  return { pushed: written.filter((w) => w.ok).length, conflicts: conflictCount };
}
