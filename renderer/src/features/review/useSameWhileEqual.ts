import { useState } from 'react';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `value`, or the one given before while the two have the same content (their JSON): a month's
 * review is a new object on every read, but a card's slice of it is often as it was (a write
 * touched one register; two months with the same breakdown), and a memoized card given the same
 * object renders nothing. Compared only when `value` itself changes.
 */
export function useSameWhileEqual<T>(value: T): T {
  const [kept, setKept] = useState({ input: value, output: value });
  if (kept.input === value) return kept.output;
  const output = sameJson(kept.output, value) ? kept.output : value;
  // React's "state from the last render": this render re-runs at once, before any child.
  setKept({ input: value, output });
  return output;
}

/** Each item of `items` (by `id`) kept as the one given before while its content is the same. */
export function useSameItemsWhileEqual<T extends { id: string }>(
  items: readonly T[],
): readonly T[] {
  const [kept, setKept] = useState({ input: items, output: items });
  if (kept.input === items) return kept.output;
  const before = new Map(kept.output.map((item) => [item.id, item]));
  const output = items.map((item) => {
    const old = before.get(item.id);
    return old !== undefined && sameJson(old, item) ? old : item;
  });
  setKept({ input: items, output });
  return output;
}
