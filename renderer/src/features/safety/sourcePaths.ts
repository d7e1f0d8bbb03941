import type { SourceKind } from '@shared/domain/receipt';

/** The register screen a receipt's source opens (a receipt with no source lives in 收费台账). */
export const SOURCE_PATHS: Record<SourceKind, string> = {
  renovation: '/renovation',
  workOrder: '/repairs',
  paidService: '/services',
  moveIn: '/movein',
  venueBooking: '/venues',
  other: '/money',
};
