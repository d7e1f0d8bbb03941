/** Fields every stored record carries. Dates are ISO strings; ids are strings. */
export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Operator id who created / last changed the record. */
  createdBy: string;
  updatedBy: string;
  /** Set when a clerk removes a record created by mistake; the row stays for the audit. */
  deletedAt?: string;
  deletedBy?: string;
}

export type Role = 'clerk' | 'supervisor' | 'manager';

/** Roles in increasing authority: a manager may do what a supervisor may. */
export const ROLE_RANK: Record<Role, number> = { clerk: 1, supervisor: 2, manager: 3 };

export function hasRole(actual: Role, required: Role): boolean {
  return ROLE_RANK[actual] >= ROLE_RANK[required];
}

/** Who is acting: passed to every repository write. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore'
  | 'void'
  | 'refund'
  /** The clerk has checked a receipt the app committed but never showed (issue 8). */
  | 'acknowledge'
  | 'print'
  | 'export'
  | 'import'
  | 'signIn'
  | 'signOut'
  | 'signInFailed';

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  action: AuditAction;
  /** Table (or subject) the action touched. */
  table: string;
  recordId: string;
  /** Field-level changes: field → [before, after]; a summary for prints/exports. */
  changes?: Record<string, [unknown, unknown]>;
  summary?: string;
}

/** Field-level diff of two records, ignoring bookkeeping fields. */
export function diffRecords(
  before: object | undefined,
  after: object | undefined,
): Record<string, [unknown, unknown]> {
  const ignored = new Set(['updatedAt', 'updatedBy']);
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (ignored.has(key)) continue;
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) out[key] = [b[key], a[key]];
  }
  return out;
}

/** Thrown when an actor lacks the role an action needs; the UI shows `message` as is. */
export class PermissionError extends Error {
  constructor(required: Role) {
    super(`需要${ROLE_LABELS[required]}及以上权限`);
    this.name = 'PermissionError';
  }
}

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '前台',
  supervisor: '主管',
  manager: '经理',
};

export function requireRole(actor: Actor, required: Role): void {
  if (!hasRole(actor.role, required)) throw new PermissionError(required);
}
