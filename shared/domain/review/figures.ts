/**
 * The figures of one office month (domain brief §6) — the single shape the monthly review
 * screen, the printed monthly report, the Excel workbook and the branch summary file all read.
 * Computed by the pure aggregations in this folder; nothing else derives monthly numbers.
 *
 * Money is integer fen. Counts keyed by a code (category, department, fee item, method…) use
 * `Counts`; an unset code counts under `none`.
 */
import type { Counts } from '../complaintMonthly';
import type { ComplaintRates, Rate } from '../rates';
import type { EnquiryFigures } from '../enquiries';
import type { QuestionFigures } from '../surveys';
import type { FeeFigures } from './feeFigures';

export type { FeeFigures };

export type { Counts };

/** Fen keyed by a code (fee item, payment method). */
export type FenByKey = Record<string, number>;

/**
 * The complaint-rate targets, as fractions (0.95 = 95 %), from the settings. `perHousehold`
 * (有效投诉率, 002: below 1 %) is a ceiling; the others are floors. The desk's 投诉有效率 has
 * no target: no manual asks for it to be high.
 */
export interface RateTargets {
  perHousehold: number;
  onTime: number;
  revisit: number;
  satisfaction: number;
}

export interface ComplaintFigures {
  received: number;
  byCategory: Counts;
  byDepartment: Counts;
  rates: ComplaintRates;
}

export interface SuggestionFigures {
  received: number;
  adopted: number;
  notAdopted: number;
  /** Not yet answered at the time of computing. */
  pending: number;
}

export interface RepairFigures {
  /** Repair and paid-service orders received in the month. */
  received: number;
  byType: Counts;
  byUrgency: Counts;
  completed: number;
  /** Median hours from received to completed, of the orders completed in the month. */
  medianCompletionHours: number | null;
  /** Orders completed in the month that the sampling rule requires revisiting … */
  revisitRequired: number;
  /** … and how many of them have been revisited (coverage = revisited ÷ required). */
  revisitCoverage: Rate;
}

export interface RenovationFigures {
  started: number;
  accepted: number;
  refunded: number;
  /** Deposits still held at the end of the month. */
  depositsHeldCount: number;
  depositsHeldFen: number;
  /** Held deposits by age bucket (`0-30`, `31-90`, `91-180`, `181+` days) → fen. */
  depositsHeldByAge: FenByKey;
}

export interface MoneyFigures {
  receivedFen: number;
  receiptCount: number;
  byItemFen: FenByKey;
  byMethodFen: FenByKey;
  refundCount: number;
  refundFen: number;
  voidCount: number;
  voidFen: number;
}

export interface RegisterFigures {
  mailReceived: number;
  mailCollected: number;
  /** Uncollected at the end of the month, and of those, waiting more than 3 days. */
  mailOutstanding: number;
  mailOutstandingOver3Days: number;
  visits: number;
  visitsRefused: number;
  keyLoans: number;
  /** Keys out (not returned) at the end of the month, and of those, overdue. */
  keysOut: number;
  keysOverdue: number;
}

/** Satisfaction surveys (满意度调查) of the month: forms returned, 满意率, per round and question. */
export interface SurveyMonthFigures {
  forms: number;
  satisfaction: Rate;
  rounds: readonly {
    id: string;
    no: string;
    title: string;
    forms: number;
    satisfaction: Rate;
    questions: readonly QuestionFigures[];
  }[];
}

export interface MonthlyFigures {
  /** `YYYY-MM`, office time. */
  month: string;
  complaints: ComplaintFigures;
  suggestions: SuggestionFigures;
  repairs: RepairFigures;
  renovation: RenovationFigures;
  money: MoneyFigures;
  registers: RegisterFigures;
  /** 咨询来电: counts by topic and channel, 首次解决率. */
  enquiries: EnquiryFigures;
  /**
   * Absent in branch summary files before version 5 and in figures computed before surveys
   * existed; the desk's own review always fills it.
   */
  surveys?: SurveyMonthFigures;
  /**
   * Property and energy fees (issue 18): 收费率, arrears by age and building, 重大欠费. Absent
   * in branch files of version 2 and before, and when no bills were read.
   */
  fees?: FeeFigures;
}

/** One point of the 12-month trend (the month and the eleven before it). */
export interface TrendPoint {
  month: string;
  complaints: number;
  suggestions: number;
  repairs: number;
  receivedFen: number;
  rates: ComplaintRates;
}

/** What the review screen and the report show for a chosen month. */
export interface MonthlyReview {
  estateName: string;
  targets: RateTargets;
  current: MonthlyFigures;
  /** The month before, and the same month a year earlier, for comparison. */
  previous: MonthlyFigures;
  lastYear: MonthlyFigures;
  trend: readonly TrendPoint[];
}
