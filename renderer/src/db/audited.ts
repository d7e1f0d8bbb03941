/**
 * Audited writes. Each helper must run inside a `db.transaction('rw', …)` that includes the
 * `audit` table, so the record and its audit entry commit together or not at all.
 */
import Dexie, { type InsertType, type Table } from 'dexie';
import { diffRecords, type Actor, type AuditAction, type BaseRecord } from '@shared/domain/record';
import type { TaizhangDB } from './database';
import { newId, nowIso } from './ids';

/** The fields a caller supplies when creating a record. */
export type NewRecord<T extends BaseRecord> = Omit<T, keyof BaseRecord>;

export interface AuditNote {
  action: AuditAction;
  table: string;
  recordId: string;
  changes?: Record<string, [unknown, unknown]>;
  summary?: string;
}

export async function writeAudit(db: TaizhangDB, actor: Actor, note: AuditNote): Promise<void> {
  assertInTransaction(db);
  await db.audit.add({
    id: newId(),
    at: nowIso(),
    actorId: actor.id,
    actorName: actor.name,
    ...note,
  });
}

export async function insertAudited<T extends BaseRecord>(
  db: TaizhangDB,
  table: Table<T, string, InsertType<T, 'id'>>,
  data: NewRecord<T>,
  actor: Actor,
  summary?: string,
): Promise<T> {
  const now = nowIso();
  const record = {
    ...data,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    createdBy: actor.id,
    updatedBy: actor.id,
  } as T;
  await table.add(record);
  await writeAudit(db, actor, {
    action: 'create',
    table: table.name,
    recordId: record.id,
    changes: diffRecords(undefined, record),
    ...(summary ? { summary } : {}),
  });
  return record;
}

export async function updateAudited<T extends BaseRecord>(
  db: TaizhangDB,
  table: Table<T, string, InsertType<T, 'id'>>,
  id: string,
  patch: Partial<NewRecord<T>>,
  actor: Actor,
  action: AuditAction = 'update',
): Promise<T> {
  const before = await table.get(id);
  if (!before || before.deletedAt) throw new RecordNotFoundError(table.name, id);
  const after = { ...before, ...patch, updatedAt: nowIso(), updatedBy: actor.id } as T;
  await table.put(after);
  const changes = diffRecords(before, after);
  if (Object.keys(changes).length > 0) {
    await writeAudit(db, actor, { action, table: table.name, recordId: id, changes });
  }
  return after;
}

/** Marks a record deleted; it stays in the table (and the audit) and drops out of lists. */
export async function softDeleteAudited<T extends BaseRecord>(
  db: TaizhangDB,
  table: Table<T, string, InsertType<T, 'id'>>,
  id: string,
  actor: Actor,
  reason?: string,
): Promise<void> {
  const before = await table.get(id);
  if (!before || before.deletedAt) throw new RecordNotFoundError(table.name, id);
  const now = nowIso();
  await table.put({
    ...before,
    deletedAt: now,
    deletedBy: actor.id,
    updatedAt: now,
    updatedBy: actor.id,
  });
  await writeAudit(db, actor, {
    action: 'delete',
    table: table.name,
    recordId: id,
    changes: { deletedAt: [undefined, now] },
    ...(reason ? { summary: reason } : {}),
  });
}

export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`记录不存在或已删除（${table} ${id}）`);
    this.name = 'RecordNotFoundError';
  }
}

function assertInTransaction(db: TaizhangDB): void {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.db !== db || !tx.storeNames.includes('audit')) {
    throw new Error('audited writes must run inside a transaction that includes the audit table');
  }
}
