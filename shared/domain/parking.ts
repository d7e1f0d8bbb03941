/**
 * Parking paperwork (车位手续, 000 2.3.4): the estate's spaces, and each space let (租用) or sold
 * (购买) to a unit, with the plates allowed on it and the monthly fee the unit's bills carry.
 *
 * Policy:
 * - A space is 产权车位 (may be sold or let), 人防车位 (civil air-defence: let only, never sold,
 *   as the law on civil air-defence works has it), 公共车位 (the estate's, let) or 临时车位
 *   (short lets, never sold).
 * - A let has a start and an end date; a sale has a start (hand-over) and no end. A space has
 *   at most one let or sale in force on any day: two may not overlap, a renewal starts the day
 *   after the one it renews ends.
 * - A let or sale ends early when it is ended (退租/转让: `endedOn`); what is in force on a day
 *   is decided by that date first.
 * - Expiry: from `EXPIRY_REMIND_DAYS` days before its end a let not renewed and not ended is on
 *   the today board (due that day, to call the holder); after its end it is overdue until it
 *   is renewed or ended.
 * - Fee: a month is billed when the let or sale is in force on the month's last day, so a let of
 *   15 Nov to 14 Nov next year is twelve months (Nov–Oct) and one of 1 Dec to 30 Nov is
 *   Dec–Nov. The unit's spaces make one 车位管理费 line of its bill (billing.ts).
 */
import { z } from 'zod';
import { phoneText } from './identity';
import { addDaysToDate } from './officeTime';
import { validatePlate } from './plates';
import { monthEndOf } from './revisitSupervision';
import { checkedString, repeatsIn } from './schemaHelpers';

export const PARKING_KINDS = ['property', 'civilDefence', 'public', 'temporary'] as const;
export type ParkingKind = (typeof PARKING_KINDS)[number];
export const PARKING_KIND_LABELS: Record<ParkingKind, string> = {
  property: '产权车位',
  civilDefence: '人防车位',
  public: '公共车位',
  temporary: '临时车位',
};
/** Kinds that may only be let. */
export const LET_ONLY_KINDS: readonly ParkingKind[] = ['civilDefence', 'temporary'];

export const PARKING_USES = ['lease', 'sale'] as const;
export type ParkingUse = (typeof PARKING_USES)[number];
export const PARKING_USE_LABELS: Record<ParkingUse, string> = { lease: '租用', sale: '购买' };

/** Days before a let's end when it comes on the today board. */
export const EXPIRY_REMIND_DAYS = 30;
/** Plates one space's holder may register. */
export const MAX_PLATES = 3;

/** The bill item of a unit's spaces; the fee standard's item of the same code gives way. */
export const PARKING_ITEM = 'parking_fee';
export const PARKING_ITEM_NAME = '车位管理费';

const date = (message: string) => z.iso.date(message);

export const parkingSpaceSchema = z.object({
  no: z
    .string()
    .trim()
    .min(1, '请填写车位号')
    .max(20, '车位号最多 20 个字')
    .transform((s) => s.normalize('NFKC').toUpperCase()),
  zone: z.string().trim().min(1, '请填写区域').max(30, '区域最多 30 个字'),
  kind: z.enum(PARKING_KINDS, '请选择车位类型'),
  note: z.string().trim().max(200, '备注最多 200 个字').default(''),
});
export type ParkingSpaceInput = z.input<typeof parkingSpaceSchema>;

export const parkingLeaseSchema = z
  .object({
    spaceId: z.string().min(1, '请选择车位'),
    unitId: z.string().min(1, '请从档案中选择房号'),
    unitCode: z.string().min(1, '请选择房号'),
    holderName: z.string().trim().min(1, '请填写使用人').max(40, '使用人最多 40 个字'),
    holderPhone: phoneText({ required: '请填写联系电话' }),
    use: z.enum(PARKING_USES, '请选择租用或购买'),
    startDate: date('请填写起始日期'),
    /** '' for a sale. */
    endDate: z.union([z.literal(''), date('到期日期格式不正确')]),
    plates: z
      .array(checkedString(validatePlate))
      .min(1, '至少登记 1 个车牌')
      .max(MAX_PLATES, `最多登记 ${MAX_PLATES} 个车牌`),
    monthlyFeeFen: z.int('月费须为整数分').min(0, '月费不能为负数').max(10_000_000, '月费过大'),
    note: z.string().trim().max(200, '备注最多 200 个字').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.use === 'lease' && v.endDate === '')
      ctx.addIssue({ code: 'custom', message: '租用须填写到期日期', path: ['endDate'] });
    if (v.use === 'sale' && v.endDate !== '')
      ctx.addIssue({ code: 'custom', message: '购买的车位没有到期日期', path: ['endDate'] });
    if (v.endDate !== '' && v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', message: '到期日期不能早于起始日期', path: ['endDate'] });
    for (const { index } of repeatsIn(v.plates, (p) => p))
      ctx.addIssue({ code: 'custom', message: '车牌重复', path: ['plates', index] });
  });
