/**
 * Property and energy fees (核发物业管理费、能源费, domain §8): the fee standards, billing
 * periods and what each unit is billed for a period.
 *
 * Policy:
 * - Money is integer fen; an area is kept in hundredths of a ㎡ and a meter reading in hundredths
 *   of its unit, so every product is an integer and is rounded once, half up, to the fen.
 * - A fee standard is dated: it applies from its month (`from`, YYYY-MM) until the next one's
 *   month. A quarterly or yearly bill prices each of its months with that month's standard.
 * - Property fee = 建筑面积 × rate of the unit's type per ㎡ per month. A unit in custody (托管)
 *   pays the custody percentage (004: 70 %) of its property fee; a vacant unit is charged in
 *   full, at a percentage, or not at all, as the office sets. Meter fees are never discounted:
 *   they are what was used.
 * - A bill is keyed by unit, item and period, so generating a period again never duplicates.
 * - Parking (车位手续, parking.ts): a unit's lets and sales in force bill their own monthly fees
 *   as its 车位管理费 line; the fee standard's monthly item of that code is then not billed to
 *   the unit as well (it is what a unit without a registered space pays, usually nothing). A
 *   space's fee is billed whatever the unit's status: it is a contract of its own.
 */
import { z } from 'zod';
import { PARKING_ITEM, PARKING_ITEM_NAME, parkingLine, type ParkingCharge } from './parking';
import type { UnitStatus } from './units';
import {
  MONTH_PATTERN,
  divRoundHalfUp,
  formatHundredths,
  periodMonths,
  type Cycle,
} from './billingMath';

export * from './billingMath';

export const UNIT_TYPE_KEYS = ['residential', 'commercial', 'office', 'villa', 'other'] as const;
export type UnitType = (typeof UNIT_TYPE_KEYS)[number];
export const UNIT_TYPES: Record<UnitType, string> = {
  residential: '住宅',
  commercial: '商铺',
  office: '写字楼',
  villa: '别墅',
  other: '其他',
};

export const BILLING_CYCLE_KEYS = ['monthly', 'quarterly', 'yearly'] as const;
export type BillingCycle = (typeof BILLING_CYCLE_KEYS)[number] & Cycle;

export const VACANT_MODE_KEYS = ['full', 'percent', 'none'] as const;
export type VacantMode = (typeof VACANT_MODE_KEYS)[number];

export const METER_KINDS = ['water', 'power'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

/** The item codes a bill can carry besides the office's own monthly items. */
export const PROPERTY_ITEM = 'property_fee';
export const METER_ITEMS: Record<MeterKind, string> = { water: 'water_fee', power: 'power_fee' };
/** The receipt line of money paid ahead of bills (预存). */
export const PREPAYMENT_ITEM = 'prepayment';

/** An item charged per unit per month at a fixed amount (车位管理费, 垃圾清运费…). */
export interface MonthlyItem {
  code: string;
  name: string;
  amountFen: number;
}

/** One dated fee standard. */
export interface FeeStandard {
  /** First month it applies to, YYYY-MM. */
  from: string;
  /** Property fee per ㎡ per month, fen, by unit type. */
  propertyRates: Record<UnitType, number>;
  monthlyItems: MonthlyItem[];
  /** Fen per m³ of water and per kWh of power. */
  waterUnitFen: number;
  powerUnitFen: number;
}

/** The billing settings (manager only). */
export interface BillingSettings {
  standards: FeeStandard[];
  cycle: BillingCycle;
  vacantMode: VacantMode;
  /** Used when `vacantMode` is 'percent'. */
  vacantPercent: number;
  /** 重大欠费: a unit owing at least this much, or owing for at least this many months (0 = off). */
  majorArrearsFen: number;
  majorArrearsMonths: number;
  /** A consumption above this many times the unit's recent average is flagged (异常). */
  unusualFactor: number;
}

const fenField = (label: string) =>
  z.int(`${label}须为整数分`).min(0, `${label}不能为负数`).max(100_000_000, `${label}过大`);

export const monthlyItemSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '编码只能用小写字母、数字和下划线'),
  name: z.string().trim().min(1, '请输入项目名称').max(30, '项目名称最多 30 个字'),
  amountFen: fenField('金额'),
}) satisfies z.ZodType<MonthlyItem, unknown>;

