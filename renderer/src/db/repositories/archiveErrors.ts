import type { z } from 'zod';

/** Input the archive's schema refused; `issues` carry the Chinese message per field path. */
export class ArchiveInputError extends Error {
  constructor(readonly issues: { path: PropertyKey[]; message: string }[]) {
    super(issues.map((i) => i.message).join('；'));
    this.name = 'ArchiveInputError';
  }
}

/** A unit code that another unit already has: codes are how the desk names a unit. */
export class UnitCodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`房号 ${code} 已存在`);
    this.name = 'UnitCodeTakenError';
  }
}

/** Parses with the domain schema, so a repository never stores what a form would refuse. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ArchiveInputError(
      result.error.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  }
  return result.data;
}
