/**
 * The bridge's conflict job (issue 20): a document the replicator left in conflict (two desks
 * wrote it while apart) is resolved on the desk that sees it — CouchDB's winner merged with each
 * losing leaf against their common ancestor (shared/domain/sync/merge.ts), the losers deleted —
 * and every field both desks changed differently is listed in `syncConflicts` for a supervisor.
 * The resolved revision is applied to Dexie when it comes through the changes.
 */
import { mergeRows, type FieldConflict, type Row } from '@shared/domain/sync/merge';
import { parseDocId } from '@shared/domain/sync/replication';
import { recordConflicts } from './conflictNotes';
import { bodyAt, incoming, type BridgeContext, type Replica, type RowDoc } from './bridgeContext';

/** Merges a document's conflicting leaves into its winner and deletes the losers. */
export async function resolveConflict(ctx: BridgeContext, winner: RowDoc): Promise<number> {
  const { db, replica, desk } = ctx;
  const { table, key } = parseDocId(winner._id)!;
  let merged: Row = winner.row;
  const found: FieldConflict[] = [];
  const winnerRevs = await ancestry(replica, winner._id, winner._rev!);
  const tombstones: RowDoc[] = [];
  for (const rev of winner._conflicts ?? []) {
    const loser = await replica.get(winner._id, { rev });
    const loserRevs = await ancestry(replica, winner._id, rev);
    const common = winnerRevs.find((r) => loserRevs.includes(r));
    const base = common ? await bodyAt(replica, winner._id, common) : undefined;
    if (!loser._deleted) {
      const result = mergeRows(table, base, merged, loser.row, true);
      merged = result.merged;
      found.push(...result.conflicts);
    }
    tombstones.push({ _id: winner._id, _rev: rev, _deleted: true } as RowDoc);
  }
  await replica.bulkDocs([
    { _id: winner._id, _rev: winner._rev, t: table, row: merged, desk },
    ...tombstones,
  ]);
  let count = 0;
  await incoming(db, [], async () => {
    count = await recordConflicts(db, table, key, found);
  });
  return count;
}

async function ancestry(replica: Replica, id: string, rev: string): Promise<string[]> {
  const doc = await replica.get(id, { rev, revs: true });
  const revisions = doc._revisions;
  if (!revisions) return [rev];
  return revisions.ids.map((hash, i) => `${revisions.start - i}-${hash}`);
}
