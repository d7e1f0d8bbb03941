/**
 * Who may see the archive's personal data in full outside a single record.
 *
 * Policy: lists and exports mask ID numbers and phones (`110***********1234`, `138****5678`);
 * an unmasked export of the whole archive leaves the desk's control, so it needs a supervisor.
 */
import { hasRole, type Role } from './record';

export const UNMASKED_EXPORT_ROLE: Role = 'supervisor';

/** Whether `role` may export the archive with full ID numbers and phones. */
export function mayExportUnmasked(role: Role): boolean {
  return hasRole(role, UNMASKED_EXPORT_ROLE);
}
