/**
 * Reconciling writes whose screen never confirmed them (issue 8 item 1).
 *
 * Policy: before a money write the form notes its requestId as pending and clears it once the
 * clerk has seen the number. A pending id still there at the next start means the app died in
 * between: if a record carries that requestId it was committed and must be shown to the clerk
 * ("上次未确认的收据…"); if none does, nothing was written and the note is simply dropped. The
 * requestId is the key the repository deduplicates on, so this can neither lose nor double a
 * receipt.
 */

/** One write the screen had started but not yet confirmed. */
export interface PendingRequest {
  requestId: string;
  /** ISO time the write was started, to show "开于…" and to order the notice. */
  startedAt: string;
}

/** Most pending notes ever kept: a runaway loop must not fill storage. */
export const MAX_PENDING = 50;

function isPending(value: unknown): value is PendingRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['requestId'] === 'string' &&
    v['requestId'].length > 0 &&
    typeof v['startedAt'] === 'string'
  );
}

/** Reads the stored list; anything unreadable counts as empty rather than breaking the start. */
export function parsePending(stored: unknown): PendingRequest[] {
  return Array.isArray(stored) ? stored.filter(isPending) : [];
}

/** Adds a pending note (once per requestId), keeping the newest `MAX_PENDING`. */
export function addPending(
  list: readonly PendingRequest[],
  entry: PendingRequest,
): PendingRequest[] {
  const rest = list.filter((p) => p.requestId !== entry.requestId);
  return [...rest, entry].slice(-MAX_PENDING);
}

/** Drops the notes for `requestIds`. */
export function removePending(
  list: readonly PendingRequest[],
  requestIds: readonly string[],
): PendingRequest[] {
  const drop = new Set(requestIds);
  return list.filter((p) => !drop.has(p.requestId));
}

/** What the start-up check found. */
export interface Reconciled<T> {
  /** Committed but never confirmed on screen: show these, oldest first. */
  unconfirmed: T[];
  /** Notes with no record behind them: nothing was written, forget them. */
  neverWritten: string[];
}

/**
 * Splits pending notes into records that were committed (found by requestId) and notes whose
 * write never happened.
 */
export function reconcilePending<T extends { requestId?: string | undefined }>(
  pending: readonly PendingRequest[],
  found: readonly T[],
): Reconciled<T> {
  const byRequest = new Map(found.map((r) => [r.requestId, r]));
  const ordered = [...pending].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const unconfirmed: T[] = [];
  const neverWritten: string[] = [];
  for (const p of ordered) {
    const record = byRequest.get(p.requestId);
    if (record) unconfirmed.push(record);
    else neverWritten.push(p.requestId);
  }
  return { unconfirmed, neverWritten };
}
