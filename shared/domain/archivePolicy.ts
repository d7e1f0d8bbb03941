/**
 * Who may see the archive's personal data in full outside a single record.
 *
 * Policy: lists and exports mask ID numbers and phones (`110***********1234`, `138****5678`);
 * an unmasked export of the whole archive (完整数据) leaves the desk's control, so it needs a
 * manager (issue 8 item 8), is checked again in the repository, and is audited as an export.
 */
import { hasRole, type Role } from './record';

export const UNMASKED_EXPORT_ROLE: Role = 'manager';

/** Whether `role` may export the archive with full ID numbers and phones. */
export function mayExportUnmasked(role: Role): boolean {
  return hasRole(role, UNMASKED_EXPORT_ROLE);
}