export const feeStandardSchema = z.object({
  from: z.string().regex(MONTH_PATTERN, '起始月份格式应为 YYYY-MM'),
  propertyRates: z.object({
    residential: fenField('住宅单价'),
    commercial: fenField('商铺单价'),
    office: fenField('写字楼单价'),
    villa: fenField('别墅单价'),
    other: fenField('其他单价'),
  }),
  monthlyItems: z.array(monthlyItemSchema).max(20, '每月固定项目最多 20 项'),
  waterUnitFen: fenField('水费单价'),
  powerUnitFen: fenField('电费单价'),
}) satisfies z.ZodType<FeeStandard, unknown>;

export const billingSettingsSchema = z
  .object({
    standards: z.array(feeStandardSchema).min(1, '至少要有一个收费标准'),
    cycle: z.enum(BILLING_CYCLE_KEYS, '请选择计费周期'),
    vacantMode: z.enum(VACANT_MODE_KEYS, '请选择空置房收费方式'),
    vacantPercent: z.int('比例须为整数').min(0, '比例 0–100').max(100, '比例 0–100'),
    majorArrearsFen: fenField('重大欠费金额'),
    majorArrearsMonths: z.int('月数须为整数').min(0, '月数不能为负').max(120, '月数过大'),
    unusualFactor: z.number().min(1, '倍数至少为 1').max(100, '倍数过大'),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.standards.forEach((st, i) => {
      if (seen.has(st.from))
        ctx.addIssue({
          code: 'custom',
          message: `起始月份重复：${st.from}`,
          path: ['standards', i, 'from'],
        });
      seen.add(st.from);
      const codes = new Set<string>();
      st.monthlyItems.forEach((item, j) => {
        if (codes.has(item.code) || isReservedItem(item.code))
          ctx.addIssue({
            code: 'custom',
            message: `编码重复：${item.code}`,
            path: ['standards', i, 'monthlyItems', j, 'code'],
          });
        codes.add(item.code);
      });
    });
  }) satisfies z.ZodType<BillingSettings, unknown>;

function isReservedItem(code: string): boolean {
  return (
    code === PROPERTY_ITEM || code === PREPAYMENT_ITEM || Object.values(METER_ITEMS).includes(code)
  );
}

/** Defaults until the manager sets the estate's own standard (a typical 住宅 rate). */
export const DEFAULT_BILLING: BillingSettings = {
  standards: [
    {
      from: '2020-01',
      propertyRates: { residential: 150, commercial: 300, office: 250, villa: 250, other: 150 },
      monthlyItems: [
        { code: PARKING_ITEM, name: PARKING_ITEM_NAME, amountFen: 0 },
        { code: 'rubbish_fee', name: '垃圾清运费', amountFen: 0 },
      ],
      waterUnitFen: 350,
      powerUnitFen: 60,
    },
  ],
  cycle: 'monthly',
  vacantMode: 'full',
  vacantPercent: 100,
  majorArrearsFen: 500_000,
  majorArrearsMonths: 6,
  unusualFactor: 3,
};

/** The standard in force in `month`: the latest whose `from` is not after it. */
export function standardFor(
  standards: readonly FeeStandard[],
  month: string,
): FeeStandard | undefined {
  let found: FeeStandard | undefined;
  for (const s of standards) {
    if (s.from <= month && (!found || s.from > found.from)) found = s;
  }
  return found;
}

// ---------------------------------------------------------------- bills

/** What a unit brings to billing. */
export interface BillableUnit {
  id: string;
  code: string;
  building: string;
  status: UnitStatus;
  unitType?: UnitType | undefined;
  /** 建筑面积 in hundredths of a ㎡. */
  builtAreaHundredths?: number | undefined;
}