export type ParkingLeaseInput = z.input<typeof parkingLeaseSchema>;

/** The longest renewal the desk writes in one step, months. */
export const MAX_RENEWAL_MONTHS = 60;

/** 续租: how many months, at what monthly fee (fen). */
export const leaseRenewalSchema = z.object({
  months: z
    .int('续租月数应为整数')
    .min(1, `续租月数应为 1–${MAX_RENEWAL_MONTHS}`)
    .max(MAX_RENEWAL_MONTHS, `续租月数应为 1–${MAX_RENEWAL_MONTHS}`),
  monthlyFeeFen: z.int('月费须为整数分').min(0, '月费不能为负数').max(10_000_000, '月费过大'),
});

/** 退租/转让: the last day in force and why; the day must lie within the let (see the rule). */
export const leaseEndSchema = z.object({
  endedOn: date('请填写终止日期'),
  reason: z.string().trim().min(1, '请填写终止原因').max(200, '终止原因最多 200 个字'),
});

/** Why `endedOn` cannot end `l`; null when it can (from the day before its start to its end). */
export function endDateRefusal(l: LeaseTimes, endedOn: string): string | null {
  if (endedOn < addDaysToDate(l.startDate, -1) || (l.endDate && endedOn > l.endDate))
    return '终止日期应在起始日期与到期日期之间';
  return null;
}

/** What the rules read of a let or sale. */
export interface LeaseTimes {
  use: ParkingUse;
  startDate: string;
  /** '' or absent for a sale. */
  endDate?: string;
  /** Ended early (退租/转让), the last day in force. */
  endedOn?: string;
  /** The let that renews this one, once renewed. */
  renewedById?: string;
}

/**
 * A let still open to a reminder: a let (a sale has no end), not ended early and not renewed —
 * what the today board and the expiry call list read.
 */
export function isOpenLet(l: LeaseTimes): boolean {
  return l.use === 'lease' && !l.endedOn && !l.renewedById;
}

/** The last day a let or sale is in force; undefined while it runs on (a sale). */
export function lastDayOf(l: LeaseTimes): string | undefined {
  const end = l.endDate || undefined;
  if (l.endedOn && (!end || l.endedOn < end)) return l.endedOn;
  return end;
}

/** Whether it is in force on office date `day`. */
export function inForceOn(l: LeaseTimes, day: string): boolean {
  const last = lastDayOf(l);
  return l.startDate <= day && (!last || last >= day);
}

/** The let or sale of `spaceId` in force on office date `day`, if any (one at most). */
export function holderOn<L extends LeaseTimes & { spaceId: string }>(
  spaceId: string,
  leases: readonly L[],
  day: string,
): L | undefined {
  return leases.find((l) => l.spaceId === spaceId && inForceOn(l, day));
}

export const LEASE_STATES = ['upcoming', 'active', 'expiring', 'expired', 'ended'] as const;
export type LeaseState = (typeof LEASE_STATES)[number];

/** How a let or sale stands on office date `today`. */
export function leaseState(l: LeaseTimes, today: string): LeaseState {
  if (l.endedOn && l.endedOn < today) return 'ended';
  if (l.startDate > today) return 'upcoming';
  const end = l.endDate || undefined;
  if (l.renewedById && end && end < today) return 'ended';
  if (end && end < today) return l.endedOn ? 'ended' : 'expired';
  if (end && !l.endedOn && !l.renewedById && addDaysToDate(today, EXPIRY_REMIND_DAYS) >= end)
    return 'expiring';
  return 'active';
}

