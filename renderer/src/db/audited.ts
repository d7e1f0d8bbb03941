/**
 * Audited writes. Each helper must run inside a `db.transaction('rw', …)` that includes the
 * `audit` table, so the record and its audit entry commit together or not at all.
 */
import Dexie, { type InsertType, type Table } from 'dexie';
import {
  diffRecords,
  hasRole,
  PermissionError,
  type Actor,
  type AuditAction,
  type BaseRecord,
} from '@shared/domain/record';
import type { TaizhangDB } from './database';
import { newId, nowIso } from './ids';
import { ForeignActorError, SessionEndedError } from './session';

/** The fields a caller supplies when creating a record. */
export type NewRecord<T extends BaseRecord> = Omit<T, keyof BaseRecord>;

export interface AuditNote {
  action: AuditAction;
  table: string;
  recordId: string;
  changes?: Record<string, [unknown, unknown]>;
  summary?: string;
}

/**
 * The acting operator as her row says, checked against the signed-in session (session.ts):
 * the caller's `actor` must be the signed-in operator, her row active, its epoch the session's,
 * and the claimed role the row's role (so any `requireRole` the caller passed holds). Inside a
 * transaction it reads in that transaction: the check and the write commit together.
 */
export function verifySessionActor(db: TaizhangDB, actor: Actor): Promise<Actor> {
  // Dexie's own promise: a native one awaited before any request lets the transaction commit.
  if (db.trustCallerActors) return Dexie.Promise.resolve(actor);
  return verifyAgainstRow(db, actor);
}

async function verifyAgainstRow(db: TaizhangDB, actor: Actor): Promise<Actor> {
  const session = db.session.current();
  if (!session) throw new SessionEndedError();
  if (actor.id !== session.operatorId) throw new ForeignActorError();
  const op = await db.operators.get(session.operatorId);
  if (!op || !op.active || op.deletedAt || (op.sessionEpoch ?? 0) !== session.epoch) {
    db.session.end();
    throw new SessionEndedError();
  }
  if (op.role !== actor.role)
    throw new PermissionError(op.role === 'clerk' ? 'supervisor' : 'manager');
  return { id: op.id, name: op.name, role: op.role };
}

/** Refuses unless the signed-in operator (checked as above) holds `role`; for guarded reads. */
export async function requireSessionRole(
  db: TaizhangDB,
  actor: Actor,
  role: Actor['role'],
): Promise<Actor> {
  const verified = await verifySessionActor(db, actor);
  if (!hasRole(verified.role, role)) throw new PermissionError(role);
  return verified;
}

/**
 * The one audit entry of a batch import (a roster, a fee history): a per-row entry for 20,000
 * rows would bury the log, and each record still carries who created it and when. `counts` are
 * the rows added per table.
 */
export async function writeImportAudit(
  db: TaizhangDB,
  actor: Actor,
  table: string,
  summary: string,
  counts: Readonly<Record<string, number>>,
): Promise<void> {
  await writeAudit(db, actor, {
    action: 'import',
    table,
    recordId: newId(),
    summary,
    changes: Object.fromEntries(Object.entries(counts).map(([t, n]) => [t, [0, n]])),
  });
}

export async function writeAudit(db: TaizhangDB, actor: Actor, note: AuditNote): Promise<void> {
  assertInTransaction(db);
  const verified = await verifySessionActor(db, actor);
  await addAuditEntry(db, verified, note);
}

/**
 * An audit entry for something no session does: a PIN tried at sign-in (the actor is whoever's
 * PIN it was), the automatic backup, a restore's closing entry (its actor was verified before
 * the operators table was replaced). Never for a record change.
 */
export async function writeSystemAudit(db: TaizhangDB, actor: Actor, note: AuditNote) {
  assertInTransaction(db);
  await addAuditEntry(db, actor, note);
}

async function addAuditEntry(db: TaizhangDB, actor: Actor, note: AuditNote): Promise<void> {
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

/** The live record `id` of `table`; a missing or deleted one is a RecordNotFoundError. */
export async function mustLive<T extends BaseRecord>(
  table: Table<T, string, InsertType<T, 'id'>>,
  id: string,
): Promise<T> {
  const found = await table.get(id);
  if (!found || found.deletedAt) throw new RecordNotFoundError(table.name, id);
  return found;
}

export async function updateAudited<T extends BaseRecord>(
  db: TaizhangDB,
  table: Table<T, string, InsertType<T, 'id'>>,
  id: string,
  patch: Partial<NewRecord<T>>,
  actor: Actor,
  action: AuditAction = 'update',
): Promise<T> {
  const before = await mustLive(table, id);
  const after = { ...before, ...patch, updatedAt: nowIso(), updatedBy: actor.id } as T;
  await table.put(after);
  const changes = diffRecords(before, after);
  if (Object.keys(changes).length > 0) {
    await writeAudit(db, actor, { action, table: table.name, recordId: id, changes });
  }
  return after;
}

/**
 * Counts one more print of a document the caller has read in this transaction (from the second
 * print on it is a 补打), audited as 'print' with the count's change; `also` is stamped with it.
 */
export function countPrintAudited<T extends BaseRecord & { printCount: number }>(
  db: TaizhangDB,
  table: Table<T, string, InsertType<T, 'id'>>,
  record: T,
  actor: Actor,
  also: Partial<NewRecord<T>> = {},
): Promise<T> {
  // The generic row cannot show that `printCount` is one of its own fields: it is, by the bound.
  const patch = { ...also, printCount: record.printCount + 1 } as Partial<NewRecord<T>>;
  return updateAudited(db, table, record.id, patch, actor, 'print');
}

/** Marks a record deleted; it stays in the table (and the audit) and drops out of lists. */
export async function softDeleteAudited<T extends BaseRecord>(
  db: TaizhangDB,
  table: Table<T, string, InsertType<T, 'id'>>,
  id: string,
  actor: Actor,
  reason?: string,
): Promise<void> {
  const before = await mustLive(table, id);
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
