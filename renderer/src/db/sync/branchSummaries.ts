/**
 * The month summaries between the estates and the branch (issue 20). A desk publishes its
 * estate's month summary — the branch file's JSON — as a document in the estate database; the
 * branch replicates only those documents (the design document's `summaries` filter, one way:
 * server to branch) into a replica of its own per estate and reads them from there, so the
 * comparison works offline with what came last. The branch never writes: its CouchDB user is
 * refused by validate_doc_update, and nothing here pushes.
 */
import type { PouchDoc } from 'pouchdb-core';
import type { BranchSummary } from '@shared/domain/review/branchSummary';
import {
  SUMMARY_TABLE,
  summaryChanged,
  summaryDocBody,
  summaryDocId,
  summaryOfDoc,
  type ReadSummary,
} from '@shared/domain/sync/summaryDoc';
import type { RowDocBody } from '@shared/domain/sync/replication';
import type { Replica } from './bridge';
import type { PouchClass } from './syncEngine';

function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

async function current(remote: Replica, id: string): Promise<PouchDoc<RowDocBody> | undefined> {
  try {
    return await remote.get(id);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Writes `summary` to the estate database unless the stored one already says the same.
 * Returns whether it wrote. Two desks publishing at once: the one refused (409) reads again.
 */
export async function publishSummary(
  remote: Replica,
  summary: BranchSummary,
  desk: string,
): Promise<boolean> {
  const id = summaryDocId(summary.month);
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = await current(remote, id);
    if (stored && !summaryChanged(stored.row, summary)) return false;
    try {
      await remote.put({
        _id: id,
        ...(stored?._rev ? { _rev: stored._rev } : {}),
        ...summaryDocBody(summary, desk),
      });
      return true;
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
    }
  }
  return false;
}

/** Replicates an estate's summaries (only them) into the branch's replica; returns docs written. */
export async function pullSummaries(
  Pouch: PouchClass,
  remote: Replica,
  local: Replica,
): Promise<number> {
  const result = await Pouch.replicate(remote, local, {
    filter: 'taizhang/summaries',
    batch_size: 100,
  });
  return result.docs_written;
}

/** Every month summary in a branch replica, each parsed like a file. */
export async function readSummaries(estate: string, local: Replica): Promise<ReadSummary[]> {
  const { rows } = await local.allDocs({
    include_docs: true,
    startkey: `${SUMMARY_TABLE}:`,
    endkey: `${SUMMARY_TABLE}:\uffff`,
  });
  const out: ReadSummary[] = [];
  for (const row of rows) {
    if (!row.doc || row.value?.deleted) continue;
    out.push(summaryOfDoc(estate, row.doc));
  }
  return out;
}
