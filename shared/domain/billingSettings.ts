/**
 * The fee standards and billing settings (核发物业管理费、能源费, domain §8): unit types, the
 * billing cycle, how vacant units are charged, the items a bill can carry and the dated
 * standards that price them. Pricing a unit's bills is in billing.ts.
 *
 * Policy:
 * - A fee standard is dated: it applies from its month (`from`, YYYY-MM) until the next one's
 *   month. A quarterly or yearly bill prices each of its months with that month's standard.
 * - The app's own item codes (物业管理费, 水费, 电费, 预存) are reserved: an office's monthly
 *   item cannot take them.
 */
import { z } from 'zod';
import { PARKING_ITEM, PARKING_ITEM_NAME } from './parking';
import { MONTH_PATTERN, type Cycle } from './billingMath';

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
