/**
 * The order clerks read codes in (unit codes, buildings, space numbers): `2-101` before
 * `10-101`, `1-1-902` before `1-1-1001`, Chinese by pinyin.
 *
 * One collator for the whole app: `a.localeCompare(b, 'zh-CN', { numeric: true })` builds a new
 * ICU collator on every call in V8 — sorting the 3,000 units of an estate that way took most of
 * the time of generating its bills and of the arrears list (issue 21's CPU profiles).
 */
const collator = new Intl.Collator('zh-CN', { numeric: true });

export function compareCodes(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Codes seen by `sortByCode`, each with its place in `compareCodes` order (equal codes share). */
const ranks = new Map<string, number>();
/** Beyond this many codes the memo starts again (codes of rooms, buildings: a few thousand). */
const MAX_RANKED = 50_000;

function rankOf(codes: Iterable<string>): Map<string, number> {
  const missing = new Set<string>();
  for (const c of codes) if (!ranks.has(c)) missing.add(c);
  if (missing.size === 0) return ranks;
  if (ranks.size + missing.size > MAX_RANKED) ranks.clear();
  const all = [...ranks.keys(), ...missing].sort(compareCodes);
  let rank = 0;
  all.forEach((code, i) => {
    if (i > 0 && compareCodes(all[i - 1]!, code) !== 0) rank += 1;
    ranks.set(code, rank);
  });
  return ranks;
}

/**
 * `rows` sorted by their code in `compareCodes` order, stable, in place. The order of the codes
 * is worked out once and remembered: the arrears list and the bill run sort an estate's 3,000
 * unit codes on every call, and the collator's compare was most of the list's CPU time
 * (issue 18's bench profile); a code not seen before has every code ranked again.
 */
export function sortByCode<T>(rows: T[], codeOf: (row: T) => string): T[] {
  const rank = rankOf(rows.map(codeOf));
  return rows.sort((a, b) => rank.get(codeOf(a))! - rank.get(codeOf(b))!);
}
