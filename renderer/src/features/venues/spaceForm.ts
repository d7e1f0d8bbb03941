import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import {
  venueSpaceSchema,
  type DayHours,
  type VenueFeeUnit,
  type VenueSpaceInput,
} from '@shared/domain/venues';
import { mappedZodResolver } from '../../components/formResolver';
import type { VenueSpaceRecord } from '../../db/records';

/** The space form: amounts typed in yuan, the capacity as text. */
export interface SpaceValues {
  name: string;
  place: string;
  capacity: string;
  weekly: DayHours[];
  closedOnHolidays: boolean;
  feeFen: string;
  feeUnit: VenueFeeUnit;
  depositFen: string;
  active: boolean;
  note: string;
}

const MAX_FEN = 10_000_000;
const fen = (yuan: string) =>
  yuan.trim() === ''
    ? { ok: true as const, fen: 0 }
    : parseAmountToFen(yuan, { maxFen: MAX_FEN, allowZero: true });

export function spaceValues(s?: VenueSpaceRecord): SpaceValues {
  return {
    name: s?.name ?? '',
    place: s?.place ?? '',
    capacity: s ? String(s.capacity) : '',
    weekly:
      s?.weekly.map((d) => ({ ...d })) ??
      Array.from({ length: 7 }, () => ({ open: true, from: '08:00', to: '21:00' })),
    closedOnHolidays: s?.closedOnHolidays ?? true,
    feeFen: s ? formatFen(s.feeFen) : '0',
    feeUnit: s?.feeUnit ?? 'booking',
    depositFen: s ? formatFen(s.depositFen) : '0',
    active: s?.active ?? true,
    note: s?.note ?? '',
  };
}

export function toSpaceInput(v: SpaceValues): VenueSpaceInput {
  const money = (yuan: string) => {
    const r = fen(yuan);
    return r.ok ? r.fen : Number.NaN;
  };
  return {
    name: v.name,
    ...(v.place.trim() ? { place: v.place } : {}),
    capacity: v.capacity.trim() === '' ? Number.NaN : Number(v.capacity),
    weekly: v.weekly,
    closedOnHolidays: v.closedOnHolidays,
    feeFen: money(v.feeFen),
    feeUnit: v.feeUnit,
    depositFen: money(v.depositFen),
    active: v.active,
    ...(v.note.trim() ? { note: v.note } : {}),
  };
}

/** The schema's checks, with an amount she mistyped worded by the money parser at its field. */
export function spaceResolver(): Resolver<SpaceValues> {
  const schema = mappedZodResolver(venueSpaceSchema, toSpaceInput);
  return async (values, ctx, options) => {
    const result = await schema(values, ctx, options);
    const errors: Record<string, FieldError> = { ...(result.errors as Record<string, FieldError>) };
    for (const name of ['feeFen', 'depositFen'] as const) {
      const r = fen(values[name]);
      if (!r.ok) errors[name] = { type: 'amount', message: r.error };
    }
    return Object.keys(errors).length === 0
      ? { values, errors: {} }
      : { values: {}, errors: errors as FieldErrors<SpaceValues> };
  };
}
