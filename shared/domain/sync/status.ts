/**
 * What the header says about synchronisation (issue 20): 已同步, 待同步 N 条, 离线自 …, and a
 * warning when this desk has not synchronised for more than the setting's days.
 *
 * Policy:
 * - Not joined (no server set): nothing is shown.
 * - Offline since a time: the desk works on; the header says since when, and how many changes
 *   wait. Pending changes are what the outbox still holds.
 * - The warning counts from the last successful synchronisation, or — never synchronised — from
 *   when the desk joined, so a desk that joined today is not warned at once.
 */
export interface SyncStatusState {
  lastSyncedAt?: string | undefined;
  offlineSince?: string | undefined;
  lastError?: string | undefined;
  joinedAt?: string | undefined;
  refused?: { docId: string; reason: string; at: string }[] | undefined;
}

export type SyncHeaderKind = 'off' | 'synced' | 'pending' | 'offline';

export interface SyncHeaderStatus {
  kind: SyncHeaderKind;
  pending: number;
  offlineSince?: string;
  /** Days since the last synchronisation (or joining), when above the warning threshold. */
  staleDays?: number;
}

const DAY_MS = 86_400_000;

export function syncHeaderStatus(
  joined: boolean,
  state: SyncStatusState,
  pending: number,
  now: Date,
  warnDays: number,
): SyncHeaderStatus {
  if (!joined) return { kind: 'off', pending };
  const kind: SyncHeaderKind = state.offlineSince ? 'offline' : pending > 0 ? 'pending' : 'synced';
  const out: SyncHeaderStatus = { kind, pending };
  if (state.offlineSince) out.offlineSince = state.offlineSince;
  const since = state.lastSyncedAt ?? state.joinedAt;
  if (since && warnDays > 0) {
    const days = Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
    if (days > warnDays) out.staleDays = days;
  }
  return out;
}
