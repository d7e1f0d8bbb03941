/**
 * An estate's month summary as a replicated document (issue 20): what the branch reads live.
 *
 * Policy:
 * - The document IS the branch summary file (branchSummary.ts `buildBranchSummary`): the same
 *   JSON, so the live figures and the offline file are one format, checked by one parser. It
 *   travels as `branchSummary:<month>` with the summary under `row` (`row.id` = the month), so
 *   it passes the estate database's validate_doc_update like any row.
 * - It is not a Dexie table: desks skip it when applying, the branch replicates only these
 *   documents (the design document's `summaries` filter), never an estate's records.
 * - What arrives is untrusted like a file: parsed with `parseBranchSummary`; a summary that
 *   fails is left out and said why, never shown half.
 * - Publishing writes only when the figures changed (the export time alone is no change), so
 *   desks that all publish the same month do not churn revisions.
 */
import { parseBranchSummary, type BranchSummary } from '../review/branchSummary';
import { sameValue } from './merge';
import type { RowDocBody } from './replication';

export const SUMMARY_TABLE = 'branchSummary';

export function summaryDocId(month: string): string {
  return `${SUMMARY_TABLE}:${month}`;
}

export function summaryDocBody(summary: BranchSummary, desk: string): RowDocBody {
  return {
    t: SUMMARY_TABLE,
    row: { ...summary, id: summary.month } as unknown as Record<string, unknown>,
    desk,
  };
}

/** Whether `next` says anything `previous` (a stored document's row) did not. */
export function summaryChanged(previous: Record<string, unknown> | undefined, next: BranchSummary) {
  if (!previous) return true;
  const { exportedAt: _a, id: _id, ...before } = previous;
  const { exportedAt: _b, ...after } = next;
  return !sameValue(before, after as unknown as Record<string, unknown>);
}

export type ReadSummary =
  | { ok: true; estate: string; summary: BranchSummary }
  | { ok: false; estate: string; month: string; error: string };

/** A replicated summary document read back through the file parser. */
export function summaryOfDoc(estate: string, body: RowDocBody): ReadSummary {
  const { id, ...summary } = body.row;
  const month = typeof id === 'string' ? id : '?';
  const parsed = parseBranchSummary(JSON.stringify(summary));
  if (!parsed.ok) return { ok: false, estate, month, error: parsed.error };
  if (parsed.summary.month !== month)
    return { ok: false, estate, month, error: '汇总的月份与文档编号不符。' };
  return { ok: true, estate, summary: parsed.summary };
}
