import type { BookingStatus } from '@shared/domain/venues';
import type { VenueBookingRecord } from '../../db/records';

/** Who booked, as a line: the unit and its contact, or the organisation. */
export function bookerText(
  b: Pick<VenueBookingRecord, 'bookerKind' | 'unitCode' | 'orgName'>,
): string {
  return (b.bookerKind === 'unit' ? b.unitCode : b.orgName) ?? '';
}

/** The tag colour of a status: waiting orange, approved blue, used green, the rest grey. */
export function statusColor(status: BookingStatus): string {
  return {
    pending: 'orange',
    approved: 'blue',
    done: 'green',
    refused: 'default',
    cancelled: 'default',
  }[status];
}

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
