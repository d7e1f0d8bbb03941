/**
 * The fee schedule (收费项目) as a settings table, with the renovation fee table of manual 001
 * (第十二条) as its defaults. Amounts are integer fen.
 *
 * Policy:
 * - `amountFen` is the standard unit price; 0 means "no standard price, the clerk types the
 *   amount" (paid services, property fees, damage charges).
 * - `allowZero` says whether the charged amount may be 0 (a waived fee); false for every default.
 * - Manual 004 charges a debris-removal fee (装修垃圾清运费) instead of 001's maintenance fee:
 *   both are in the table, the debris fee disabled, so an estate switches by toggling `enabled`.
 *   Items are never deleted once used: old receipts point at their code.
 */
import { z } from 'zod';
import { repeatsIn } from './schemaHelpers';
import { multiplyFen, sumFen } from './money';

export const FEE_PAYER_KEYS = ['contractor', 'owner', 'any'] as const;
export const FEE_UNIT_KEYS = ['job', 'card', 'permit', 'item'] as const;
export const FEE_CATEGORY_KEYS = ['deposit', 'fee', 'penalty', 'service'] as const;
export type FeePayer = (typeof FEE_PAYER_KEYS)[number];
export type FeeUnit = (typeof FEE_UNIT_KEYS)[number];
export type FeeCategory = (typeof FEE_CATEGORY_KEYS)[number];

/** Chinese labels for the settings table and receipts. */
export const FEE_PAYERS: Record<FeePayer, string> = {
  contractor: '施工单位',
  owner: '业主',
  any: '不限',
};
export const FEE_UNITS: Record<FeeUnit, string> = {
  job: '项',
  card: '张',
  permit: '份',
  item: '次',
};
export const FEE_CATEGORIES: Record<FeeCategory, string> = {
  deposit: '押金',
  fee: '收费',
  penalty: '赔偿/扣款',
  service: '有偿服务',
};

/** One fee item of the schedule. */
export interface FeeItem {
  /** Stable code; receipts and refunds store it. */
  code: string;
  /** Chinese name as printed on the receipt. */
  name: string;
  payer: FeePayer;
  unit: FeeUnit;
  /** Standard unit price in fen; 0 = entered at the desk. */
  amountFen: number;
  refundable: boolean;
  allowZero: boolean;
  category: FeeCategory;
  enabled: boolean;
}

/** Schema of one fee item (settings form), Chinese messages. */
export const feeItemSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '编码只能用小写字母、数字和下划线'),
    name: z.string().trim().min(1, '请输入项目名称').max(30, '项目名称最多 30 个字'),
    payer: z.enum(FEE_PAYER_KEYS, '请选择缴费方'),
    unit: z.enum(FEE_UNIT_KEYS, '请选择计费单位'),
    amountFen: z
      .int('金额须为整数分')
      .min(0, '金额不能为负数')
      .max(100_000_000, '金额不能超过 1,000,000.00 元'),
    refundable: z.boolean(),
    allowZero: z.boolean().default(false),
    category: z.enum(FEE_CATEGORY_KEYS, '请选择类别'),
    enabled: z.boolean().default(true),
  })
  .superRefine((item, ctx) => {
    if (item.category === 'deposit' && !item.refundable) {
      ctx.addIssue({ code: 'custom', message: '押金类项目必须可退', path: ['refundable'] });
    }
  }) satisfies z.ZodType<FeeItem, unknown>;

/** Schema of the whole table: codes unique. */
export const feeScheduleSchema = z.array(feeItemSchema).superRefine((items, ctx) => {
  for (const { index, key } of repeatsIn(items, (item) => item.code))
    ctx.addIssue({ code: 'custom', message: `编码重复：${key}`, path: [index, 'code'] });
});

const item = (fields: Omit<FeeItem, 'allowZero' | 'enabled'> & Partial<FeeItem>): FeeItem => ({
  allowZero: false,
  enabled: true,
  ...fields,
});

/** A penalty or compensation any payer may owe, its amount set by the clerk each time. */
const chargeAsAssessed = (code: string, name: string): FeeItem =>
  item({
    code,
    name,
    payer: 'any',
    unit: 'item',
    amountFen: 0,
    refundable: false,
    category: 'penalty',
  });

