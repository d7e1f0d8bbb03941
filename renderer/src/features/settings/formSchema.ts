import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';

type IssuePath = readonly PropertyKey[];

const renamed = (path: readonly PropertyKey[], rename: Record<string, string>) =>
  path.map((p) => (typeof p === 'string' ? (rename[p] ?? p) : p));

/**
 * Adds the domain schema's issues for `value` to a form refinement, under `prefix`, with
 * domain field names mapped to the form fields that edit them (e.g. `amountFen` → `amountYuan`).
 */
export function reportIssues(
  domain: z.ZodType,
  value: unknown,
  ctx: z.RefinementCtx,
  prefix: readonly PropertyKey[] = [],
  rename: Record<string, string> = {},
): void {
  const parsed = domain.safeParse(value);
  for (const issue of parsed.error?.issues ?? []) {
    ctx.addIssue({
      code: 'custom',
      message: issue.message,
      path: [...prefix, ...renamed(issue.path, rename)],
    });
  }
}

/**
 * A resolver schema for form values of type `T`, checked by a domain schema whose Chinese
 * messages land at the same field paths. The values keep the form's own type (the shared
 * `FormField`/`useFormDraft` need input = output); the repository does the final parse.
 */
export function formSchemaFor<T extends FieldValues>(domain: z.ZodType) {
  return z.custom<T>().superRefine((form, ctx) => reportIssues(domain, form, ctx));
}

/** Shows a repository's validation issues at the form's fields (same paths, same renames). */
export function showIssues<T extends FieldValues>(
  form: UseFormReturn<T>,
  issues: readonly { path: IssuePath; message: string }[],
  prefix: readonly (string | number)[] = [],
  rename: Record<string, string> = {},
): void {
  for (const issue of issues) {
    const path = [...prefix, ...renamed(issue.path, rename)].map(String).join('.');
    // The path comes from the same schema the form was built on, so it names one of its fields.
    if (path) form.setError(path as FieldPath<T>, { message: issue.message });
  }
}
