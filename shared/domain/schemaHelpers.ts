/** Small zod building blocks shared by the domain schemas. */
import { z } from 'zod';
import { validatePhone, type CheckResult } from './identity';

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

/** Text the form requires, up to `max` characters; `required` is the message when it is blank. */
export const requiredText = (max: number, required: string) =>
  z.string(required).trim().min(1, required).max(max, `最多 ${max} 个字`);

/** Text the form may leave blank, up to `max` characters; kept as '' when not given. */
export const optionalText = (max: number) =>
  z.string().trim().max(max, `最多 ${max} 个字`).default('');

/** A mobile or landline a form may leave blank, stored in its normalized form. */
export const optionalPhone = optionalField(checkedString(validatePhone));

/** A 房号 typed or picked on a form that may name none. */
export const optionalUnitCode = optionalField(z.string().trim().max(30, '房号最多 30 个字'));

/**
 * Whom and where a desk record is about, as the unit/person picker fills them in: the archive's
 * person and unit when picked, the unit code as typed; each may be blank.
 */
export const archiveLinkFields = {
  personId: optionalField(z.string()),
  unitId: optionalField(z.string()),
  unitCode: optionalUnitCode,
};

/**
 * The entries of a list where each key may stand once (a fee code, a date, a building) whose key
 * an earlier entry already has, with their index.
 */
export function repeatsIn<T>(
  list: readonly T[],
  keyOf: (entry: T) => string,
): { index: number; key: string }[] {
  const seen = new Set<string>();
  return list.flatMap((entry, index) => {
    const key = keyOf(entry);
    const repeated = seen.has(key);
    seen.add(key);
    return repeated ? [{ index, key }] : [];
  });
}