/** A unit's consumption on one meter over a period, hundredths, by month. */
export interface PeriodUsage {
  meter: MeterKind;
  byMonth: { month: string; consumption: number }[];
}

/** One bill as the rules price it (the stored bill adds ids, payments, audit fields). */
export interface BillDraft {
  key: string;
  unitId: string;
  unitCode: string;
  building: string;
  period: string;
  /** Last month of the period: the month the bill falls due and ages from. */
  dueMonth: string;
  itemCode: string;
  itemName: string;
  amountFen: number;
  /** How the amount was reached, e.g. `89.56㎡ × 1.50元 × 3月 × 70%（托管）`. */
  basis: string;
}

export function billKey(unitId: string, itemCode: string, period: string): string {
  return `${unitId}|${itemCode}|${period}`;
}

/** The percentage of the property fee a unit pays in its status (100 = full, 0 = none). */
export function propertyPercent(
  status: UnitStatus,
  settings: Pick<BillingSettings, 'vacantMode' | 'vacantPercent'>,
  custodyPercent: number,
): number {
  if (status === 'custody') return custodyPercent;
  if (status === 'vacant') {
    if (settings.vacantMode === 'none') return 0;
    if (settings.vacantMode === 'percent') return settings.vacantPercent;
  }
  return 100;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * The bills of one unit for `period`: the property fee (when the unit has an area), each monthly
 * item with an amount, the unit's parking spaces, and water and power from the usage given.
 * Zero amounts are left out.
 */
export function unitBills(
  unit: BillableUnit,
  period: string,
  settings: BillingSettings,
  custodyPercent: number,
  usage: readonly PeriodUsage[] = [],
  parking: readonly ParkingCharge[] = [],
): BillDraft[] {
  const months = periodMonths(period);
  const dueMonth = months[months.length - 1]!;
  const drafts: BillDraft[] = [];
  const push = (itemCode: string, itemName: string, amountFen: number, basis: string) => {
    if (amountFen <= 0) return;
    drafts.push({
      key: billKey(unit.id, itemCode, period),
      unitId: unit.id,
      unitCode: unit.code,
      building: unit.building,
      period,
      dueMonth,
      itemCode,
      itemName,
      amountFen,
      basis,
    });
  };
  const percent = propertyPercent(unit.status, settings, custodyPercent);
  const area = unit.builtAreaHundredths ?? 0;
  if (area > 0 && percent > 0) {
    // Σ area(1/100 ㎡) × rate(fen) over the months, × percent, ÷ (100 × 100): one rounding.
    let sum = 0n;
    const rates = new Set<number>();
    for (const m of months) {
      const st = standardFor(settings.standards, m);
      const rate = st ? st.propertyRates[unit.unitType ?? 'residential'] : 0;
      rates.add(rate);
      sum += BigInt(area) * BigInt(rate);
    }
    const fen = divRoundHalfUp(sum * BigInt(percent), 10_000n);
    const rateText = [...rates].map(yuan).join('/');
    const why =
      unit.status === 'custody'
        ? '（托管）'
        : unit.status === 'vacant' && percent < 100
          ? '（空置）'
          : '';
    push(
      PROPERTY_ITEM,
      '物业管理费',
      fen,
      `${formatHundredths(area)}㎡ × ${rateText}元 × ${months.length}月${percent < 100 ? ` × ${percent}%${why}` : ''}`,
    );
  }
  // Monthly items: each month's standard decides the item and its amount.
  const items = new Map<string, { name: string; fen: number }>();
  for (const m of months) {
    for (const item of standardFor(settings.standards, m)?.monthlyItems ?? []) {
      const seen = items.get(item.code);
      items.set(item.code, { name: item.name, fen: (seen?.fen ?? 0) + item.amountFen });
    }
  }
  const spaces = parkingLine(parking, months);
  if (spaces) items.delete(PARKING_ITEM);
  if (unit.status !== 'vacant' || settings.vacantMode !== 'none') {
    for (const [code, { name, fen }] of items) push(code, name, fen, `${months.length}月`);
  }
  if (spaces) push(PARKING_ITEM, PARKING_ITEM_NAME, spaces.amountFen, spaces.basis);
  for (const u of usage) {
    let sum = 0n;
    let total = 0;
    for (const { month, consumption } of u.byMonth) {
      if (!months.includes(month)) continue;
      const st = standardFor(settings.standards, month);
      const price = st ? (u.meter === 'water' ? st.waterUnitFen : st.powerUnitFen) : 0;
      sum += BigInt(consumption) * BigInt(price);
      total += consumption;
    }
    const fen = divRoundHalfUp(sum, 100n);
    const unitName = u.meter === 'water' ? 'm³' : 'kWh';
    push(
      METER_ITEMS[u.meter],
      u.meter === 'water' ? '水费' : '电费',
      fen,
      `${formatHundredths(total)}${unitName}`,
    );
  }
  return drafts;
}

/**
 * The bills to write for `period` over `units`: each unit's drafts minus the keys already
 * billed. Returns the new drafts and how many were already there.
 */
export function planBills(
  units: readonly BillableUnit[],
  period: string,
  settings: BillingSettings,
  custodyPercent: number,
  existingKeys: ReadonlySet<string>,
  usageOf: (unitId: string) => readonly PeriodUsage[] = () => [],
  parkingOf: (unitId: string) => readonly ParkingCharge[] = () => [],
): { drafts: BillDraft[]; skipped: number; noArea: number } {
  const drafts: BillDraft[] = [];
  let skipped = 0;
  let noArea = 0;
  for (const unit of units) {
    if (!unit.builtAreaHundredths) noArea += 1;
    const bills = unitBills(
      unit,
      period,
      settings,
      custodyPercent,
      usageOf(unit.id),
      parkingOf(unit.id),
    );
    for (const d of bills) {
      if (existingKeys.has(d.key)) skipped += 1;
      else drafts.push(d);
    }
  }
  return { drafts, skipped, noArea };
}

/** A rule of billing refused an action; `problems` are Chinese, shown as they are. */
export class BillingRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'BillingRuleError';
  }
}

