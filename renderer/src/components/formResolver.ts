import { zodResolver } from '@hookform/resolvers/zod';
import type {
  FieldError,
  FieldErrors,
  FieldValues,
  Resolver,
  ResolverOptions,
  ResolverResult,
} from 'react-hook-form';
import type { z } from 'zod';
import { t } from '../i18n';

function isFieldError(v: unknown): v is FieldError {
  return (
    typeof v === 'object' && v !== null && typeof (v as { message?: unknown }).message === 'string'
  );
}

/** `phones: [ , { message }]` → `{ message: '第 2 项：…' }`, so the error shows at the one input. */
function flatten(error: unknown): FieldError | undefined {
  if (isFieldError(error)) return { type: error.type, message: error.message };
  if (Array.isArray(error)) {
    const index = error.findIndex(isFieldError);
    const item: unknown = error[index];
    if (isFieldError(item))
      return {
        type: item.type,
        message: t('archive.form.listItemError', { n: index + 1, message: item.message ?? '' }),
      };
  }
  if (typeof error === 'object' && error !== null) {
    for (const nested of Object.values(error)) {
      const found = flatten(nested);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * zodResolver for a form whose fields are not the schema's input one to one: the clerk types
 * several phones into one box, the schema wants a list. `toInput` converts the form's values
 * before the domain schema checks them, and list errors are brought back to the one field.
 * A valid form submits its own values; the repository parses `toInput(values)` again.
 * `perRowErrors` keeps errors inside a list of rows where they are (`items.2.unitCode`), for
 * forms that have one input per row field (the mail batch).
 */
export function mappedZodResolver<V extends FieldValues, I extends FieldValues, O>(
  schema: z.ZodType<O, I>,
  toInput: (values: V) => I,
  opts: { perRowErrors?: boolean } = {},
): Resolver<V> {
  const inner = zodResolver(schema) as unknown as Resolver<I, unknown, O>;
  return async (values, context, options): Promise<ResolverResult<V>> => {
    // The options carry field refs by name; the names are the same in both shapes.
    const result = await inner(toInput(values), context, options as unknown as ResolverOptions<I>);
    if (Object.keys(result.errors).length === 0) return { values, errors: {} };
    if (opts.perRowErrors) return { values: {}, errors: result.errors as FieldErrors<V> };
    const errors: Record<string, FieldError> = {};
    for (const [name, error] of Object.entries(result.errors)) {
      const flat = flatten(error);
      if (flat) errors[name] = flat;
    }
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

/**
 * A resolver's answer from the errors it gathered at their fields: the values when there are
 * none. For resolvers that add a register's own checks after the schema's.
 */
export function resolvedWith<V extends FieldValues>(
  values: V,
  errors: Record<string, FieldError>,
): ResolverResult<V> {
  return Object.keys(errors).length === 0
    ? { values, errors: {} }
    : { values: {}, errors: errors as FieldErrors<V> };
}
