/** Small zod building blocks shared by the domain schemas. */
import { z } from 'zod';
import type { CheckResult } from './identity';

/** Empty text from a form field or spreadsheet counts as "not given". */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** An optional field where blank text means absent. */
export function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional());
}

/** A string checked by one of our validators, stored in the validator's normalized form. */
export function checkedString(check: (value: string) => CheckResult) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const r = check(value);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
    })
    .transform((value) => {
      const r = check(value);
      return r.ok ? r.value : value;
    });
}
