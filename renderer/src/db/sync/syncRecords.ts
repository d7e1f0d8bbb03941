/** Rows of the sync bookkeeping tables (schema version 11, issue 20). */
import type { BaseRecord } from '@shared/domain/record';

/** One row changed here and not yet handed to the local replica. */
export interface SyncOutboxRow {
  /** The row's document id, `<table>:<primary key>`. */
  key: string;
  table: string;
  pk: string;
  /** Renewed by every change of the row, so the bridge clears only what it pushed. */
  token: string;
}

/** The replica revision the Dexie row currently reflects (the base of the next merge). */
export interface SyncRevRow {
  key: string;
  rev: string;
}

export interface SyncStateRow {
  key: string;
  value: unknown;
}

export type SyncConflictStatus = 'open' | 'confirmed' | 'swapped';

/**
 * One field two desks changed to different values: `kept` is in the record now, `other` was
 * set aside. A supervisor confirms the kept value or swaps in the other. It replicates, so the
 * list is the same on every desk; its id is the same wherever it was found.
 */
export interface SyncConflictRecord extends BaseRecord {
  table: string;
  recordId: string;
  field: string;
  kept: unknown;
  other: unknown;
  /** When it was found (office clock of the desk that found it). */
  at: string;
  status: SyncConflictStatus;
  resolvedBy?: string;
  resolvedByName?: string;
}
