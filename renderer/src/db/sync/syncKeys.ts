/** Keys of this desk's `syncState` rows (issue 20). */

/** The replica sequence up to which changes were applied to Dexie. */
export const APPLIED_SEQ = 'appliedSeq';
/** The replica sequence an upload to the server last reached. */
export const PUSHED_SEQ = 'pushedSeq';
/** The header's status (SyncStatusState). */
export const STATUS_KEY = 'status';
/** The server sequence the last download reached, and of which database (`{ remote, seq }`). */
export const REMOTE_SEQ = 'remoteSeq';
/** A seeded desk's first download starts after this server sequence (seed.ts). */
export const SEED_SINCE = 'seedSince';
/** The running replication's progress, for the settings screen (SyncProgressState). */
export const PROGRESS_KEY = 'progress';