/** The default schedule (001 第十二条 plus the desk's everyday items). */
export const DEFAULT_FEE_ITEMS: readonly FeeItem[] = [
  item({
    code: 'renovation_deposit_contractor',
    name: '装修保证金（施工单位）',
    payer: 'contractor',
    unit: 'job',
    amountFen: 100_000,
    refundable: true,
    category: 'deposit',
  }),
  item({
    code: 'renovation_deposit_owner',
    name: '装修保证金（业主）',
    payer: 'owner',
    unit: 'job',
    amountFen: 100_000,
    refundable: true,
    category: 'deposit',
  }),
  item({
    code: 'renovation_maintenance',
    name: '装修维护费',
    payer: 'contractor',
    unit: 'job',
    amountFen: 30_000,
    refundable: false,
    category: 'fee',
  }),
  item({
    code: 'debris_removal',
    name: '装修垃圾清运费',
    payer: 'contractor',
    unit: 'job',
    amountFen: 0,
    refundable: false,
    category: 'fee',
    enabled: false,
  }),
  item({
    code: 'pass_card_fee',
    name: '出入证工本费',
    payer: 'contractor',
    unit: 'card',
    amountFen: 500,
    refundable: false,
    category: 'fee',
  }),
  item({
    code: 'pass_card_deposit',
    name: '出入证押金',
    payer: 'contractor',
    unit: 'card',
    amountFen: 2_000,
    refundable: true,
    category: 'deposit',
  }),
  item({
    code: 'permit_fee',
    name: '施工许可证工本费',
    payer: 'owner',
    unit: 'permit',
    amountFen: 2_000,
    refundable: false,
    category: 'fee',
  }),
  item({
    code: 'lost_pass_card',
    name: '遗失出入证',
    payer: 'contractor',
    unit: 'card',
    amountFen: 10_000,
    refundable: false,
    category: 'penalty',
  }),
  item({
    code: 'lost_permit',
    name: '遗失施工许可证',
    payer: 'any',
    unit: 'permit',
    amountFen: 10_000,
    refundable: false,
    category: 'penalty',
  }),
  chargeAsAssessed('public_damage', '损坏公共设施赔偿'),
  chargeAsAssessed('violation_deduction', '违章施工扣款'),
  chargeAsAssessed('lost_key', '遗失钥匙赔偿'),
  item({
    code: 'paid_service',
    name: '有偿服务费',
    payer: 'any',
    unit: 'item',
    amountFen: 0,
    refundable: false,
    category: 'service',
  }),
  item({
    code: 'property_fee',
    name: '物业管理费',
    payer: 'owner',
    unit: 'item',
    amountFen: 0,
    refundable: false,
    category: 'fee',
  }),
];

/** The item with this code, or undefined. */
export function findFeeItem(items: readonly FeeItem[], code: string): FeeItem | undefined {
  return items.find((i) => i.code === code);
}

/** One line of a receipt. */
export interface FeeLine {
  code: string;
  name: string;
  quantity: number;
  unitFen: number;
  amountFen: number;
}

/**
 * A receipt line for `quantity` units of `item`, at its standard price or at `unitFen` typed
 * by the clerk. Errors are Chinese messages for the form.
 */
export function feeLine(
  item: FeeItem,
  quantity: number,
  unitFen: number = item.amountFen,
): { ok: true; line: FeeLine } | { ok: false; error: string } {
  if (!item.enabled) return { ok: false, error: `${item.name}已停用` };
  if (!Number.isInteger(quantity) || quantity < 1) return { ok: false, error: '数量须为正整数' };
  if (!Number.isSafeInteger(unitFen) || unitFen < 0) return { ok: false, error: '金额无效' };
  if (unitFen === 0 && !item.allowZero) return { ok: false, error: `请输入${item.name}金额` };
  const line = {
    code: item.code,
    name: item.name,
    quantity,
    unitFen,
    amountFen: multiplyFen(unitFen, quantity),
  };
  return { ok: true, line };
}

/** What a renovation job brings to the desk at approval. */
export interface RenovationChargeInput {
  /** Worker pass cards issued (one per worker). */
  passCards: number;
  /** Construction permits issued (normally 1). */
  permits: number;
}

/**
 * The standard lines collected when a renovation is approved (001 第十二条): both deposits,
 * the maintenance (or debris) fee, pass card fee and deposit per card, permit fee per permit.
 * Disabled items and items without a standard price are left out (the clerk adds those).
 */
export function renovationCharges(
  input: RenovationChargeInput,
  items: readonly FeeItem[],
): FeeLine[] {
  for (const n of [input.passCards, input.permits]) {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`Counts must be non-negative integers: ${n}`);
  }
  const plan: [string, number][] = [
    ['renovation_deposit_contractor', 1],
    ['renovation_deposit_owner', 1],
    ['renovation_maintenance', 1],
    ['debris_removal', 1],
    ['pass_card_fee', input.passCards],
    ['pass_card_deposit', input.passCards],
    ['permit_fee', input.permits],
  ];
  const lines: FeeLine[] = [];
  for (const [code, quantity] of plan) {
    const found = findFeeItem(items, code);
    if (!found || quantity < 1 || found.amountFen === 0) continue;
    const r = feeLine(found, quantity);
    if (r.ok) lines.push(r.line);
  }
  return lines;
}

/** Total of receipt lines, in fen. */
export function linesTotalFen(lines: readonly FeeLine[]): number {
  return sumFen(lines.map((l) => l.amountFen));
}
