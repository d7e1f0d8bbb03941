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
  /** Request ids of the documents of this write the clerk has already checked (已核对). */
  acknowledged?: string[];
}

/**
 * The request id of the n-th document one write issues under `base` (a renovation refund pays
 * back several receipts of one payer): the first keeps `base`, later ones are `base-2`, `base-3`…
 * so a pending note for `base` covers them all.
 */
export function derivedRequestId(base: string, n: number): string {
  return n <= 1 ? base : `${base}-${n}`;
}

/** Whether a record's request id is `base` itself or one derived from it. */
export function belongsToRequest(requestId: string | undefined, base: string): boolean {
  return requestId !== undefined && (requestId === base || requestId.startsWith(`${base}-`));
}

/** Most pending notes ever kept: a runaway loop must not fill storage. */
export const MAX_PENDING = 50;

function isPending(value: unknown): value is PendingRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const acknowledged = v['acknowledged'];
  return (
    typeof v['requestId'] === 'string' &&
    v['requestId'].length > 0 &&
    typeof v['startedAt'] === 'string' &&
    (acknowledged === undefined ||
      (Array.isArray(acknowledged) && acknowledged.every((a) => typeof a === 'string')))
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
 * Splits pending notes into records that were committed (found by their requestId or one
 * derived from it) and notes whose write never happened. Each record is listed once.
 */
export function reconcilePending<T extends { requestId?: string | undefined }>(
  pending: readonly PendingRequest[],
  found: readonly T[],
): Reconciled<T> {
  const ordered = [...pending].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const unconfirmed = new Set<T>();
  const neverWritten: string[] = [];
  for (const p of ordered) {
    const records = found.filter((r) => belongsToRequest(r.requestId, p.requestId));
    const checked = new Set(p.acknowledged);
    for (const r of records) if (!checked.has(r.requestId ?? '')) unconfirmed.add(r);
    if (records.length === 0) neverWritten.push(p.requestId);
  }
  return { unconfirmed: [...unconfirmed], neverWritten };
}

/**
 * The clerk has checked the document written under `requestId` (已核对): it is remembered on
 * its note, and the note goes once every document of its write (`written`, their request ids)
 * has been checked.
 */
export function acknowledgePending(
  list: readonly PendingRequest[],
  requestId: string,
  written: readonly string[],
): PendingRequest[] {
  return list.flatMap((p) => {
    if (!belongsToRequest(requestId, p.requestId)) return [p];
    const acknowledged = [...new Set([...(p.acknowledged ?? []), requestId])];
    const open = written.filter(
      (id) => belongsToRequest(id, p.requestId) && !acknowledged.includes(id),
    );
    return open.length === 0 ? [] : [{ ...p, acknowledged }];
  });
}
