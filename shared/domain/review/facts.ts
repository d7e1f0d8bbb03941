/**
 * What the monthly aggregations read of each register's records — the minimum, so the same
 * functions run on Dexie records (reviewRepository maps them) and on generated test data.
 * Instants are ISO strings; money is integer fen.
 */
import type { MonthlyCaseFacts } from '../complaintMonthly';
import type { EnquiryMonthFacts } from '../enquiries';
import { OFFICE_UTC_OFFSET_MS, parseInstant } from '../officeTime';
import { officeMonthOf } from '../rates';
import type { DeadlineSettings } from '../deadlines';
import type { VisitStatus } from '../visitors';
import type { MoneyDocKind, MoneyDocStatus, PaymentMethod } from '../receipt';
import type { RepairUrgency, WorkOrderKind } from '../repairs';
import type { SurveyResponseFacts, SurveyRoundFacts } from './surveyFigures';
import type { BillFacts } from './feeFigures';
import type { MajorThresholds } from '../arrears';

export interface CaseFacts extends MonthlyCaseFacts {
  id: string;
}

export interface WorkOrderFacts {
  id: string;
  kind: WorkOrderKind;
  urgency: RepairUrgency;
  receivedAt: string;
  completedAt?: string;
  /** When the revisit was made (answered), if it was. */
  revisitedAt?: string;
}

/** A renovation job with its deposit movements (from the ledger documents linked to it). */
export interface RenovationFacts {
  id: string;
  startedAt?: string;
  acceptedAt?: string;
  /** Deposits taken: the refundable lines of each valid receipt, at its issue time. */
  deposits: readonly { at: string; fen: number }[];
  /** Deposits settled: paid back plus kept back, per valid refund voucher. */
  settlements: readonly { at: string; fen: number }[];
}

export interface MoneyDocFacts {
  id: string;
  kind: MoneyDocKind;
  status: MoneyDocStatus;
  issuedAt: string;
  method: PaymentMethod;
  totalFen: number;
  lines: readonly { code: string; amountFen: number }[];
}

export interface MailFacts {
  id: string;
  receivedAt: string;
  collectedAt?: string;
}

export interface VisitFacts {
  id: string;
  inAt: string;
  status: VisitStatus;
}

export interface KeyLoanFacts {
  id: string;
  lentAt: string;
  dueAt: string;
  returnedAt?: string;
}

export interface ReviewFacts {
  /**
   * The estate's households (入住户数, units.ts `HOUSEHOLD_STATUSES`) when the figures are
   * computed: the 有效投诉率's denominator; 0 when none are on record.
   */
  households: number;
  cases: readonly CaseFacts[];
  workOrders: readonly WorkOrderFacts[];
  renovations: readonly RenovationFacts[];
  moneyDocs: readonly MoneyDocFacts[];
  mail: readonly MailFacts[];
  visits: readonly VisitFacts[];
  keyLoans: readonly KeyLoanFacts[];
  /** 咨询/来电 received in the window (optional: data from before issue 17 has none). */
  enquiries?: readonly EnquiryMonthFacts[];
  /** Survey rounds and the forms entered in the window (absent: no surveys read). */
  surveyRounds?: readonly SurveyRoundFacts[];
  surveyResponses?: readonly SurveyResponseFacts[];
  /** Bills due up to the window's last month with their settlements (absent: no fees read). */
  bills?: readonly BillFacts[];
}

/** What the aggregations need beyond the records: the clock and the deadline settings. */
export interface ReviewContext {
  now: string;
  deadlines: DeadlineSettings;
  /** The 重大欠费 thresholds of the billing settings (absent: the fee figures use none). */
  majorArrears?: MajorThresholds;
}

/** Bucket key → ids of the facts behind it (what a click on a bar lists). */
export type Buckets = Record<string, string[]>;

/** Adds `id` to bucket `key`. */
export function addTo(buckets: Buckets, key: string, id: string): void {
  (buckets[key] ??= []).push(id);
}

/** Bucket key → the facts themselves, for figures that sum amounts or times over a bucket. */
export type Groups<T> = Record<string, T[]>;

/** Adds `item` to group `key`. */
export function put<T>(groups: Groups<T>, key: string, item: T): void {
  (groups[key] ??= []).push(item);
}

/** The ids of each group: what a click on its bar lists. */
export function idsOf<T extends { id: string }>(groups: Groups<T>): Buckets {
  const out: Buckets = {};
  for (const [key, items] of Object.entries(groups)) out[key] = items.map((i) => i.id);
  return out;
}

/** Counts of the buckets whose key starts with `prefix:`, keyed without the prefix. */
export function countsOf(buckets: Groups<unknown>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, ids] of Object.entries(buckets))
    if (key.startsWith(`${prefix}:`)) out[key.slice(prefix.length + 1)] = ids.length;
  return out;
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/**
 * `officeMonthOf`, fast for the app's own storage format (`2026-04-30T07:00:00.000Z`), which
 * `Date.parse` reads exactly; anything else goes through the full parser. Grouping a year of
 * records reads a hundred thousand dates.
 */
export function officeMonthFast(iso: string): string {
  if (!CANONICAL.test(iso)) return officeMonthOf(iso);
  const d = new Date(Date.parse(iso) + OFFICE_UTC_OFFSET_MS);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

type MonthGroups = Map<string, Map<string, readonly unknown[]>>;
const groupsByList = new WeakMap<object, MonthGroups>();

/**
 * The items of `list` whose instant `field` falls in office month `month`. The list is
 * grouped by month once (per field) and kept while the list lives, so the fourteen months a
 * review computes read each record's date once, not fourteen times. Facts lists are never
 * mutated after they are built.
 */
export function inOfficeMonth<T extends object, K extends keyof T & string>(
  list: readonly T[],
  field: K,
  month: string,
): readonly T[] {
  let byField = groupsByList.get(list);
  if (!byField) groupsByList.set(list, (byField = new Map()));
  let byMonth = byField.get(field);
  if (!byMonth) {
    const built = new Map<string, T[]>();
    for (const item of list) {
      const at = item[field];
      if (typeof at !== 'string') continue;
      const m = officeMonthFast(at);
      const bucket = built.get(m);
      if (bucket) bucket.push(item);
      else built.set(m, [item]);
    }
    byField.set(field, (byMonth = built));
  }
  return (byMonth.get(month) ?? []) as readonly T[];
}

const instants = new Map<string, number>();

/** `parseInstant`, remembered: outstanding figures compare every record's dates each month. */
export function instantMs(iso: string): number {
  let ms = instants.get(iso);
  if (ms === undefined) {
    // A bound on memory, not a policy: a review touches a few hundred thousand instants.
    if (instants.size > 500_000) instants.clear();
    instants.set(iso, (ms = parseInstant(iso)));
  }
  return ms;
}
