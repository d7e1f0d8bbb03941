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
 * - 满意率 = revisits made in M answered 满意 or 基本满意 ÷ revisits made in M.
 * A rate with a zero denominator is "not applicable" (null), never 0 % or 100 %.
 */
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

/** `87.5%` (one decimal, trailing .0 dropped), or `—` when not applicable. */
export function formatRate(r: Rate): string {
  if (r.value === null) return '—';
  const pct = Math.round(r.value * 1000) / 10;
  return `${pct}%`;
}

/** What the rates read of one complaint. */
export interface ComplaintRateFacts {
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

/** 处理及时率. */
export function onTimeRate(cases: readonly ComplaintRateFacts[], month: string): Rate {
  const closed = cases.filter((c) => c.closedAt && officeMonthOf(c.closedAt) === month);
  return rate(closed.filter((c) => c.closedOnTime === true).length, closed.length);
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

/** The four rates of a month. */
export function complaintRates(
  cases: readonly ComplaintRateFacts[],
  month: string,
): ComplaintRates {
  return {
    valid: validComplaintRate(cases, month),
    onTime: onTimeRate(cases, month),
    revisit: revisitRate(cases, month),
    satisfaction: satisfactionRate(cases, month),
  };
}
