/**
 * The monthly rates the desk owns (domain brief §3, manual 004 §3.3). The complaint forms and
 * the monthly charts both read them from here, so one month never shows two different figures.
 *
 * Definitions, for office month M:
 * - 投诉有效率 = complaints received in M found valid ÷ complaints received in M;
 * - 处理及时率 = complaints closed in M within their deadline ÷ complaints closed in M
 *   (a case closed twice in M, after a reopening, counts once, by its last close);
 * - 回访率 = complaints whose revisit fell due in M and have been revisited ÷ complaints whose
 *   revisit fell due in M (a case closed at the end of M is counted in the month its revisit
 *   is due, so the form is fair on the 1st);
 * - 满意率 = revisits made in M answered 满意 or 基本满意 ÷ revisits made in M;
 * - 有效投诉率 (002's sense, target below 1 %) = complaints received in M found valid ÷ the
 *   estate's households (入住户数: units handed over — occupied, renovating or in custody).
 *   The desk's 投诉有效率 above is a statistic with no target.
 * A rate with a zero denominator is "not applicable" (null), never 0 % or 100 %. A case on
 * which a past deadline or agreed date was recorded never counts as on time (complaintPastDates).
 */
import { countsLate, type PastDateFacts } from './complaintPastDates';
import { officeDateOf } from './officeTime';
import type { Satisfaction } from './complaints';

/** A ratio with its counts; `value` is null when there is nothing to divide by. */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

/** `numerator ÷ denominator`, null for a zero denominator. */
export function rate(numerator: number, denominator: number): Rate {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0)
    throw new RangeError(`Counts must be non-negative integers: ${numerator}/${denominator}`);
  if (numerator > denominator)
    throw new RangeError(`Numerator exceeds denominator: ${numerator}/${denominator}`);
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/**
 * 有效投诉率: `valid` complaints ÷ `households`. Unlike the other rates the count may exceed
 * the households (a tiny estate's bad month); null when the estate has no households on record.
 */
export function perHouseholdRate(valid: number, households: number): Rate {
  if (!Number.isInteger(valid) || !Number.isInteger(households) || valid < 0 || households < 0)
    throw new RangeError(`Counts must be non-negative integers: ${valid}/${households}`);
  return {
    numerator: valid,
    denominator: households,
    value: households === 0 ? null : valid / households,
  };
}

/** `87.5%` (`decimals` places, trailing zeros dropped), or `—` when not applicable. */
export function formatRate(r: Rate, decimals = 1): string {
  return formatPercent(r.value, decimals);
}

/** A fraction as percent text (`0.25` → `25%`), `—` for null or a value that is not a number. */
export function formatPercent(value: number | null, decimals = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const scale = 10 ** decimals;
  return `${Math.round(value * 100 * scale) / scale}%`;
}

/** 有效投诉率 is a fraction of a percent: shown with two decimals so 0.07 % does not read 0.1 %. */
export const PER_HOUSEHOLD_DECIMALS = 2;

/** The rates the monthly forms list, in order: 002's 有效投诉率 first, then the desk's four. */
export const COMPLAINT_RATE_KEYS = [
  'perHousehold',
  'valid',
  'onTime',
  'revisit',
  'satisfaction',
] as const;

/** Decimals a rate is shown with. */
export function rateDecimals(key: (typeof COMPLAINT_RATE_KEYS)[number]): number {
  return key === 'perHousehold' ? PER_HOUSEHOLD_DECIMALS : 1;
}

/** What the rates read of one complaint. */
export interface ComplaintRateFacts extends PastDateFacts {
  receivedAt: string;
  valid?: boolean;
  /** The last close, and whether it met the deadline. */
  closedAt?: string;
  closedOnTime?: boolean;
  revisitDueAt?: string;
  /** Every revisit made, in order. */
  revisits: readonly { at: string; satisfaction: Satisfaction }[];
}

export interface ComplaintRates {
  valid: Rate;
  onTime: Rate;
  revisit: Rate;
  satisfaction: Rate;
  /** 有效投诉率: valid complaints received ÷ households. */
  perHousehold: Rate;
}

/** `2026-05` of an instant, in office time. */
export function officeMonthOf(iso: string): string {
  return officeDateOf(iso).slice(0, 7);
}

/** 投诉有效率. */
export function validComplaintRate(cases: readonly ComplaintRateFacts[], month: string): Rate {
  const received = cases.filter((c) => officeMonthOf(c.receivedAt) === month);
  return rate(received.filter((c) => c.valid === true).length, received.length);
}

/** 处理及时率: a case with a past date recorded on it is late whatever was stored at its close. */
export function onTimeRate(cases: readonly ComplaintRateFacts[], month: string): Rate {
  const closed = cases.filter((c) => c.closedAt && officeMonthOf(c.closedAt) === month);
  return rate(
    closed.filter((c) => c.closedOnTime === true && !countsLate(c)).length,
    closed.length,
  );
}

/** 回访率. */
export function revisitRate(cases: readonly ComplaintRateFacts[], month: string): Rate {
  const due = cases.filter((c) => c.revisitDueAt && officeMonthOf(c.revisitDueAt) === month);
  return rate(due.filter((c) => c.revisits.length > 0).length, due.length);
}

/** 满意率: 基本满意 counts as satisfied, as the desks' forms add the two columns. */
export function satisfactionRate(cases: readonly ComplaintRateFacts[], month: string): Rate {
  const made = cases.flatMap((c) => c.revisits).filter((r) => officeMonthOf(r.at) === month);
  return rate(made.filter((r) => r.satisfaction !== 'unsatisfied').length, made.length);
}

/**
 * The rates of a month. `households` is the estate's household count (0 when unknown: the
 * 有效投诉率 is then not applicable, never a division by zero).
 */
export function complaintRates(
  cases: readonly ComplaintRateFacts[],
  month: string,
  households = 0,
): ComplaintRates {
  const valid = validComplaintRate(cases, month);
  return {
    valid,
    onTime: onTimeRate(cases, month),
    revisit: revisitRate(cases, month),
    satisfaction: satisfactionRate(cases, month),
    perHousehold: perHouseholdRate(valid.numerator, households),
  };
}
