/**
 * Operators (操作员) and who manages them.
 *
 * Policy:
 * - Only a manager (经理) adds operators, changes their name, role or status, and resets PINs;
 *   every operator may change their own PIN after giving the current one.
 * - Names are unique among active operators: sign-in is by choosing a name from a list.
 * - An estate always keeps at least one active manager, or nobody could manage operators or
 *   the property profile again.
 * - Operators are never deleted, only deactivated: the audit log and every record point at them.
 */
import { z } from 'zod';
import type { Role } from './record';
import { BIDI_CONTROL_MESSAGE, hasBidiControl } from './textSafety';

export const ROLES = ['clerk', 'supervisor', 'manager'] as const satisfies readonly Role[];

export const OPERATOR_NAME_MAX = 20;

/** An operator's display name, as typed in the forms. */
export const operatorNameSchema = z
  .string()
  .trim()
  .min(1, '请输入姓名')
  .max(OPERATOR_NAME_MAX, `姓名最多 ${OPERATOR_NAME_MAX} 个字`)
  .refine((v) => !hasBidiControl(v), BIDI_CONTROL_MESSAGE);

export const roleSchema = z.enum(ROLES, '请选择角色');

/** The fields of an operator the manager edits. */
export interface OperatorProfile {
  name: string;
  role: Role;
  active: boolean;
}

/** Normalised for comparison: full-width spaces and case do not make a name different. */
export function operatorNameKey(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').toLowerCase();
}

/**
 * Whether `name` is already used by an active operator other than `exceptId`.
 */
export function isNameTaken(
  operators: readonly (OperatorProfile & { id: string })[],
  name: string,
  exceptId?: string,
): boolean {
  const key = operatorNameKey(name);
  return operators.some((o) => o.active && o.id !== exceptId && operatorNameKey(o.name) === key);
}

/**
 * Whether changing operator `id` to `next` would leave the estate without an active manager.
 */
export function leavesNoManager(
  operators: readonly (OperatorProfile & { id: string })[],
  id: string,
  next: OperatorProfile,
): boolean {
  const after = operators.map((o) => (o.id === id ? { ...o, ...next } : o));
  return !after.some((o) => o.active && o.role === 'manager');
}