/** The shortest reason for adjusting or waiving a bill. */
export const MIN_ADJUST_REASON = 2;

/** Checks an adjustment of a bill to `toFen` (0 with `waive` = 减免): Chinese problems. */
export function checkAdjustment(
  bill: { amountFen: number; paidFen: number; status: string },
  toFen: number,
  reason: string,
): string[] {
  const problems: string[] = [];
  if (bill.status === 'waived') problems.push('该账单已减免');
  if (!Number.isSafeInteger(toFen) || toFen < 0) problems.push('金额无效');
  else if (toFen < bill.paidFen)
    problems.push(`已收 ${yuan(bill.paidFen)} 元，调整后不能低于已收金额`);
  if (toFen === bill.amountFen) problems.push('金额没有变化');
  if (reason.trim().length < MIN_ADJUST_REASON) problems.push('请填写调整原因');
  return problems;
}

/** Who a bill's notice is addressed to, as the archive holds people. */
export interface OccupantCandidate {
  kind: string;
  deletedAt?: string | undefined;
  moveOutDate?: string | undefined;
}

/**
 * The person a notice is addressed to among a unit's people: someone still living there (not
 * moved out, not deleted), an owner or company first, then a tenant, then anyone else; the
 * archive's order breaks ties.
 */
export function occupantOf<T extends OccupantCandidate>(people: readonly T[]): T | undefined {
  const rank = (p: T) =>
    p.kind === 'owner' || p.kind === 'company' ? 0 : p.kind === 'tenant' ? 1 : 2;
  return people
    .filter((p) => !p.deletedAt && !p.moveOutDate)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)[0]?.p;
}
