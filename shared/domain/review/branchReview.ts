/**
 * The monthly review on a branch install (issue 20): a branch has no estate records, so its
 * 月度统计 reads the month summaries the estates publish (summaryDoc.ts) — one estate's, or the
 * branch total over every estate that published the month.
 *
 * Policy:
 * - An estate's review is its published summary of the month: the figures, the 12-month trend
 *   it carries; the month before and the same month a year earlier from those months' summaries
 *   when the branch holds them (every month ever published stays on the server), else empty
 *   figures of that month (the charts show 0, not a guess).
 * - The branch total adds the estates' counts and fen; each rate is recomputed from the summed
 *   counts (never an average of percentages); a median cannot be added, so the total has none.
 *   Lists (arrears by building, survey rounds) are put one after another.
 * - No summary of the chosen month (for that estate, or for any estate): no review.
 */
import type { BranchSummary } from './branchSummary';
import type { ReviewContext, ReviewFacts } from './facts';
import type { MonthlyFigures, MonthlyReview, RateTargets, TrendPoint } from './figures';
import { monthlyFigures } from './monthly';
import { previousMonth, sameMonthLastYear } from './months';

/** The choice meaning "every estate added up". */
export const BRANCH_TOTAL = '*';

/** An estate with no records: what a month no summary covers is figured from. */
export const NO_FACTS: ReviewFacts = {
  households: 0,
  cases: [],
  workOrders: [],
  renovations: [],
  moneyDocs: [],
  mail: [],
  visits: [],
  keyLoans: [],
};

/** The estates that published summaries, by name. */
export function branchEstates(summaries: readonly BranchSummary[]): string[] {
  return [...new Set(summaries.map((s) => s.estateName))].sort((a, b) => a.localeCompare(b));
}

type Value = unknown;

function isRate(v: Value): v is { numerator: number; denominator: number } {
  return typeof v === 'object' && v !== null && 'numerator' in v && 'denominator' in v;
}

/** `a + b` of two figures of the same shape (see the policy). */
function add(a: Value, b: Value, key = ''): Value {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (key === 'medianCompletionHours') return null;
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return [...(a as Value[]), ...(b as Value[])];
  if (isRate(a) && isRate(b)) {
    const numerator = a.numerator + b.numerator;
    const denominator = a.denominator + b.denominator;
    return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const out: Record<string, Value> = {};
    const left = a as Record<string, Value>;
    const right = b as Record<string, Value>;
    for (const k of new Set([...Object.keys(left), ...Object.keys(right)])) {
      out[k] = add(left[k], right[k], k);
    }
    return out;
  }
  return a; // the month, a name: the same on both sides
}

function sum<T>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>((s, x) => add(s, x) as T, undefined);
}

export interface BranchReviewInput {
  summaries: readonly BranchSummary[];
  /** An estate's name, or BRANCH_TOTAL. */
  estate: string;
  month: string;
  targets: RateTargets;
  ctx: ReviewContext;
  /** What the total is called on screen (分公司合计). */
  totalName: string;
}

/** The review of `month` from the published summaries, or undefined when none covers it. */
export function branchMonthlyReview(input: BranchReviewInput): MonthlyReview | undefined {
  const { summaries, estate, month, ctx } = input;
  const chosen =
    estate === BRANCH_TOTAL ? summaries : summaries.filter((s) => s.estateName === estate);
  const of = (m: string) => chosen.filter((s) => s.month === m);
  const figuresOf = (m: string): MonthlyFigures =>
    sum(of(m).map((s) => s.figures)) ?? monthlyFigures(NO_FACTS, m, ctx);
  const current = of(month);
  if (current.length === 0) return undefined;
  const trendByMonth = new Map<string, TrendPoint[]>();
  for (const s of current) {
    for (const point of s.trend ?? []) {
      trendByMonth.set(point.month, [...(trendByMonth.get(point.month) ?? []), point]);
    }
  }
  const trend = [...trendByMonth.keys()].sort().map((m) => sum(trendByMonth.get(m)!)!);
  return {
    estateName: estate === BRANCH_TOTAL ? input.totalName : estate,
    targets: input.targets,
    current: figuresOf(month),
    previous: figuresOf(previousMonth(month)),
    lastYear: figuresOf(sameMonthLastYear(month)),
    trend,
  };
}
