/**
 * Item release passes (携物出入门证/放行条): who carries what out, approved by the owner or
 * company and stamped by the desk; the guard marks it when the goods leave.
 *
 * Policy: dangerous goods are refused (002 五) — a pass listing one is not issued but kept as
 * a refused record, so the guard and the supervisor see the attempt.
 */
import { z } from 'zod';
import { phoneText } from './identity';

export type ReleasePassStatus = 'issued' | 'checkedOut' | 'refused' | 'void';

export const RELEASE_STATUS_LABELS: Record<ReleasePassStatus, string> = {
  issued: '待放行',
  checkedOut: '已放行',
  refused: '拒绝放行',
  void: '作废',
};

/** Words that mark an item as dangerous goods at the gate. */
export const DANGEROUS_WORDS = [
  '汽油',
  '柴油',
  '煤油',
  '液化气',
  '煤气罐',
  '燃气罐',
  '炸药',
  '雷管',
  '烟花',
  '爆竹',
  '鞭炮',
  '硫酸',
  '盐酸',
  '农药',
  '管制刀具',
  '枪',
] as const;

export interface ReleaseItem {
  name: string;
  quantity: number;
}

/** Items whose name contains a dangerous-goods word, with the word that matched. */
export function dangerousItems(items: readonly ReleaseItem[]): { name: string; word: string }[] {
  const found: { name: string; word: string }[] = [];
  for (const item of items) {
    const word = DANGEROUS_WORDS.find((w) => item.name.includes(w));
    if (word) found.push({ name: item.name, word });
  }
  return found;
}

/** The pass form; Chinese messages at the field. */
export const releasePassSchema = z
  .object({
    unitId: z.string().optional(),
    unitCode: z.string().trim().max(40).optional(),
    company: z.string().trim().max(60).optional(),
    carrier: z.string().trim().min(1, '请填写携物人').max(30, '最多 30 个字'),
    carrierPhone: phoneText().optional(),
    approvedBy: z.string().trim().min(1, '请填写业主/单位签章人').max(30, '最多 30 个字'),
    outAt: z.string().min(1, '请填写出门时间'),
    items: z
      .array(
        z.object({
          name: z.string().trim().min(1, '请填写物品名称').max(40, '最多 40 个字'),
          quantity: z.number('请填写数量').int('数量应为整数').min(1, '数量至少为 1').max(9999),
        }),
      )
      .min(1, '至少填写一件物品')
      .max(12, '一张放行条最多 12 项物品'),
    note: z.string().trim().max(200).optional(),
  })
  .refine((v) => Boolean(v.unitCode?.trim() || v.company?.trim()), {
    message: '请填写房号或单位',
    path: ['unitCode'],
  });

export type ReleasePassInput = z.input<typeof releasePassSchema>;
export type ReleasePassOutput = z.output<typeof releasePassSchema>;

/** A rule of this register refused the action; `problems` are Chinese, shown as they are. */
export class ReleasePassRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'ReleasePassRuleError';
  }
}
