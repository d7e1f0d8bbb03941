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
