/** Record ids: random UUIDs, so records from two desks never collide when merged later. */
export function newId(): string {
  return crypto.randomUUID();
}

let lastMs = 0;

/**
 * The current time as an ISO string, strictly increasing within this window: two writes in
 * the same millisecond get distinct times, so "newest first" orders (the audit log) are stable.
 */
export function nowIso(): string {
  const now = Date.now();
  // A clock set back by more than a moment (or a test's fake clock) is followed, not fought.
  const ms = now > lastMs || lastMs - now > 1000 ? now : lastMs + 1;
  lastMs = ms;
  return new Date(ms).toISOString();
}