/** Why a new let or sale may not be written over the space's others; null when it may. */
export function leaseClash(
  candidate: LeaseTimes,
  others: readonly (LeaseTimes & { no: string })[],
): string | null {
  const cLast = lastDayOf(candidate) ?? '9999-12-31';
  for (const o of others) {
    const oLast = lastDayOf(o) ?? '9999-12-31';
    if (o.startDate <= cLast && candidate.startDate <= oLast)
      return `该车位 ${o.startDate} 至 ${lastDayOf(o) ?? '长期'} 已登记（${o.no}），日期不能重叠`;
  }
  return null;
}

/** Why `kind` refuses `use`; null when allowed. */
export function saleRefusal(kind: ParkingKind, use: ParkingUse): string | null {
  if (use === 'sale' && LET_ONLY_KINDS.includes(kind))
    return `${PARKING_KIND_LABELS[kind]}只能租用，不能出售`;
  return null;
}

/** The let that renews `l`: the day after its end for `months` months (the same day-of-month). */
export function renewalDates(
  l: LeaseTimes,
  months: number,
): { startDate: string; endDate: string } {
  const end = l.endDate;
  if (l.use !== 'lease' || !end) throw new RangeError('Only a let with an end is renewed');
  const startDate = addDaysToDate(end, 1);
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const monthDays = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const first = `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, monthDays)).padStart(2, '0')}`;
  return { startDate, endDate: addDaysToDate(first, -1) };
}

/** The new term a renewal of `months` would give, or null while the months are not a valid renewal. */
export function renewalPreview(
  l: LeaseTimes,
  months: number,
): { startDate: string; endDate: string } | null {
  return leaseRenewalSchema.shape.months.safeParse(months).success ? renewalDates(l, months) : null;
}

// ---------------------------------------------------------------- fee

/** A let or sale as billing reads it. */
export interface ParkingCharge extends LeaseTimes {
  spaceNo: string;
  monthlyFeeFen: number;
}

/** The months of `months` a charge is billed for (in force on the month's last day). */
export function billedMonths(c: LeaseTimes, months: readonly string[]): string[] {
  return months.filter((m) => inForceOn(c, monthEndOf(m)));
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * A unit's parking line for the months of a period: the fee of each space for the months it is
 * billed, summed; `basis` names each space (`B2-015 150.00元 × 3月`). Null when nothing is due.
 */
export function parkingLine(
  charges: readonly ParkingCharge[],
  months: readonly string[],
): { amountFen: number; basis: string } | null {
  let amountFen = 0;
  const parts: string[] = [];
  const sorted = [...charges].sort((a, b) => a.spaceNo.localeCompare(b.spaceNo));
  for (const c of sorted) {
    const n = billedMonths(c, months).length;
    if (n === 0 || c.monthlyFeeFen <= 0) continue;
    amountFen += c.monthlyFeeFen * n;
    parts.push(`${c.spaceNo} ${yuan(c.monthlyFeeFen)}元 × ${n}月`);
  }
  return amountFen > 0 ? { amountFen, basis: parts.join('；') } : null;
}

// ---------------------------------------------------------------- today board

export interface ParkingDue {
  kind: 'parkingExpiry';
  recordId: string;
  no: string;
  unitCode: string;
  /** `expiring` before the end, `expired` after it. */
  detail: 'expiring' | 'expired';
  /** Space number and the end date. */
  subject: string;
  /** End of today while expiring (the board shows it today), end of its last day once past. */
  dueAt: string;
  route: string;
}

/**
 * Today-board items of the lets (see the policy): an expiring let is due at the end of today,
 * an expired one was due at the end of its last day. `endOfDay` turns a date into that moment.
 */
export function parkingDues(
  leases: readonly (LeaseTimes & { id: string; no: string; unitCode: string; spaceNo: string })[],
  today: string,
  endOfDay: (date: string) => string,
): ParkingDue[] {
  const out: ParkingDue[] = [];
  for (const l of leases) {
    const state = leaseState(l, today);
    if (state !== 'expiring' && state !== 'expired') continue;
    const end = l.endDate ?? '';
    out.push({
      kind: 'parkingExpiry',
      recordId: l.id,
      no: l.no,
      unitCode: l.unitCode,
      detail: state,
      subject: `${l.spaceNo} ${end}`,
      dueAt: endOfDay(state === 'expired' ? end : today),
      route: `/parking?open=${encodeURIComponent(l.id)}`,
    });
  }
  return out;
}

/** A rule of the parking register refused an action; `problems` are Chinese. */
export class ParkingRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'ParkingRuleError';
  }
}
