/**
 * Item release passes (携物出入门证/放行条): who carries what out, approved by the owner or
 * company and stamped by the desk; the guard marks it when the goods leave.
 *
 * Policy: dangerous goods are refused (002 五) — a pass listing one is not issued but kept as
 * a refused record, so the guard and the supervisor see the attempt. This holds both ways:
 * goods coming in (进门, issue 19) are stopped at entry the same way, with the reason recorded.
 * A moving appointment (搬家预约) books a date, a time window and a lift; one lift carries one
 * move at a time, so two appointments of the same lift on the same date may not overlap
 * (a window ending at 10:00 and one starting at 10:00 do not).
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

export const PASS_DIRECTIONS = ['out', 'in'] as const;
export type PassDirection = (typeof PASS_DIRECTIONS)[number];

/** Why a pass with dangerous goods was refused, worded for the way the goods were going. */
export function refusalReason(
  direction: PassDirection,
  items: readonly ReleaseItem[],
): string | null {
  const danger = dangerousItems(items);
  if (danger.length === 0) return null;
  const names = danger.map((d) => d.name).join('、');
  return direction === 'in' ? `危险品不得进入：${names}` : `危险品不予放行：${names}`;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface MovingSlot {
  id?: string;
  movingDate: string;
  windowFrom: string;
  windowTo: string;
  lift: string;
}

/** Appointments of the same lift on the same date whose window overlaps `slot`'s. */
export function liftClashes<T extends MovingSlot>(booked: readonly T[], slot: MovingSlot): T[] {
  return booked.filter(
    (b) =>
      b.id !== slot.id &&
      b.movingDate === slot.movingDate &&
      b.lift.trim() === slot.lift.trim() &&
      b.windowFrom < slot.windowTo &&
      slot.windowFrom < b.windowTo,
  );
}

/** The pass form; Chinese messages at the field. */
export const releasePassSchema = z
  .object({
    /** Goods going out (出门, the default and every pass before issue 19) or coming in (进门). */
    direction: z.enum(PASS_DIRECTIONS).optional(),
    /** A moving appointment (搬家预约) rather than a one-off pass. */
    moving: z.boolean().optional(),
    movingDate: z.string().optional(),
    windowFrom: z.string().optional(),
    windowTo: z.string().optional(),
    lift: z.string().trim().max(20, '最多 20 个字').optional(),
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
  })
  .superRefine((v, ctx) => {
    if (!v.moving) return;
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (!v.movingDate || !/^\d{4}-\d{2}-\d{2}$/.test(v.movingDate))
      issue('movingDate', '请填写搬家日期');
    if (!v.windowFrom || !HHMM.test(v.windowFrom)) issue('windowFrom', '请填写开始时间，如 09:00');
    if (!v.windowTo || !HHMM.test(v.windowTo)) issue('windowTo', '请填写结束时间，如 11:00');
    else if (v.windowFrom && v.windowTo <= v.windowFrom)
      issue('windowTo', '结束时间应晚于开始时间');
    if (!v.lift?.trim()) issue('lift', '请填写使用的电梯');
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
