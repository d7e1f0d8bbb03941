/**
 * Shift handover (交接班) and the daily management log (管理日志).
 *
 * Policy (交接班不到位不走): a shift is closed only when the incoming clerk is named and has
 * acknowledged every item still open; an item stays open, shift after shift, until someone
 * closes it. Closed items are not carried to the next handover.
 * The incoming clerk (接班人) is an active operator other than the leaving one, and confirms the
 * handover with her own PIN; the cash handed over is the counted cash of the leaving clerk's
 * cash-up (交班对账) closed during the shift, never typed again.
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
  fromId: string;
  toId?: string;
  items: readonly HandoverItem[];
  equipment: readonly EquipmentCheck[];
}): string[] {
  const problems: string[] = [];
  if (!h.toId) problems.push('请选择接班人');
  else if (h.toId === h.fromId) problems.push('接班人不能是交班人本人');
  const unacked = h.items.filter((i) => isOpen(i) && !i.acknowledged);
  if (unacked.length > 0)
    problems.push(`还有 ${unacked.length} 项未结事项未经接班人确认：${unacked[0]!.text}`);
  const broken = h.equipment.filter((e) => !e.ok && !e.note?.trim());
  if (broken.length > 0)
    problems.push(`设备异常须说明情况：${broken.map((e) => e.name).join('、')}`);
  return problems;
}

/** An operator as the taker list needs it. */
export interface TakerCandidate {
  id: string;
  name: string;
  active: boolean;
}

/** Who may take the shift over: active operators other than the leaving clerk, by name. */
export function takerCandidates<T extends TakerCandidate>(
  operators: readonly T[],
  fromId: string,
): T[] {
  return operators
    .filter((o) => o.active && o.id !== fromId)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * The taker the cash-up already names (交接给 typed there), when it is one of the candidates:
 * the handover starts with her picked instead of asking twice.
 */
export function suggestedTaker<T extends TakerCandidate>(
  candidates: readonly T[],
  handedTo: string | undefined,
): T | undefined {
  const name = handedTo?.trim();
  return name ? candidates.find((o) => o.name === name) : undefined;
}

/** A closed cash-up as the handover reads it. */
export interface ShiftCashup {
  clerkId: string;
  closedAt: string;
}

/**
 * The cash-up of this shift: the leaving clerk's latest one closed since the handover was
 * opened; undefined while she has not cashed up.
 */
export function shiftCashup<T extends ShiftCashup>(
  cashups: readonly T[],
  h: { fromId: string; openedAt: string },
): T | undefined {
  return cashups
    .filter((c) => c.clerkId === h.fromId && c.closedAt >= h.openedAt)
    .reduce<T | undefined>(
      (last, c) => (!last || c.closedAt >= last.closedAt ? c : last),
      undefined,
    );
}

/** A rule of this register refused the action; `problems` are Chinese, shown as they are. */
export class HandoverRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'HandoverRuleError';
  }
}

/** The incoming clerk's PIN was refused (wrong, or she is locked out until `lockedUntil`). */
export class TakerPinError extends HandoverRuleError {
  constructor(
    message: string,
    readonly lockedUntil?: string,
  ) {
    super([message]);
    this.name = 'TakerPinError';
  }
}
