/**
 * Seeding a new desk from the estate's latest backup (issue 20): restoring another desk's
 * backup file first, then replicating only what came after it.
 *
 * Policy:
 * - A backup carries the sync bookkeeping (`syncRevs`: the server revision each row is at;
 *   `syncState.remoteSeq`: how far that desk's last download from the server had reached).
 *   Every server change up to that sequence is in the backup's rows, at those revisions.
 * - The first sync of an empty replica over a database that holds such a mark for the same
 *   server database writes each row into the replica at its recorded revision (PouchDB's
 *   `new_edits: false`, the leaf only), so later revisions from the server extend the same
 *   revision tree instead of conflicting, and the upload finds all of it on the server already.
 * - The download then starts after the mark (`since`), kept until a download completes: a cut
 *   before the replicator's first checkpoint only repeats what is already here (PouchDB's
 *   revs_diff skips it), never skips anything.
 * - Applying skips the seeded revisions (Dexie already holds them: same revision), so nothing is
 *   doubled; rows the backup's desk had not yet pushed stay in the restored outbox and are
 *   pushed from here (if that PC died, they are saved this way).
 * - Nothing else of the other desk's status is kept: this desk starts its own status.
 */
import type { PouchDoc } from 'pouchdb-core';
import { parseDocId, type RowDocBody } from '@shared/domain/sync/replication';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { Replica } from './bridge';
import { APPLIED_SEQ, PUSHED_SEQ, REMOTE_SEQ, SEED_SINCE, STATUS_KEY } from './syncKeys';

const SEED_BATCH = 500;

interface RemoteMark {
  remote: string;
  seq: number | string;
}

/** Notes how far a completed download from `remote` reached (what a backup then carries). */
export async function noteRemoteSeq(
  db: TaizhangDB,
  remote: string,
  seq: number | string | undefined,
): Promise<void> {
  if (seq === undefined) return;
  await db.transaction('rw', db.syncState, async () => {
    await db.syncState.put({ key: REMOTE_SEQ, value: { remote, seq } satisfies RemoteMark });
    await db.syncState.delete(SEED_SINCE);
  });
}

/** Where this desk's next download must start, when it was seeded and has not completed one. */
export async function seedSince(db: TaizhangDB): Promise<number | string | undefined> {
  return (await db.syncState.get(SEED_SINCE))?.value as number | string | undefined;
}

function isEmptySeq(seq: number | string): boolean {
  return seq === 0 || seq === '0' || (typeof seq === 'string' && seq.startsWith('0-'));
}

/**
 * Seeds an empty replica from the rows of a restored backup of `remote`'s estate; returns the
 * documents seeded (0 when there is nothing to seed: a replica in use, a desk never synced, a
 * backup of another server database).
 */
export async function seedReplica(
  db: TaizhangDB,
  replica: Replica,
  remote: string,
): Promise<number> {
  const info = await replica.info();
  if (!isEmptySeq(info.update_seq)) return 0;
  const mark = (await db.syncState.get(REMOTE_SEQ))?.value as RemoteMark | undefined;
  if (!mark || mark.remote !== remote) return 0;
  const names = new Set(db.tables.map((t) => t.name));
  let seeded = 0;
  let after: string | undefined;
  for (;;) {
    const revs = await (after === undefined
      ? db.syncRevs.orderBy('key').limit(SEED_BATCH).toArray()
      : db.syncRevs.where('key').above(after).limit(SEED_BATCH).toArray());
    if (revs.length === 0) break;
    after = revs[revs.length - 1]!.key;
    const docs: PouchDoc<RowDocBody>[] = [];
    for (const entry of revs) {
      const parsed = parseDocId(entry.key);
      const dash = entry.rev.indexOf('-');
      if (!parsed || !names.has(parsed.table) || dash <= 0) continue;
      const row = (await db.table(parsed.table).get(parsed.key)) as
        Record<string, unknown> | undefined;
      if (!row) continue;
      docs.push({
        _id: entry.key,
        _rev: entry.rev,
        _revisions: { start: Number(entry.rev.slice(0, dash)), ids: [entry.rev.slice(dash + 1)] },
        t: parsed.table,
        row,
        desk: '',
      });
    }
    if (docs.length > 0) await replica.bulkDocs(docs, { new_edits: false });
    seeded += docs.length;
  }
  const seq = (await replica.info()).update_seq;
  await db.syncState.bulkPut([
    { key: APPLIED_SEQ, value: seq },
    { key: PUSHED_SEQ, value: seq },
    { key: SEED_SINCE, value: mark.seq },
    { key: STATUS_KEY, value: { joinedAt: nowIso() } },
  ]);
  return seeded;
}
