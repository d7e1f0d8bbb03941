/**
 * Settling bills and reading what is owed (欠费, domain §8).
 *
 * Policy:
 * - A payment settles the oldest bill first (by the month it fell due, then by item order:
 *   property fee, monthly items, water, power), unless the clerk picks the bills and amounts.
 *   What is left over is held as the unit's prepayment (预存) and settles later bills.
 * - A bill's age counts whole months from the month it fell due: due this month is 1 month, due
 *   last month 2, … The buckets are 1, 2–3, 4–6, 7–12 and over 12 months.
 * - 重大欠费: a unit owing at least the set amount, or whose oldest open bill is at least the set
 *   number of months old (each threshold 0 = not used).
 * - 收费率 of a month: collected ÷ billed for the bills falling due that month (collected by
 *   the month's end), and, of the arrears standing at the month's start, what the month collected.
 */
import { monthsBetween } from './billingMath';
import { PROPERTY_ITEM, METER_ITEMS } from './billingSettings';
import { codesOf } from './codes';
import { compareCodes, sortByCode } from './collation';

/** A bill as settlement sees it. */
export interface OpenBill {
  id: string;
  dueMonth: string;
  itemCode: string;
  /** Still owed, fen. */
  openFen: number;
}

export interface Allocation {
  billId: string;
  fen: number;
}

const ITEM_ORDER = (code: string): number =>
  code === PROPERTY_ITEM ? 0 : code === METER_ITEMS.water ? 2 : code === METER_ITEMS.power ? 3 : 1;

