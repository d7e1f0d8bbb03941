/**
 * Shift handover (交接班) and the daily management log (管理日志).
 *
 * Policy (交接班不到位不走): a shift is closed only when the incoming clerk is named and has
 * acknowledged every item still open; an item stays open, shift after shift, until someone
 * closes it. Closed items are not carried to the next handover.
 */

export interface HandoverItem {
  id: string;
  text: string;
  createdAt: string;
  createdByName: string;
  closedAt?: string;
  closedByName?: string;
  closeNote?: string;
  /** The incoming clerk has read it at this handover. */
  acknowledged: boolean;
  /** Number of the handover where the item was first written, when carried over. */
  carriedFrom?: string;
}

export interface EquipmentCheck {
  name: string;
  ok: boolean;
  note?: string;
}

/** Equipment the desk checks at each handover, preset on a new handover. */
export const DEFAULT_EQUIPMENT = ['电脑', '打印机', '对讲机', '电话', '监控显示', '门禁读卡器'];

export function isOpen(item: HandoverItem): boolean {
  return item.closedAt === undefined;
}

/** Open items of the last handover, copied to the next one, not yet acknowledged. */
export function carryOver(previous: readonly HandoverItem[], previousNo: string): HandoverItem[] {
  return previous
    .filter(isOpen)
    .map((i) => ({ ...i, acknowledged: false, carriedFrom: i.carriedFrom ?? previousNo }));
}

/** Why the shift cannot be handed over yet; empty when it can. */
export function handoverProblems(h: {
  toName: string;
  items: readonly HandoverItem[];
  equipment: readonly EquipmentCheck[];
}): string[] {
  const problems: string[] = [];
  if (!h.toName.trim()) problems.push('请填写接班人');
  const unacked = h.items.filter((i) => isOpen(i) && !i.acknowledged);
  if (unacked.length > 0)
    problems.push(`还有 ${unacked.length} 项未结事项未经接班人确认：${unacked[0]!.text}`);
  const broken = h.equipment.filter((e) => !e.ok && !e.note?.trim());
  if (broken.length > 0)
    problems.push(`设备异常须说明情况：${broken.map((e) => e.name).join('、')}`);
  return problems;
}

/** A rule of this register refused the action; `problems` are Chinese, shown as they are. */
export class HandoverRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'HandoverRuleError';
  }
}
