/**
 * The whole monthly review: a month's figures, the 12-month trend, and the comparison with the
 * month before and the same month a year earlier. Everything is computed from the facts by
 * the section aggregations in this folder.
 */
import { complaintFigures, suggestionFigures } from './complaintFigures';
import { enquiryFigures } from '../enquiries';
import { inOfficeMonth } from './facts';
import type { ReviewContext, ReviewFacts } from './facts';
import type { MonthlyFigures, MonthlyReview, RateTargets, TrendPoint } from './figures';
import { moneyFigures } from './moneyFigures';
import { checkMonth, previousMonth, sameMonthLastYear, trendMonths } from './months';
import { registerFigures } from './registerFigures';
import { renovationFigures } from './renovationFigures';
import { repairFigures } from './repairFigures';
import { surveyMonthFigures } from './surveyFigures';
import { feeFigures, NO_THRESHOLDS } from './feeFigures';

/** All figures of `month` (`YYYY-MM`, office time). */
export function monthlyFigures(
  facts: ReviewFacts,
  month: string,
  ctx: ReviewContext,
): MonthlyFigures {
  checkMonth(month);
  return {
    month,
    complaints: complaintFigures(facts.cases, month, facts.households),
    suggestions: suggestionFigures(facts.cases, month),
    repairs: repairFigures(facts.workOrders, month),
    renovation: renovationFigures(facts.renovations, month, ctx.now),
    money: moneyFigures(facts.moneyDocs, month),
    registers: registerFigures(facts, month, ctx),
    enquiries: enquiryFigures(inOfficeMonth(facts.enquiries ?? [], 'receivedAt', month), month),
    surveys: surveyMonthFigures(facts.surveyRounds ?? [], facts.surveyResponses ?? [], month),
    ...(facts.bills
      ? {
          fees: feeFigures(facts.bills, month, ctx.majorArrears ?? NO_THRESHOLDS),
        }
      : {}),
  };
}

/** One trend point from a month's figures. */
export function trendPoint(f: MonthlyFigures): TrendPoint {
  return {
    month: f.month,
    complaints: f.complaints.received,
    suggestions: f.suggestions.received,
    repairs: f.repairs.received,
    receivedFen: f.money.receivedFen,
    rates: f.complaints.rates,
  };
}

/**
 * One trend point computed directly: only the sections a trend point reads, so the twelve
 * months cost four aggregations each rather than six.
 */
function trendPointOf(facts: ReviewFacts, month: string): TrendPoint {
  const complaints = complaintFigures(facts.cases, month, facts.households);
  return {
    month,
    complaints: complaints.received,
    suggestions: suggestionFigures(facts.cases, month).received,
    repairs: repairFigures(facts.workOrders, month).received,
    receivedFen: moneyFigures(facts.moneyDocs, month).receivedFen,
    rates: complaints.rates,
  };
}

/** The month and the eleven before it, oldest first. */
export function yearTrend(facts: ReviewFacts, month: string): TrendPoint[] {
  return trendMonths(month).map((m) => trendPointOf(facts, m));
}

export interface MonthlyReviewInput {
  facts: ReviewFacts;
  month: string;
  ctx: ReviewContext;
  estateName: string;
  targets: RateTargets;
}

/** The review of a month as the screen and the report show it. */
export function monthlyReview(input: MonthlyReviewInput): MonthlyReview {
  const { facts, month, ctx } = input;
  const current = monthlyFigures(facts, month, ctx);
  const previous = monthlyFigures(facts, previousMonth(month), ctx);
  const known = new Map([current, previous].map((f) => [f.month, trendPoint(f)]));
  return {
    estateName: input.estateName,
    targets: input.targets,
    current,
    previous,
    lastYear: monthlyFigures(facts, sameMonthLastYear(month), ctx),
    trend: trendMonths(month).map((m) => known.get(m) ?? trendPointOf(facts, m)),
  };
}
