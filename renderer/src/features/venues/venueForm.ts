import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import type { WorkCalendar } from '@shared/domain/calendar';
import {
  bookingProblems,
  venueBookingSchema,
  type BookerKind,
  type BookingStatus,
  type VenueBookingInput,
  type VenueSlot,
} from '@shared/domain/venues';
import { mappedZodResolver } from '../../components/formResolver';
import type { VenueSpaceRecord } from '../../db/records';

/** The booking form as the clerk fills it: people typed as text. */
export interface BookingValues {
  spaceId: string;
  date: string;
  from: string;
  to: string;
  bookerKind: BookerKind;
  unitId: string;
  unitCode: string;
  orgName: string;
  contactName: string;
  contactPhone: string;
  purpose: string;
  attendees: string;
  note: string;
}

export function blankBooking(extra: Partial<BookingValues> = {}): BookingValues {
  return {
    spaceId: '',
    date: '',
    from: '',
    to: '',
    bookerKind: 'unit',
    unitId: '',
    unitCode: '',
    orgName: '',
    contactName: '',
    contactPhone: '',
    purpose: '',
    attendees: '',
    note: '',
    ...extra,
  };
}

export function toBookingInput(v: BookingValues): VenueBookingInput {
  const unit = v.bookerKind === 'unit';
  return {
    spaceId: v.spaceId,
    date: v.date,
    from: v.from.trim(),
    to: v.to.trim(),
    bookerKind: v.bookerKind,
    ...(unit ? { unitCode: v.unitCode, ...(v.unitId ? { unitId: v.unitId } : {}) } : {}),
    ...(unit ? {} : { orgName: v.orgName }),
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    purpose: v.purpose,
    attendees: v.attendees.trim() === '' ? Number.NaN : Number(v.attendees),
    ...(v.note.trim() ? { note: v.note } : {}),
  };
}

/** What the form checks a slot against as she types: the spaces, that day's bookings, holidays. */
export interface BookingContext {
  spaces: readonly VenueSpaceRecord[];
  sameDay: readonly (VenueSlot & { no: string; status: BookingStatus })[];
  calendar: WorkCalendar;
}

/**
 * The schema's checks, then the space's (opening hours, capacity, no double booking) at their
 * fields, from `context()` as it stands when she types: the same rule the repository applies
 * again inside its transaction.
 */
export function bookingResolver(context: () => BookingContext): Resolver<BookingValues> {
  const schema = mappedZodResolver(venueBookingSchema, toBookingInput);
  return async (values, ctx, options) => {
    const result = await schema(values, ctx, options);
    const errors: Record<string, FieldError> = { ...(result.errors as Record<string, FieldError>) };
    const slotOk = !errors.spaceId && !errors.date && !errors.from && !errors.to;
    if (slotOk) {
      const c = context();
      const space = c.spaces.find((s) => s.id === values.spaceId);
      const input = toBookingInput(values);
      const found = bookingProblems(
        {
          date: values.date,
          from: input.from,
          to: input.to,
          attendees: Number.isFinite(input.attendees) ? input.attendees : 0,
        },
        space,
        c.sameDay,
        c.calendar,
      );
      for (const p of found) errors[p.field] ??= { type: 'venue', message: p.message };
    }
    return Object.keys(errors).length === 0
      ? { values, errors: {} }
      : { values: {}, errors: errors as FieldErrors<BookingValues> };
  };
}
