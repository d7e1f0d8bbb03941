import type { z } from 'zod';
import { validatePin, type StoredPinHash } from '@shared/domain/pin';
import { diffRecords, type Actor, type Role } from '@shared/domain/record';
import type { TaizhangDB } from '../database';
import { writeAudit } from '../audited';
import { newId, nowIso } from '../ids';
import type { OperatorRecord } from '../records';

/** A refused operator action; `message` is Chinese, for the form or a toast. */
export class OperatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OperatorError';
  }
}

export function parseOr<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new OperatorError(r.error.issues[0]?.message ?? String(r.error));
  return r.data;
}

export function checkPinFormat(pin: string): void {
  const problem = validatePin(pin);
  if (problem) throw new OperatorError(problem);
}

export const toActor = (o: OperatorRecord): Actor => ({ id: o.id, name: o.name, role: o.role });

/** The audit log says that a PIN changed, never the hash: an offline attack needs only that. */
function changesWithoutPin(before: OperatorRecord | undefined, after: OperatorRecord) {
  const withoutPin = (o: OperatorRecord) => ({ ...o, pin: undefined });
  return diffRecords(before && withoutPin(before), withoutPin(after));
}

/** A new, active operator row; `createdBy` is the manager adding it (or itself at first run). */
export function newOperatorRecord(
  fields: { id?: string; name: string; role: Role; pin: StoredPinHash },
  createdBy?: string,
): OperatorRecord {
  const now = nowIso();
  const id = fields.id ?? newId();
  const by = createdBy ?? id;
  return {
    ...fields,
    id,
    active: true,
    failedAttempts: 0,
    createdAt: now,
    updatedAt: now,
    createdBy: by,
    updatedBy: by,
  };
}

/** The audit entry of an operator row added (no `before`) or written over, without the PIN. */
function auditOperatorRow(
  db: TaizhangDB,
  actor: Actor,
  before: OperatorRecord | undefined,
  after: OperatorRecord,
  summary?: string,
) {
  return writeAudit(db, actor, {
    action: before ? 'update' : 'create',
    table: 'operators',
    recordId: after.id,
    changes: changesWithoutPin(before, after),
    ...(summary ? { summary } : {}),
  });
}

/** Adds the row and its audit entry, inside the caller's transaction. */
export async function addOperatorAudited(db: TaizhangDB, record: OperatorRecord, actor: Actor) {
  await db.operators.add(record);
  await auditOperatorRow(db, actor, undefined, record);
}

/** Writes `after` over the stored row and audits it, inside the caller's transaction. */
export async function putOperatorAudited(
  db: TaizhangDB,
  before: OperatorRecord,
  after: OperatorRecord,
  actor: Actor,
  summary?: string,
) {
  await db.operators.put(after);
  await auditOperatorRow(db, actor, before, after, summary);
}
