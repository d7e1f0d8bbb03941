/**
 * Desk series across replication (issue 20).
 *
 * Policy:
 * - A desk's code is its CouchDB user's (couch:setup makes one user per code, so codes are
 *   unique within an estate). Desk `A` is the first desk: it numbers in the unlettered series
 *   every existing number belongs to; any other code is its own series (`SJ2026-B-000123`).
 * - A desk that joins again with an empty database (a new PC, a reinstall) must not issue its
 *   series' numbers again: every row that arrives raises this desk's counters above any number
 *   of its own series the row carries (any text field or list of texts that reads as one of
 *   our numbers, so registers added later count too).
 */
import { counterKey, DOC_SERIES, parseDocNo } from '../numbering';

export const FIRST_DESK_CODE = 'A';

/** The numbering series of a desk code: '' for the first desk, else the code. */
export function seriesOfDeskCode(code: string): string {
  return code === FIRST_DESK_CODE ? '' : code;
}

/** Counter rows of `desk`'s series and the lowest `next` each must have after `row`. */
export function ownSeriesFloors(row: Record<string, unknown>, desk: string): Map<string, number> {
  const floors = new Map<string, number>();
  const consider = (value: unknown) => {
    if (typeof value !== 'string' || value.length > 40) return;
    const parsed = parseDocNo(value);
    if (!parsed || (parsed.desk ?? '') !== desk) return;
    const key = counterKey(DOC_SERIES[parsed.series], parsed.period, desk);
    floors.set(key, Math.max(floors.get(key) ?? 1, parsed.seq + 1));
  };
  for (const value of Object.values(row)) {
    if (Array.isArray(value)) value.forEach(consider);
    else consider(value);
  }
  return floors;
}
