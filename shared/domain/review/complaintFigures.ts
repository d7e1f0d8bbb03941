/**
 * Complaints and suggestions of the month, read from the monthly forms' own functions
 * (summarizeMonth, complaintRates), so a chart and a form can never disagree.
 */
import { summarizeMonth, type MonthlySummary } from '../complaintMonthly';
import type { Buckets, CaseFacts } from './facts';
import { addTo, officeMonthFast } from './facts';
import type { ComplaintFigures, SuggestionFigures } from './figures';

const touching = new WeakMap<readonly CaseFacts[], Map<string, CaseFacts[]>>();

/**
 * The cases with anything in `month`: received, closed, revisit due or revisited then. Only
 * these can count in the month's forms, so summarising them alone gives the same figures as
 * summarising every case — at a fraction of the date parsing, over fourteen months.
 */
export function casesTouching(cases: readonly CaseFacts[], month: string): readonly CaseFacts[] {
  let byMonth = touching.get(cases);
  if (!byMonth) {
    byMonth = new Map();
    for (const c of cases) {
      const instants = [c.receivedAt, c.closedAt, c.revisitDueAt, ...c.revisits.map((r) => r.at)];
      const months = new Set(instants.flatMap((at) => (at ? [officeMonthFast(at)] : [])));
      for (const m of months) {
        const list = byMonth.get(m);
        if (list) list.push(c);
        else byMonth.set(m, [c]);
      }
    }
    touching.set(cases, byMonth);
  }
  return byMonth.get(month) ?? [];
}

/** The complaint figures of `month`; `households` is the 有效投诉率's denominator (0: unknown). */
export function complaintFigures(
  cases: readonly CaseFacts[],
  month: string,
  households = 0,
): ComplaintFigures {
  const s = summarizeMonth(casesTouching(cases, month), month, 'complaint', households);
  return {
    received: s.received,
    byCategory: s.byCategory,
    byDepartment: s.byDepartment,
    // summarizeMonth always sets rates for complaints.
    rates: s.rates!,
  };
}

/** The suggestion figures of `month`: adopted, not adopted, not yet answered. */
export function suggestionFigures(cases: readonly CaseFacts[], month: string): SuggestionFigures {
  return suggestionsOf(summarizeMonth(casesTouching(cases, month), month, 'suggestion'));
}

function suggestionsOf(s: MonthlySummary): SuggestionFigures {
  return {
    received: s.received,
    adopted: s.byAdoption['adopted'] ?? 0,
    notAdopted: s.byAdoption['rejected'] ?? 0,
    pending: s.byAdoption['none'] ?? 0,
  };
}

/**
 * The cases behind each complaint bar: each case is summarised on its own with the same
 * function, so a case is listed under a bar exactly when the bar counts it.
 * Keys: `received`, `category:<code>`, `department:<code>`.
 */
export function complaintBuckets(cases: readonly CaseFacts[], month: string): Buckets {
  const out: Buckets = {};
  for (const c of casesTouching(cases, month)) {
    const s = summarizeMonth([c], month, 'complaint');
    if (s.received === 0) continue;
    addTo(out, 'received', c.id);
    for (const k of Object.keys(s.byCategory)) addTo(out, `category:${k}`, c.id);
    for (const k of Object.keys(s.byDepartment)) addTo(out, `department:${k}`, c.id);
  }
  return out;
}

/** Suggestions behind each bar. Keys: `received`, `adopted`, `notAdopted`, `pending`. */
export function suggestionBuckets(cases: readonly CaseFacts[], month: string): Buckets {
  const out: Buckets = {};
  for (const c of casesTouching(cases, month)) {
    const f = suggestionsOf(summarizeMonth([c], month, 'suggestion'));
    if (f.received === 0) continue;
    addTo(out, 'received', c.id);
    if (f.adopted) addTo(out, 'adopted', c.id);
    if (f.notAdopted) addTo(out, 'notAdopted', c.id);
    if (f.pending) addTo(out, 'pending', c.id);
  }
  return out;
}
