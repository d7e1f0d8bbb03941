/**
 * Months already billed (issue 18): a bill's key is unit, item and period, so two bills of the
 * same months under different periods — history imported by month and the desk billing the
 * quarter, or the desk's quarter and history imported by month — would both stand and the
 * unit would owe those months twice. This finds, for a unit and an item, a stored bill whose
 * months overlap the months asked for.
 *
 * Policy:
 * - A bill covers the months of its period: a month `2026-03`, a quarter `2026-Q1`, a year
 *   `2026`; an imported span that is none of these keeps its dates in its key
 *   (`2026-01-15~2026-02-14`) and covers every month it touches, in part or whole.
 * - Overlap is per unit and item: the unit's 物业管理费 of March does not stop its 水费.
 */
import { periodMonths } from './billingMath';

const SPAN = /^(\d{4}-\d{2})-\d{2}~(\d{4}-\d{2})-\d{2}$/;

/** The months a bill key's period covers, in order (a span of dates: every month it touches). */
export function coveredMonths(period: string): string[] {
  const span = SPAN.exec(period);
  if (!span) return periodMonths(period);
  const [, from = '', to = ''] = span;
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 1200; m = nextMonth(m)) out.push(m);
  return out;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The period keys that can share a month with `months`: each month, its quarter and year. */
function periodsTouching(months: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const m of months) {
    const [y = '', mm = ''] = m.split('-');
    out.add(m);
    out.add(`${y}-Q${Math.ceil(Number(mm) / 3)}`);
    out.add(y);
  }
  return out;
}

/**
 * Which stored bills can decide what billing `months` writes (`planBills`' stored keys): those
 * whose period is one of the months, their quarter or year (an exact key or a whole period
 * covering them), and those whose period is from the first month on — an imported span is
 * stored under its last month (feeHistory.ts), and a span covering one of the months ends in it
 * or later. Any other stored key can neither equal a new bill's key nor cover its months, so a
 * run reads these periods instead of every key of every bill stored (issue 18's bench profile).
 */
export function periodsDeciding(months: readonly string[]): {
  from: string;
  also: string[];
} {
  const from = [...months].sort()[0] ?? '';
  return { from, also: [...periodsTouching(months)].filter((p) => p < from).sort() };
}

/** Stored bill keys, asked which one already covers some of a unit's months for an item. */
export interface BillCover {
  /** The period of a stored bill of `unitId` and `itemCode` sharing a month with `months`. */
  overlapping(unitId: string, itemCode: string, months: readonly string[]): string | undefined;
  /** Counts a key written (or accepted) since, so later rows see it too. */
  add(key: string): void;
}

/**
 * The cover of `keys` (`unitId|itemCode|period`, as bills are keyed), read in place, not copied.
 * Months, quarters and years are looked up directly; only imported spans are indexed, so a
 * large key set costs one pass.
 */
export function billCover(keys: ReadonlySet<string>): BillCover {
  const added = new Set<string>();
  const spans = new Map<string, string[]>();
  const indexSpan = (key: string) => {
    if (!key.includes('~')) return;
    const cut = key.lastIndexOf('|');
    const head = key.slice(0, cut);
    const list = spans.get(head);
    if (list) list.push(key.slice(cut + 1));
    else spans.set(head, [key.slice(cut + 1)]);
  };
  for (const key of keys) indexSpan(key);
  return {
    overlapping(unitId, itemCode, months) {
      const head = `${unitId}|${itemCode}`;
      for (const p of periodsTouching(months)) {
        const key = `${head}|${p}`;
        if (keys.has(key) || added.has(key)) return p;
      }
      for (const span of spans.get(head) ?? []) {
        if (coveredMonths(span).some((m) => months.includes(m))) return span;
      }
      return undefined;
    },
    add(key) {
      added.add(key);
      indexSpan(key);
    },
  };
}
