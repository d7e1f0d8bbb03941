/**
 * The Dexie schema as an append-only chain of versions.
 *
 * A shipped version is never edited: add a new entry with the changed stores and an
 * `upgrade` that migrates the data. tests/db/schema.test.ts pins every shipped version's
 * stores in tests/db/schema.lock.json and fails if one is edited.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: only the tables that are new or changed in this version. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      audit: 'id, at, actorId, table, recordId, action',
      operators: 'id, name, role',
      settings: 'key',
      units: 'id, &code, building, status, *terms',
      people: 'id, unitId, name, *terms, deletedAt',
      counters: 'key',
      meta: 'key',
    },
  },
  {
    // Money (issue 3): receipts and refund vouchers in one ledger, and closed cash-ups.
    version: 2,
    stores: {
      receipts:
        'id, &no, &requestId, issuedAt, [clerkId+issuedAt], unitId, payerName, status, kind, *itemCodes, method, sourceId, clerkId, refundOf, voidedAt',
      cashups: 'id, clerkId, closedAt, [clerkId+closedAt]',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
