/**
 * A closed set of codes with their Chinese names, written once as the names: the codes, in the
 * order written, come from the keys (for z.enum, pickers and loops), so a code can never be
 * added to the one list and forgotten in the other.
 */
export function codesOf<K extends string>(
  names: Readonly<Record<K, string>>,
): readonly [K, ...K[]] {
  const [first, ...rest] = Object.keys(names) as K[];
  if (first === undefined) throw new Error('a set of codes needs at least one code');
  return [first, ...rest];
}
