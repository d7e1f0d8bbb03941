/**
 * What the public-space bookings put on the today board (issue 19).
 *
 * Policy:
 * - Today's bookings (今日场地使用): every booking of today that still holds its slot, due at
 *   its start, shown until its slot has ended (a booking under way is not overdue).
 * - Approvals (场地预约待审批): a pending booking is to be decided the office day it was made,
 *   and before it starts when that is sooner; overdue after.
 * - Deposits to refund (场地押金待退): once the slot has ended a held deposit is due back by the
 *   end of the day `refundDays` after the use; shown from the end of the slot, overdue after.
 */
import { addDaysToDate, officeDateOf, parseInstant } from './officeTime';
import { endOfOfficeDay } from './renovationDue';
import { officeAt } from './siteDue';
import type { BookingStatus } from './venues';

export const VENUE_DUE_KINDS = ['venueBooking', 'venueApproval', 'venueDepositRefund'] as const;
export type VenueDueKind = (typeof VENUE_DUE_KINDS)[number];

/** What the board reads of a booking. */
export interface VenueBookingFacts {
  id: string;
  no: string;
  spaceName: string;
  date: string;
  from: string;
  to: string;
  status: BookingStatus;
  createdAt: string;
  unitCode?: string;
  orgName?: string;
  /** Deposit taken and not yet refunded, fen. */
  depositHeldFen: number;
}

export interface VenueDue {
  kind: VenueDueKind;
  recordId: string;
  no: string;
  unitCode?: string;
  subject: string;
  dueAt: string;
  state: 'overdue' | 'today';
  route: string;
}

const earlier = (a: string, b: string) => (parseInstant(a) <= parseInstant(b) ? a : b);

/** The board items of the bookings at `now`. */
export function venueDues(
  rows: readonly VenueBookingFacts[],
  now: string,
  refundDays: number,
): VenueDue[] {
  const today = officeDateOf(now);
  const t = parseInstant(now);
  const out: VenueDue[] = [];
  for (const b of rows) {
    const start = officeAt(b.date, b.from);
    const end = officeAt(b.date, b.to);
    const base = {
      recordId: b.id,
      no: b.no,
      ...(b.unitCode ? { unitCode: b.unitCode } : {}),
      subject: `${b.spaceName} ${b.date.slice(5)} ${b.from}–${b.to}${b.orgName ? ` · ${b.orgName}` : ''}`,
      route: `/venues?open=${encodeURIComponent(b.id)}`,
    };
    const holds = b.status === 'pending' || b.status === 'approved';
    if (holds && b.date === today && t < parseInstant(end))
      out.push({ ...base, kind: 'venueBooking', dueAt: start, state: 'today' });
    if (b.status === 'pending') {
      const due = earlier(endOfOfficeDay(officeDateOf(b.createdAt)), start);
      out.push({
        ...base,
        kind: 'venueApproval',
        dueAt: due,
        state: t > parseInstant(due) ? 'overdue' : 'today',
      });
    }
    if (b.depositHeldFen > 0 && t >= parseInstant(end) && b.status !== 'cancelled') {
      const due = endOfOfficeDay(addDaysToDate(b.date, refundDays));
      out.push({
        ...base,
        kind: 'venueDepositRefund',
        dueAt: due,
        state: t > parseInstant(due) ? 'overdue' : 'today',
      });
    }
  }
  return out;
}
