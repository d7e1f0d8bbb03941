/**
 * The bridge between Dexie (what the screens read) and a local PouchDB replica, which PouchDB's
 * own replicator keeps in step with the estate's CouchDB database (issue 20). Only the bridge
 * is ours; checkpoints, revision trees and resuming are PouchDB's.
 *
 * Policy:
 * - Push: the rows noted in `syncOutbox` (capture.ts) are read as they are now and written to
 *   the replica as documents `<table>:<key>`. When the replica's revision is still the one the
 *   row was last synced at (`syncRevs`), the row goes on top of it. When another desk's
 *   revision arrived in between, the row is merged with it field by field against that base
 *   (shared/domain/sync/merge.ts), and the merged row is written to both sides. An outbox note
 *   is cleared only if the row did not change again meanwhile (its token), so nothing typed
 *   during a push is lost.
 * - Apply: the replica's changes since the last applied sequence are read in batches; each
 *   batch is written to Dexie in one transaction, marked incoming so it is not noted for
 *   replication again, with the new checkpoint in `syncState`. A row with a pending outbox note
 *   is left alone (the next push merges it); a document in conflict is resolved first — CouchDB's
 *   winner merged with each losing leaf against their common ancestor, the losers deleted —
 *   and the resolved revision is applied when it comes through the changes.
 * - Every field both desks changed differently lands in `syncConflicts` (the same id on every
 *   desk, so the list holds it once) for a supervisor to confirm or swap.
 * - A change the server refuses (validate_doc_update) is put back to the server's version on
 *   this desk, and the refusal is kept with the server's reason for the status to show.
 */
import type PouchDB from 'pouchdb-core';
import type { PouchDoc } from 'pouchdb-core';
import { mergeRows, sameValue, type FieldConflict, type Row } from '@shared/domain/sync/merge';
import { isReplicatedRow, parseDocId, type RowDocBody } from '@shared/domain/sync/replication';
import { ownSeriesFloors } from '@shared/domain/sync/deskNumbers';
import type { TaizhangDB } from '../database';
import { markIncoming, OUTBOX_TABLE } from './capture';
import { recordConflicts, SYNC_ACTOR_ID, UNIQUE_FIELD } from './conflictNotes';
import { APPLIED_SEQ, PUSHED_SEQ } from './syncKeys';
import type { SyncOutboxRow } from './syncRecords';

export type Replica = PouchDB<RowDocBody>;
type RowDoc = PouchDoc<RowDocBody>;

export { SYNC_ACTOR_ID };

const PUSH_BATCH = 250;
/** Changes read and applied per Dexie transaction (a bulk write each, see applyBatch). */
const APPLY_BATCH = 1000;
export { UNIQUE_FIELD };

export interface Refusal {
  docId: string;
  reason: string;
}

export interface SyncRound {
  pushed: number;
  applied: number;
  conflicts: number;
  refused: Refusal[];
}

export class SyncBridge {
  constructor(
    private readonly db: TaizhangDB,
    readonly replica: Replica,
    /** This desk's series code, written on each revision as `desk`. */
    private readonly desk: string,
  ) {}

  /**
   * Changes not yet on the server: rows still in the outbox, and replica revisions after the
   * last sequence an upload reached (`markPushed`).
   */
  async pendingCount(): Promise<number> {
    const outbox = await this.db.syncOutbox.count();
    const since = ((await this.db.syncState.get(PUSHED_SEQ))?.value as number | string) ?? 0;
    const { results } = await this.replica.changes({ since });
    return outbox + results.filter((c) => parseDocId(c.id)).length;
  }

  /** Records how far an upload to the server got (the replicator's own checkpoint is its). */
  async markPushed(seq: number | string | undefined): Promise<void> {
    if (seq === undefined) return;
    await this.db.syncState.put({ key: PUSHED_SEQ, value: seq });
  }

