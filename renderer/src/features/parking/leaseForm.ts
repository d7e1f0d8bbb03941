import type { FieldError, Resolver } from 'react-hook-form';
import { parseAmountToFen } from '@shared/domain/money';
import {
  leaseClash,
  parkingLeaseSchema,
  saleRefusal,
  type LeaseTimes,
  type ParkingLeaseInput,
  type ParkingUse,
} from '@shared/domain/parking';
import { splitPlates } from '@shared/domain/plates';
import { mappedZodResolver, resolvedWith } from '../../components/formResolver';
import type { ParkingSpaceRecord } from '../../db/records';

/** The let/sale form as the clerk fills it: the plates in one box, the fee in yuan. */
export interface LeaseValues {
  spaceId: string;
  unitId: string;
  unitCode: string;
  holderName: string;
  holderPhone: string;
  use: ParkingUse;
  startDate: string;
  endDate: string;
  plates: string;
  monthlyFee: string;
  note: string;
}

export function blankLease(extra: Partial<LeaseValues> = {}): LeaseValues {
  return {
    spaceId: '',
    unitId: '',
    unitCode: '',
    holderName: '',
    holderPhone: '',
    use: 'lease',
    startDate: '',
    endDate: '',
    plates: '',
    monthlyFee: '',
    note: '',
    ...extra,
  };
}

const MAX_FEN = 10_000_000;
const feeOf = (yuan: string) => parseAmountToFen(yuan, { maxFen: MAX_FEN, allowZero: true });

export function toLeaseInput(v: LeaseValues): ParkingLeaseInput {
  const fee = feeOf(v.monthlyFee);
  return {
    spaceId: v.spaceId,
    unitId: v.unitId,
    unitCode: v.unitCode,
    holderName: v.holderName,
    holderPhone: v.holderPhone,
    use: v.use,
    startDate: v.startDate,
    endDate: v.use === 'sale' ? '' : v.endDate,
    plates: splitPlates(v.plates),
    monthlyFeeFen: fee.ok ? fee.fen : Number.NaN,
    note: v.note,
  };
}

/** What the form checks a let against as she types: the spaces and the chosen one's lets. */
export interface LeaseContext {
  spaces: readonly ParkingSpaceRecord[];
  sameSpace: readonly (LeaseTimes & { no: string })[];
}

/**
 * The schema's checks, then the space's (a let-only kind refuses a sale, no two lets overlap) at
 * their fields from `context()` as it stands when she types: the rules the repository applies
 * again inside its transaction. A mistyped fee is worded by the money parser.
 */
export function leaseResolver(context: () => LeaseContext): Resolver<LeaseValues> {
  const schema = mappedZodResolver(parkingLeaseSchema, toLeaseInput);
  return async (values, ctx, options) => {
    const result = await schema(values, ctx, options);
    const errors: Record<string, FieldError> = { ...(result.errors as Record<string, FieldError>) };
    const fee = feeOf(values.monthlyFee);
    if (!fee.ok) errors.monthlyFee = { type: 'amount', message: fee.error };
    delete errors.monthlyFeeFen;
    const c = context();
    const space = c.spaces.find((s) => s.id === values.spaceId);
    const refused = space ? saleRefusal(space.kind, values.use) : null;
    if (refused) errors.use ??= { type: 'parking', message: refused };
    if (space && !errors.startDate && !errors.endDate) {
      const clash = leaseClash(toLeaseInput(values), c.sameSpace);
      if (clash) errors.startDate = { type: 'parking', message: clash };
    }
    return resolvedWith(values, errors);
  };
}