/** Bills oldest first: due month, then item order, then id (a stable order). */
export function oldestFirst<T extends OpenBill>(bills: readonly T[]): T[] {
  return [...bills].sort(
    (a, b) =>
      a.dueMonth.localeCompare(b.dueMonth) ||
      ITEM_ORDER(a.itemCode) - ITEM_ORDER(b.itemCode) ||
      a.itemCode.localeCompare(b.itemCode) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Spreads `amountFen` over the open bills, oldest first; a bill is settled in full before the
 * next gets anything. Returns the allocations and what was left over (the prepayment).
 */
export function settleOldestFirst(
  bills: readonly OpenBill[],
  amountFen: number,
): { allocations: Allocation[]; leftoverFen: number } {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0)
    throw new RangeError(`Amount must be non-negative fen: ${amountFen}`);
  let left = amountFen;
  const allocations: Allocation[] = [];
  for (const bill of oldestFirst(bills)) {
    if (left === 0) break;
    if (bill.openFen <= 0) continue;
    const fen = Math.min(left, bill.openFen);
    allocations.push({ billId: bill.id, fen });
    left -= fen;
  }
  return { allocations, leftoverFen: left };
}

/** Checks allocations picked by the clerk against the open bills: Chinese problems. */
export function checkAllocations(
  bills: readonly OpenBill[],
  allocations: readonly Allocation[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(bills.map((b) => [b.id, b]));
  const seen = new Set<string>();
  for (const a of allocations) {
    const bill = byId.get(a.billId);
    if (!bill) {
      problems.push('所选账单不存在或已结清');
      continue;
    }
    if (seen.has(a.billId)) problems.push('同一账单不能重复选择');
    seen.add(a.billId);
    if (!Number.isSafeInteger(a.fen) || a.fen <= 0) problems.push('缴费金额必须大于 0');
    else if (a.fen > bill.openFen)
      problems.push(`缴费金额不能超过欠费 ${(bill.openFen / 100).toFixed(2)} 元`);
  }
  return problems;
}

export const AGE_BUCKET_LABELS = {
  m1: '1个月',
  m2_3: '2–3个月',
  m4_6: '4–6个月',
  m7_12: '7–12个月',
  m12plus: '12个月以上',
};
export type AgeBucket = keyof typeof AGE_BUCKET_LABELS;
export const AGE_BUCKETS = codesOf(AGE_BUCKET_LABELS);

/** Age in months of a bill due in `dueMonth`, seen in `month` (due this month = 1). */
export function ageMonths(dueMonth: string, month: string): number {
  return Math.max(1, monthsBetween(dueMonth, month) + 1);
}

export function ageBucket(months: number): AgeBucket {
  if (months <= 1) return 'm1';
  if (months <= 3) return 'm2_3';
  if (months <= 6) return 'm4_6';
  if (months <= 12) return 'm7_12';
  return 'm12plus';
}

export type BucketTotals = Record<AgeBucket, number>;
export const emptyBuckets = (): BucketTotals => ({ m1: 0, m2_3: 0, m4_6: 0, m7_12: 0, m12plus: 0 });

/** What one unit owes. */
export interface UnitArrears {
  unitId: string;
  unitCode: string;
  building: string;
  owedFen: number;
  buckets: BucketTotals;
  /** Months since the oldest open bill fell due (as `ageMonths`). */
  oldestMonths: number;
  /** Periods (due months) with something open. */
  openMonths: number;
  openBills: number;
  major: boolean;
}

export interface ArrearsBill extends OpenBill {
  unitId: string;
  unitCode: string;
  building: string;
}

/** What `unitArrears` reads: one open bill, or (`bills`) several of a unit due the same month. */
export interface ArrearsEntry {
  unitId: string;
  unitCode: string;
  building: string;
  dueMonth: string;
  /** Still owed, fen. */
  openFen: number;
  /** How many open bills the entry stands for (1 when absent). */
  bills?: number;
}

/**
 * What one unit still owes, by the month each open bill fell due, kept current in the same
 * transaction as every change of its bills (renderer/src/db/arrearsSummary.ts), so the arrears
 * list reads one row per owing unit instead of every open bill.
 */
export interface ArrearsSummary {
  unitId: string;
  unitCode: string;
  building: string;
  /** Due month (YYYY-MM) → the open fen and how many bills are open. */
  due: Record<string, { fen: number; bills: number }>;
}

/** A stored bill as the summary sees it. */
export interface SummaryBill {
  unitId: string;
  unitCode: string;
  building: string;
  dueMonth: string;
  amountFen: number;
  paidFen: number;
  status: string;
  deletedAt?: string | undefined;
}

/** What a bill adds to its unit's summary: its open fen while open (and not deleted). */
export function openShare(bill: SummaryBill | undefined): number {
  if (!bill || bill.deletedAt || bill.status !== 'open') return 0;
  return Math.max(0, bill.amountFen - bill.paidFen);
}

/**
 * A unit's summary after its bills changed from `before` to `after` (either absent for a bill
 * added or deleted). Returns undefined when nothing is left open.
 */
export function applyBillChanges(
  summary: ArrearsSummary | undefined,
  unitId: string,
  changes: readonly { before?: SummaryBill | undefined; after?: SummaryBill | undefined }[],
): ArrearsSummary | undefined {
  const due: ArrearsSummary['due'] = {};
  for (const [month, v] of Object.entries(summary?.due ?? {})) due[month] = { ...v };
  let unitCode = summary?.unitCode ?? '';
  let building = summary?.building ?? '';
  const add = (bill: SummaryBill | undefined, sign: 1 | -1) => {
    const fen = openShare(bill);
    if (!bill || fen <= 0) return;
    const cell = Object.hasOwn(due, bill.dueMonth) ? due[bill.dueMonth]! : { fen: 0, bills: 0 };
    cell.fen += sign * fen;
    cell.bills += sign;
    due[bill.dueMonth] = cell;
    if (sign > 0) {
      unitCode = bill.unitCode;
      building = bill.building;
    }
  };
  for (const c of changes) {
    add(c.before, -1);
    add(c.after, 1);
  }
  for (const [month, v] of Object.entries(due)) if (v.bills <= 0 || v.fen <= 0) delete due[month];
  if (Object.keys(due).length === 0) return undefined;
  return { unitId, unitCode, building, due };
}

/** The summary's months as the entries `unitArrears` reads. */
export function summaryEntries(summary: ArrearsSummary): ArrearsEntry[] {
  return Object.entries(summary.due).map(([dueMonth, v]) => ({
    unitId: summary.unitId,
    unitCode: summary.unitCode,
    building: summary.building,
    dueMonth,
    openFen: v.fen,
    bills: v.bills,
  }));
}

export interface MajorThresholds {
  majorArrearsFen: number;
  majorArrearsMonths: number;
}

export function isMajorArrears(owedFen: number, oldestMonths: number, t: MajorThresholds): boolean {
  if (owedFen <= 0) return false;
  return (
    (t.majorArrearsFen > 0 && owedFen >= t.majorArrearsFen) ||
    (t.majorArrearsMonths > 0 && oldestMonths >= t.majorArrearsMonths)
  );
}

/**
 * The arrears of every unit with something open, as of `month` (YYYY-MM): bills due after it
 * are not arrears yet. Sorted by building, then unit code.
 */
export function unitArrears<T extends ArrearsEntry>(
  bills: readonly T[],
  month: string,
  thresholds: MajorThresholds,
): UnitArrears[] {
  const byUnit = new Map<string, UnitArrears & { months: Set<string> }>();
  for (const b of bills) {
    if (b.openFen <= 0 || b.dueMonth > month) continue;
    let u = byUnit.get(b.unitId);
    if (!u) {
      u = {
        unitId: b.unitId,
        unitCode: b.unitCode,
        building: b.building,
        owedFen: 0,
        buckets: emptyBuckets(),
        oldestMonths: 0,
        openMonths: 0,
        openBills: 0,
        major: false,
        months: new Set(),
      };
      byUnit.set(b.unitId, u);
    }
    const age = ageMonths(b.dueMonth, month);
    u.owedFen += b.openFen;
    u.buckets[ageBucket(age)] += b.openFen;
    u.oldestMonths = Math.max(u.oldestMonths, age);
    u.openBills += b.bills ?? 1;
    u.months.add(b.dueMonth);
  }
  return byBuildingThenCode(
    [...byUnit.values()].map(({ months, ...u }) => ({
      ...u,
      openMonths: months.size,
      major: isMajorArrears(u.owedFen, u.oldestMonths, thresholds),
    })),
  );
}

/**
 * Units sorted by building, then unit code: grouped by building first, so each pair's codes
 * are compared, not their (mostly equal) buildings as well.
 */
function byBuildingThenCode<T extends { building: string; unitCode: string }>(rows: T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(r.building);
    if (list) list.push(r);
    else groups.set(r.building, [r]);
  }
  const keys = [...groups.keys()].sort(compareCodes);
  const out: T[] = [];
  for (let i = 0; i < keys.length;) {
    // Buildings the collator finds equal (`01` and `1`) sort as one, their rows in input order.
    let j = i + 1;
    while (j < keys.length && compareCodes(keys[i]!, keys[j]!) === 0) j++;
    const same = new Set(keys.slice(i, j));
    const group = j - i === 1 ? groups.get(keys[i]!)! : rows.filter((r) => same.has(r.building));
    out.push(...sortByCode(group, (r) => r.unitCode));
    i = j;
  }
  return out;
}

/**
 * `unitArrears` of the units' summaries (`summaryEntries` of each), read straight from each
 * summary's months: the arrears list ages every owing unit of the estate on each read, and
 * turning 3,000 summaries into 12,000 entries first took a good part of its time.
 */
export function summaryArrears(
  summaries: readonly ArrearsSummary[],
  month: string,
  thresholds: MajorThresholds,
): UnitArrears[] {
  // Each due month's age once (a whole estate shares a handful of due months).
  const ages = new Map<string, number>();
  const ageOf = (dueMonth: string) => {
    let age = ages.get(dueMonth);
    if (age === undefined) {
      age = ageMonths(dueMonth, month);
      ages.set(dueMonth, age);
    }
    return age;
  };
  const out: UnitArrears[] = [];
  for (const summary of summaries) {
    let owedFen = 0;
    let oldestMonths = 0;
    let openMonths = 0;
    let openBills = 0;
    const buckets = emptyBuckets();
    for (const [dueMonth, v] of Object.entries(summary.due)) {
      if (v.fen <= 0 || dueMonth > month) continue;
      const age = ageOf(dueMonth);
      owedFen += v.fen;
      buckets[ageBucket(age)] += v.fen;
      oldestMonths = Math.max(oldestMonths, age);
      openBills += v.bills;
      openMonths += 1;
    }
    if (openMonths === 0) continue;
    out.push({
      unitId: summary.unitId,
      unitCode: summary.unitCode,
      building: summary.building,
      owedFen,
      buckets,
      oldestMonths,
      openMonths,
      openBills,
      major: isMajorArrears(owedFen, oldestMonths, thresholds),
    });
  }
  return byBuildingThenCode(out);
}

export interface BuildingArrears {
  building: string;
  units: number;
  owedFen: number;
  buckets: BucketTotals;
  major: number;
}

/** The arrears summed per building. */
export function buildingArrears(units: readonly UnitArrears[]): BuildingArrears[] {
  const out = new Map<string, BuildingArrears>();
  for (const u of units) {
    let b = out.get(u.building);
    if (!b) {
      b = { building: u.building, units: 0, owedFen: 0, buckets: emptyBuckets(), major: 0 };
      out.set(u.building, b);
    }
    b.units += 1;
    b.owedFen += u.owedFen;
    for (const k of AGE_BUCKETS) b.buckets[k] += u.buckets[k];
    if (u.major) b.major += 1;
  }
  return [...out.values()];
}

/** A bill with its payments, as the collection rate reads them. */
export interface RateBill {
  dueMonth: string;
  amountFen: number;
  /** Valid payments: the office month (YYYY-MM) each was made in and its amount. */
  payments: readonly { month: string; fen: number }[];
}

export interface CollectionRate {
  month: string;
  billedFen: number;
  collectedFen: number;
  /** collected ÷ billed of the month's bills; null when nothing was billed. */
  rate: number | null;
  /** Arrears standing at the month's start (bills due before it, unpaid by then). */
  pastArrearsFen: number;
  pastCollectedFen: number;
  pastRate: number | null;
}

/** The month's 收费率 and the past-arrears rate (see the policy above). */
export function collectionRate(bills: readonly RateBill[], month: string): CollectionRate {
  let billedFen = 0;
  let collectedFen = 0;
  let pastArrearsFen = 0;
  let pastCollectedFen = 0;
  for (const b of bills) {
    if (b.dueMonth === month) {
      billedFen += b.amountFen;
      for (const p of b.payments) if (p.month <= month) collectedFen += p.fen;
    } else if (b.dueMonth < month) {
      const paidBefore = b.payments.filter((p) => p.month < month).reduce((s, p) => s + p.fen, 0);
      const open = b.amountFen - paidBefore;
      if (open <= 0) continue;
      pastArrearsFen += open;
      pastCollectedFen += Math.min(
        open,
        b.payments.filter((p) => p.month === month).reduce((s, p) => s + p.fen, 0),
      );
    }
  }
  return {
    month,
    billedFen,
    collectedFen,
    rate: billedFen > 0 ? collectedFen / billedFen : null,
    pastArrearsFen,
    pastCollectedFen,
    pastRate: pastArrearsFen > 0 ? pastCollectedFen / pastArrearsFen : null,
  };
}

export const CHASE_KIND_LABELS = {
  phone: '电话催缴',
  notice: '发催缴通知',
  visit: '上门催缴',
  promise: '承诺缴费',
};
export type ChaseKind = keyof typeof CHASE_KIND_LABELS;
export const CHASE_KINDS = codesOf(CHASE_KIND_LABELS);

/** Checks a chase record: Chinese problems. A promise needs its date, not in the past. */
export function checkChase(
  input: { kind: string; note: string; promiseDate?: string | undefined },
  today: string,
): string[] {
  const problems: string[] = [];
  if (!(CHASE_KINDS as readonly string[]).includes(input.kind)) problems.push('请选择催缴方式');
  if (input.note.trim().length > 500) problems.push('情况说明最多 500 字');
  if (input.kind === 'promise') {
    if (!input.promiseDate || !/^\d{4}-\d{2}-\d{2}$/.test(input.promiseDate))
      problems.push('请填写承诺缴费日期');
    else if (input.promiseDate < today) problems.push('承诺缴费日期不能早于今天');
  }
  return problems;
}

/** A promise to pay (承诺缴费) that passed while the unit still owes: for the today board. */
export function brokenPromises<
  T extends { unitId: string; promiseDate?: string | undefined; at: string },
>(chases: readonly T[], owing: ReadonlySet<string>, today: string): T[] {
  // Only each unit's latest promise counts: a newer promise replaces a broken older one.
  const latest = new Map<string, T>();
  for (const c of chases) {
    if (!c.promiseDate) continue;
    const seen = latest.get(c.unitId);
    if (!seen || c.at > seen.at) latest.set(c.unitId, c);
  }
  return [...latest.values()].filter(
    (c) => c.promiseDate !== undefined && c.promiseDate < today && owing.has(c.unitId),
  );
}
