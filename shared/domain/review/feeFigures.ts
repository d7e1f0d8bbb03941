/**
 * Property and energy fees of the month (issue 18, domain §8 "每月提交…重大欠费的工作报告"):
 * the 收费率, the arrears standing at the month's end by age and by building, and the units in
 * 重大欠费, computed from the bills and their dated settlements, so a past month reads as it
 * stood then (a payment made later does not rewrite it).
 *
 * Policy:
 * - 收费率 of the month: what the bills falling due in the month collected by its end ÷ what
 *   they ask; of past arrears: what the month collected of the arrears standing at its start ÷
 *   those arrears (arrears.ts `collectionRate`). Waived bills ask nothing and are left out.
 * - Arrears at the month's end: each bill due in or before the month, less what was settled on
 *   it by the month's end, aged as arrears.ts ages (due this month = 1 month).
 * - 重大欠费 uses the thresholds of the billing settings (amount or months, 0 = not used).
 */
import {
  AGE_BUCKETS,
  ageBucket,
  ageMonths,
  buildingArrears,
  collectionRate,
  unitArrears,
  type BuildingArrears,
  type MajorThresholds,
} from '../arrears';
import { rate, type Rate } from '../rates';
import { addTo, officeMonthFast, type Buckets } from './facts';
import type { FenByKey } from './figures';

/** No 重大欠费 threshold in use. */
export const NO_THRESHOLDS: MajorThresholds = { majorArrearsFen: 0, majorArrearsMonths: 0 };

/** A bill as the review reads it, with its valid settlements (receipt or prepayment). */
export interface BillFacts {
  id: string;
  unitId: string;
  unitCode: string;
  building: string;
  /** The month it falls due, YYYY-MM. */
  dueMonth: string;
  itemCode: string;
  /** What it asks after adjustments, fen. */
  amountFen: number;
  waived: boolean;
  /** Valid settlements: the instant of each and its fen. */
  payments: readonly { at: string; fen: number }[];
}

/** A unit in 重大欠费 at the month's end. */
export interface MajorArrearsRow {
  unitId: string;
  unitCode: string;
  building: string;
  owedFen: number;
  oldestMonths: number;
}

export interface FeeFigures {
  /** Bills falling due in the month: asked, collected by the month's end, 收费率. */
  billedFen: number;
  collectedFen: number;
  rate: Rate;
  /** Arrears standing at the month's start, what the month collected of them, and the rate. */
  pastArrearsFen: number;
  pastCollectedFen: number;
  pastRate: Rate;
  /** Arrears at the month's end. */
  owedFen: number;
  owingUnits: number;
  /** Arrears by age bucket (arrears.ts `AGE_BUCKETS`) → fen. */
  byAgeFen: FenByKey;
  byBuilding: readonly BuildingArrears[];
  /** 重大欠费: the units, most owed first. */
  major: readonly MajorArrearsRow[];
  majorFen: number;
}

/** A ratio of fen, never above 1 (a bill is never settled past what it asks). */
function fenRate(part: number, whole: number): Rate {
  return rate(Math.min(part, whole), whole);
}

type Dated = { bill: BillFacts; payments: readonly { month: string; fen: number }[] };

function dated(bills: readonly BillFacts[], month: string): Dated[] {
  return bills
    .filter((b) => !b.waived && b.dueMonth <= month)
    .map((bill) => ({
      bill,
      payments: bill.payments.map((p) => ({ month: officeMonthFast(p.at), fen: p.fen })),
    }));
}

/** Each bill as it stood at the month's end: what was still open on it then. */
function openAtMonthEnd(list: readonly Dated[], month: string) {
  return list.map(({ bill, payments }) => ({
    id: bill.id,
    unitId: bill.unitId,
    unitCode: bill.unitCode,
    building: bill.building,
    dueMonth: bill.dueMonth,
    itemCode: bill.itemCode,
    openFen: Math.max(
      0,
      bill.amountFen - payments.filter((p) => p.month <= month).reduce((s, p) => s + p.fen, 0),
    ),
  }));
}

/**
 * The bills behind the fee bars (what a click lists): `billed` (due in the month),
 * `age:<bucket>` and `building:<name>` (open at the month's end), `major` (the open bills of
 * the units in 重大欠费).
 */
export function feeBuckets(
  bills: readonly BillFacts[],
  month: string,
  thresholds: MajorThresholds,
): Buckets {
  const out: Buckets = {};
  const open = openAtMonthEnd(dated(bills, month), month).filter((b) => b.openFen > 0);
  const major = new Set(
    unitArrears(open, month, thresholds)
      .filter((u) => u.major)
      .map((u) => u.unitId),
  );
  for (const b of bills) if (!b.waived && b.dueMonth === month) addTo(out, 'billed', b.id);
  for (const b of open) {
    addTo(out, `age:${ageBucket(ageMonths(b.dueMonth, month))}`, b.id);
    addTo(out, `building:${b.building}`, b.id);
    if (major.has(b.unitId)) addTo(out, 'major', b.id);
  }
  return out;
}

/** The fee figures of `month` (YYYY-MM) from the bills and the 重大欠费 thresholds. */
export function feeFigures(
  bills: readonly BillFacts[],
  month: string,
  thresholds: MajorThresholds,
): FeeFigures {
  const paidByMonth = dated(bills, month);
  const c = collectionRate(
    paidByMonth.map(({ bill, payments }) => ({
      dueMonth: bill.dueMonth,
      amountFen: bill.amountFen,
      payments,
    })),
    month,
  );
  const open = openAtMonthEnd(paidByMonth, month);
  const units = unitArrears(open, month, thresholds);
  const byAgeFen: FenByKey = {};
  for (const k of AGE_BUCKETS) byAgeFen[k] = units.reduce((s, u) => s + u.buckets[k], 0);
  const major = units
    .filter((u) => u.major)
    .map((u) => ({
      unitId: u.unitId,
      unitCode: u.unitCode,
      building: u.building,
      owedFen: u.owedFen,
      oldestMonths: u.oldestMonths,
    }))
    .sort((a, b) => b.owedFen - a.owedFen || a.unitCode.localeCompare(b.unitCode, 'zh-CN'));
  return {
    billedFen: c.billedFen,
    collectedFen: c.collectedFen,
    rate: fenRate(c.collectedFen, c.billedFen),
    pastArrearsFen: c.pastArrearsFen,
    pastCollectedFen: c.pastCollectedFen,
    pastRate: fenRate(c.pastCollectedFen, c.pastArrearsFen),
    owedFen: units.reduce((s, u) => s + u.owedFen, 0),
    owingUnits: units.length,
    byAgeFen,
    byBuilding: buildingArrears(units),
    major,
    majorFen: major.reduce((s, u) => s + u.owedFen, 0),
  };
}