  /** Writes every noted row into the replica; returns how many documents were written. */
  async push(): Promise<{ pushed: number; conflicts: number }> {
    let pushed = 0;
    let conflicts = 0;
    let lastKey: string | undefined;
    for (;;) {
      const batch = await this.readOutbox(lastKey);
      if (batch.length === 0) break;
      lastKey = batch[batch.length - 1]!.entry.key;
      const result = await this.pushBatch(batch);
      pushed += result.pushed;
      conflicts += result.conflicts;
      if (batch.length < PUSH_BATCH) break;
    }
    return { pushed, conflicts };
  }

  private async readOutbox(after: string | undefined): Promise<OutboxItem[]> {
    const entries = await (after === undefined
      ? this.db.syncOutbox.orderBy('key').limit(PUSH_BATCH).toArray()
      : this.db.syncOutbox.where('key').above(after).limit(PUSH_BATCH).toArray());
    if (entries.length === 0) return [];
    const tables = [...new Set(entries.map((e) => e.table))].filter((t) => this.hasTable(t));
    return this.db.transaction('r', [OUTBOX_TABLE, 'syncRevs', ...tables], async () => {
      const items: OutboxItem[] = [];
      for (const entry of entries) {
        const now = await this.db.syncOutbox.get(entry.key);
        if (!now) continue;
        const row = this.hasTable(entry.table)
          ? ((await this.db.table(entry.table).get(entry.pk)) as Row | undefined)
          : undefined;
        const base = await this.db.syncRevs.get(entry.key);
        items.push({ entry: now, row, baseRev: base?.rev });
      }
      return items;
    });
  }

