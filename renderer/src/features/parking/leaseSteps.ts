import type { FieldError, Resolver } from 'react-hook-form';
import { parseAmountToFen } from '@shared/domain/money';
import {
  endDateRefusal,
  leaseEndSchema,
  leaseRenewalSchema,
  type LeaseTimes,
} from '@shared/domain/parking';
import { mappedZodResolver, resolvedWith } from '../../components/formResolver';

/** 续租 as typed: months and the fee in yuan. */
export interface RenewValues {
  months: string;
  fee: string;
}

/** 退租/转让 as typed. */
export interface EndValues {
  endedOn: string;
  reason: string;
}

const feeOf = (yuan: string) => parseAmountToFen(yuan, { maxFen: 10_000_000, allowZero: true });

/** The renewal the repository takes (NaN where mistyped: the schema refuses it). */
export function renewalOf(v: RenewValues): { months: number; monthlyFeeFen: number } {
  const fee = feeOf(v.fee);
  return {
    months: v.months.trim() === '' ? Number.NaN : Number(v.months),
    monthlyFeeFen: fee.ok ? fee.fen : Number.NaN,
  };
}

const renewSchema = mappedZodResolver(leaseRenewalSchema, renewalOf);

/** The renewal's checks at its two fields; a mistyped fee is worded by the money parser. */
export const renewResolver: Resolver<RenewValues> = async (values, ctx, options) => {
  const result = await renewSchema(values, ctx, options);
  const errors = result.errors as Record<string, FieldError>;
  const out: Record<string, FieldError> = {};
  if (errors.months) out.months = errors.months;
  const fee = feeOf(values.fee);
  if (!fee.ok) out.fee = { type: 'amount', message: fee.error };
  else if (errors.monthlyFeeFen) out.fee = errors.monthlyFeeFen;
  return resolvedWith(values, out);
};

/** The end's checks: the schema's, then the day within the let (the repository's own rule). */
export function endResolver(lease: LeaseTimes): Resolver<EndValues> {
  const schema = mappedZodResolver(leaseEndSchema, (v: EndValues) => v);
  return async (values, ctx, options) => {
    const result = await schema(values, ctx, options);
    const errors = { ...(result.errors as Record<string, FieldError>) };
    if (!errors.endedOn) {
      const refused = endDateRefusal(lease, values.endedOn);
      if (refused) errors.endedOn = { type: 'parking', message: refused };
    }
    return resolvedWith(values, errors);
  };
}
