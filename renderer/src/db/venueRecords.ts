/** Stored shapes of the public-space bookings (issue 19): the spaces and their bookings. */
import type { BaseRecord } from '@shared/domain/record';
import type { BookerKind, BookingStatus, VenueSpace } from '@shared/domain/venues';

/** A bookable space of the estate with its opening hours and charges. */
export interface VenueSpaceRecord extends BaseRecord, VenueSpace {}

/** A booking of a space by a unit or an organisation, with what it paid and got back. */
export interface VenueBookingRecord extends BaseRecord {
  no: string;
  spaceId: string;
  /** The space's name when booked, so the list and print read without a lookup. */
  spaceName: string;
  date: string;
  from: string;
  to: string;
  bookerKind: BookerKind;
  unitId?: string;
  unitCode?: string;
  orgName?: string;
  contactName: string;
  contactPhone: string;
  purpose: string;
  attendees: number;
  note?: string;
  status: BookingStatus;
  clerkName: string;
  /** Fee and deposit as priced when booked (integer fen). */
  feeFen: number;
  depositFen: number;
  approvedAt?: string;
  approvedByName?: string;
  decisionNote?: string;
  cancelledAt?: string;
  /** The receipt of the ledger that took the fee and deposit. */
  receiptId?: string;
  receiptNo?: string;
  paidFen?: number;
  /** The refund voucher of the deposit, and what was kept back from it. */
  refundId?: string;
  refundNo?: string;
  refundedFen?: number;
  deductedFen?: number;
  deductionReason?: string;
  printCount: number;
  terms: string[];
}
