/**
 * The one hook through which every register replicates (issue 20).
 *
 * Policy:
 * - Every read-write transaction that writes the audit — that is, every audited record change
 *   (audited.ts) — also gets the `syncOutbox` table (database.ts adds it, as it adds
 *   `operators`). A Dexie DBCore middleware sees each put/add/delete of a replicated table in
 *   such a transaction and records the row's key in `syncOutbox` in the same transaction: the
 *   change and its "to replicate" note commit together or not at all, whichever repository
 *   made it, so registers added later replicate without any code of their own.
 * - The outbox holds keys, not copies: the bridge reads the row as it is when it pushes, so ten
 *   edits offline are one document revision, and the row itself is the only copy on this desk.
 * - What the bridge applies from other desks runs in a transaction marked incoming
 *   (`markIncoming`) and is not recorded: nothing received is echoed back.
 * - Tables that never replicate (replication.ts) are not recorded.
 */
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import { docIdOf, isReplicatedRow, isReplicatedTable } from '@shared/domain/sync/replication';
import type { SyncOutboxRow } from './syncRecords';

export const OUTBOX_TABLE = 'syncOutbox';

/** Transactions (Dexie's native IDB transaction objects) applying rows from other desks. */
const incoming = new WeakSet<object>();

/** Marks the current Dexie transaction as applying replicated rows (not to be recorded). */
export function markIncoming(): void {
  const tx = Dexie.currentTransaction as unknown as { idbtrans?: object } | null;
  if (!tx?.idbtrans) throw new Error('markIncoming must run inside a Dexie transaction');
  incoming.add(tx.idbtrans);
}

interface NativeTransaction {
  objectStoreNames?: { contains(name: string): boolean };
}

function records(trans: object): boolean {
  if (incoming.has(trans)) return false;
  const names = (trans as NativeTransaction).objectStoreNames;
  return !!names?.contains(OUTBOX_TABLE) && names.contains('audit');
}

function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  switch (req.type) {
    case 'add':
    case 'put': {
      const extract = table.schema.primaryKey.extractKey;
      if (req.keys) return req.keys;
      return extract ? req.values.map((v: unknown) => extract(v)) : [];
    }
    case 'delete':
      return req.keys;
    default:
      // deleteRange: only `clear()`, which no record change uses.
      return [];
  }
}

function newToken(): string {
  return globalThis.crypto.randomUUID();
}

function captureTable(core: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (!records(req.trans)) return table.mutate(req);
      const rows: SyncOutboxRow[] = [];
      for (const key of keysOf(table, req)) {
        if (typeof key !== 'string' || !isReplicatedRow(table.name, key)) continue;
        rows.push({ key: docIdOf(table.name, key), table: table.name, pk: key, token: newToken() });
      }
      return table.mutate(req).then((res) => {
        if (rows.length === 0) return res;
        return core
          .table(OUTBOX_TABLE)
          .mutate({ type: 'put', trans: req.trans, values: rows })
          .then(() => res);
      });
    },
  };
}

/**
 * The middleware; installed once per database (database.ts). `captureSync` false turns it off
 * for a database being filled by a restore, whose rows come from a backup, not from a desk.
 */
export function syncCaptureMiddleware(db: { captureSync: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'syncCapture',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!isReplicatedTable(name)) return table;
          const captured = captureTable(down, table);
          return { ...table, mutate: (req) => (db.captureSync ? captured : table).mutate(req) };
        },
      };
    },
  };
}