  private async pushBatch(items: OutboxItem[]): Promise<{ pushed: number; conflicts: number }> {
    const ids = items.map((i) => i.entry.key);
    const current = await this.replica.allDocs({ keys: ids, include_docs: true });
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
        const base = item.baseRev ? await this.bodyAt(item.entry.key, item.baseRev) : undefined;
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
        desk: this.desk,
      });
      plan.doc = docs[docs.length - 1];
    }
    const written = docs.length > 0 ? await this.replica.bulkDocs(docs) : [];
    const revs = new Map<string, string>();
    for (const w of written) if (w.ok && w.id && w.rev) revs.set(w.id, w.rev);
    let conflictCount = 0;
    await this.incoming(
      plans.map((p) => p.item.entry.table),
      async () => {
        for (const plan of plans) {
          const key = plan.item.entry.key;
          const rev = plan.rev ?? revs.get(key);
          if (!rev && plan.item.row) continue; // not written (a write conflict): stays pending
          const still = await this.db.syncOutbox.get(key);
          const unchanged = still?.token === plan.item.entry.token;
          if (unchanged) {
            await this.db.syncOutbox.delete(key);
            if (plan.merged && this.hasTable(plan.item.entry.table)) {
              await this.db.table(plan.item.entry.table).put(plan.merged);
            }
          }
          // A row changed again during the push keeps its old base when it was merged, so the
          // next push merges the other desk's fields in again instead of overwriting them.
          if (rev && (unchanged || !plan.merged)) await this.db.syncRevs.put({ key, rev });
          conflictCount += await recordConflicts(
            this.db,
            plan.item.entry.table,
            plan.item.entry.pk,
            plan.conflicts,
          );
        }
      },
    );
    return { pushed: written.filter((w) => w.ok).length, conflicts: conflictCount };
  }

  /** Applies the replica's changes to Dexie, a batch per transaction; returns rows applied. */
  async apply(): Promise<{ applied: number; conflicts: number }> {
    let applied = 0;
    let conflicts = 0;
    for (;;) {
      const since = ((await this.db.syncState.get(APPLIED_SEQ))?.value as number | string) ?? 0;
      const changes = await this.replica.changes({
        since,
        limit: APPLY_BATCH,
        include_docs: true,
        conflicts: true,
      });
      if (changes.results.length === 0) break;
      const writes: RowDoc[] = [];
      for (const change of changes.results) {
        const doc = change.doc;
        if (!doc || !parseDocId(doc._id)) continue;
        if (doc._conflicts && doc._conflicts.length > 0) {
          conflicts += await this.resolve(doc);
          continue;
        }
        writes.push(doc);
      }
      const tables = writes.map((d) => parseDocId(d._id)!.table);
      await this.incoming([...tables, 'counters'], async () => {
        applied += await this.applyBatch(writes);
        await this.db.syncState.put({ key: APPLIED_SEQ, value: changes.last_seq });
      });
      // Resolving a conflict wrote a new revision further on in the changes: read on until
      // nothing is left rather than stopping at a short batch.
    }
    return { applied, conflicts };
  }

  /**
   * One batch of the replica's changes, inside the caller's transaction: the outbox notes and
   * synced revisions are read for the whole batch at once and the rows written table by table
   * in bulk (a new desk's initial sync is tens of thousands of documents; a read and a write
   * per document made it minutes). Returns the rows applied.
   */
  private async applyBatch(docs: RowDoc[]): Promise<number> {
    const wanted = docs.filter((d) => {
      const { table, key } = parseDocId(d._id)!;
      return this.hasTable(table) && isReplicatedRow(table, key);
    });
    const ids = wanted.map((d) => d._id);
    const [pending, synced] = await Promise.all([
      this.db.syncOutbox.bulkGet(ids),
      this.db.syncRevs.bulkGet(ids),
    ]);
    const puts = new Map<string, RowDoc[]>();
    const deletes = new Map<string, RowDoc[]>();
    for (const [i, doc] of wanted.entries()) {
      if (pending[i]) continue; // the next push merges it
      if (synced[i]?.rev === doc._rev) continue; // already what Dexie holds (our own push)
      const { table } = parseDocId(doc._id)!;
      const into = doc._deleted ? deletes : puts;
      const group = into.get(table) ?? [];
      group.push(doc);
      into.set(table, group);
    }
    const done: RowDoc[] = [];
    for (const [table, group] of deletes) {
      await this.db.table(table).bulkDelete(group.map((d) => parseDocId(d._id)!.key));
      done.push(...group);
    }
    for (const [table, group] of puts) done.push(...(await this.putIncoming(table, group)));
    await this.raiseCounters(done.filter((d) => !d._deleted).map((d) => d.row));
    await this.db.syncRevs.bulkPut(done.map((d) => ({ key: d._id, rev: d._rev! })));
    return done.length;
  }

  /**
   * Writes rows from another desk in bulk. A row that collides with a unique index here (two
   * desks set up with the same code, a unit code typed on both) is not written: it is listed as
   * a conflict, and the rest of the batch goes on. Returns the documents written.
   */
  private async putIncoming(table: string, docs: RowDoc[]): Promise<RowDoc[]> {
    try {
      await this.db.table(table).bulkPut(docs.map((d) => d.row));
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
        await recordConflicts(this.db, table, key, [
          { field: UNIQUE_FIELD, kept: null, other: doc.row },
        ]);
      }
      return docs.filter((_, i) => !(i in failures));
    }
  }

  /**
   * Raises this desk's counters above any number of its own series the rows carry (a desk that
   * joined again must not reuse them): the highest floor per counter, one write each.
   */
  private async raiseCounters(rows: Row[]): Promise<void> {
    const floors = new Map<string, number>();
    for (const row of rows) {
      for (const [counter, floor] of ownSeriesFloors(row, this.desk)) {
        floors.set(counter, Math.max(floor, floors.get(counter) ?? 0));
      }
    }
    if (floors.size === 0) return;
    const keys = [...floors.keys()];
    const now = await this.db.counters.bulkGet(keys);
    const raised = keys
      .map((key, i) => ({ key, next: floors.get(key)!, was: now[i]?.next ?? 1 }))
      .filter((c) => c.was < c.next)
      .map(({ key, next }) => ({ key, next }));
    if (raised.length > 0) await this.db.counters.bulkPut(raised);
  }

  /** Merges a document's conflicting leaves into its winner and deletes the losers. */
  private async resolve(winner: RowDoc): Promise<number> {
    const { table, key } = parseDocId(winner._id)!;
    let merged: Row = winner.row;
    const found: FieldConflict[] = [];
    const winnerRevs = await this.ancestry(winner._id, winner._rev!);
    const tombstones: RowDoc[] = [];
    for (const rev of winner._conflicts ?? []) {
      const loser = await this.replica.get(winner._id, { rev });
      const loserRevs = await this.ancestry(winner._id, rev);
      const common = winnerRevs.find((r) => loserRevs.includes(r));
      const base = common ? await this.bodyAt(winner._id, common) : undefined;
      if (!loser._deleted) {
        const result = mergeRows(table, base, merged, loser.row, true);
        merged = result.merged;
        found.push(...result.conflicts);
      }
      tombstones.push({ _id: winner._id, _rev: rev, _deleted: true } as RowDoc);
    }
    await this.replica.bulkDocs([
      { _id: winner._id, _rev: winner._rev, t: table, row: merged, desk: this.desk },
      ...tombstones,
    ]);
    let count = 0;
    await this.incoming([], async () => {
      count = await recordConflicts(this.db, table, key, found);
    });
    return count;
  }

  private async ancestry(id: string, rev: string): Promise<string[]> {
    const doc = await this.replica.get(id, { rev, revs: true });
    const revisions = doc._revisions;
    if (!revisions) return [rev];
    return revisions.ids.map((hash, i) => `${revisions.start - i}-${hash}`);
  }

  /** The row of an older revision, or undefined when this replica never held its body. */
  private async bodyAt(id: string, rev: string): Promise<Row | undefined> {
    try {
      const doc = await this.replica.get(id, { rev });
      return doc._deleted ? undefined : doc.row;
    } catch {
      return undefined;
    }
  }

  /**
   * Puts a refused document back to `serverDoc` (the server's version, or none) here: a new
   * revision on top of the refused one, applied to Dexie, so the next push agrees with the
   * server instead of offering the refused change again.
   */
  async revertRefused(docId: string, serverDoc: RowDoc | undefined): Promise<void> {
    // allDocs also answers for a deleted document (a refused deletion is a tombstone here).
    const [local] = (await this.replica.allDocs({ keys: [docId] })).rows;
    const localRev = local?.value?.rev;
    if (!localRev) return;
    const parsed = parseDocId(docId);
    if (!parsed) return;
    const body = serverDoc
      ? { t: serverDoc.t, row: serverDoc.row, desk: serverDoc.desk }
      : { _deleted: true };
    const [written] = await this.replica.bulkDocs([{ _id: docId, _rev: localRev, ...body }]);
    await this.incoming([parsed.table], async () => {
      await this.db.syncOutbox.delete(docId);
      if (this.hasTable(parsed.table)) {
        if (serverDoc) await this.db.table(parsed.table).put(serverDoc.row);
        else await this.db.table(parsed.table).delete(parsed.key);
      }
      if (written?.rev) await this.db.syncRevs.put({ key: docId, rev: written.rev });
    });
  }

  private hasTable(name: string): boolean {
    return this.db.tables.some((t) => t.name === name);
  }

  /** A read-write transaction over the bookkeeping and `tables`, marked incoming. */
  private incoming(tables: string[], body: () => Promise<void>): Promise<void> {
    const names = [
      ...new Set([
        OUTBOX_TABLE,
        'syncRevs',
        'syncState',
        'syncConflicts',
        ...tables.filter((t) => this.hasTable(t)),
      ]),
    ];
    return this.db.transaction('rw', names, async () => {
      markIncoming();
      await body();
    });
  }
}

interface OutboxItem {
  entry: SyncOutboxRow;
  row: Row | undefined;
  baseRev: string | undefined;
}

interface PushPlan {
  item: OutboxItem;
  conflicts: FieldConflict[];
  merged?: Row;
  doc?: RowDoc;
  rev?: string;
}
