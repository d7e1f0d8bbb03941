/**
 * Public-space bookings of a month (issue 19), for the monthly review and report: bookings by
 * how they ended, the hours the spaces were used, the fees taken and the deposits taken,
 * refunded, kept back and still held. A booking counts in the month of its date of use.
 */
import { slotMinutes, type BookingStatus } from '../venues';

export interface VenueMonthFacts {
  date: string;
  from: string;
  to: string;
  status: BookingStatus;
  spaceName: string;
  feeFen: number;
  depositFen: number;
  /** A valid receipt took the fee and deposit. */
  paid: boolean;
  refundedFen?: number;
  deductedFen?: number;
}

export interface VenueMonthFigures {
  month: string;
  bookings: number;
  used: number;
  refused: number;
  cancelled: number;
  /** Hours booked of the bookings that held their slot. */
  hours: number;
  feesFen: number;
  depositsFen: number;
  refundedFen: number;
  deductedFen: number;
  /** Deposits of the month's bookings not yet refunded. */
  heldFen: number;
  /** The most booked space, or '' when none. */
  busiest: string;
}

/** The month's figures (`YYYY-MM`) from its bookings; deleted rows left out by the caller. */
export function venueMonthFigures(
  rows: readonly VenueMonthFacts[],
  month: string,
): VenueMonthFigures {
  const of = rows.filter((r) => r.date.startsWith(month));
  const held = of.filter(
    (r) => r.status === 'pending' || r.status === 'approved' || r.status === 'done',
  );
  const paid = of.filter((r) => r.paid);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const bySpace = new Map<string, number>();
  for (const r of held) bySpace.set(r.spaceName, (bySpace.get(r.spaceName) ?? 0) + 1);
  const busiest = [...bySpace].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const refunded = sum(paid.map((r) => r.refundedFen ?? 0));
  const deducted = sum(paid.map((r) => r.deductedFen ?? 0));
  const deposits = sum(paid.map((r) => r.depositFen));
  return {
    month,
    bookings: of.length,
    used: of.filter((r) => r.status === 'done').length,
    refused: of.filter((r) => r.status === 'refused').length,
    cancelled: of.filter((r) => r.status === 'cancelled').length,
    hours: Math.round((sum(held.map((r) => slotMinutes(r.from, r.to))) / 60) * 10) / 10,
    feesFen: sum(paid.map((r) => r.feeFen)),
    depositsFen: deposits,
    refundedFen: refunded,
    deductedFen: deducted,
    heldFen: deposits - refunded - deducted,
    busiest: busiest ? busiest[0] : '',
  };
}
