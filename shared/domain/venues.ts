/**
 * Public-space bookings (公共场地使用, issue 19, domain §8): the estate's spaces (会所, 多功能厅,
 * 篮球场 …) with their opening hours and charges, and bookings by a unit or an organisation.
 *
 * Policy:
 * - A space opens per weekday (Monday first) from–to, or not at all that day; a space marked
 *   `closedOnHolidays` is closed on the statutory holidays of the working-day calendar
 *   (calendar.ts, with the office's local overrides) — a make-up working day is not a holiday.
 * - A booking must lie inside the day's opening hours. Two live bookings of one space on one
 *   date may not overlap: a slot ending at 10:00 and one starting at 10:00 do not
 *   (`slotsOverlap`). Refused and cancelled bookings hold nothing.
 * - The fee is per booking or per started hour; the deposit is one sum a booking, refundable
 *   after use. Both are integer fen, taken as one receipt of the money ledger.
 * - Where the `venues` setting asks, a booking waits 待审批 until a supervisor approves it;
 *   nothing is charged before approval.
 */
import { z } from 'zod';
import type { WorkCalendar } from './calendar';
import { phoneText } from './identity';
import { formatFen, multiplyFen, sumFen } from './money';

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Weekday labels, Monday first (index 0), as opening hours are kept. */
export const WEEKDAY_LABELS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export const FEE_UNITS = ['booking', 'hour'] as const;
export type VenueFeeUnit = (typeof FEE_UNITS)[number];
export const VENUE_FEE_UNIT_LABELS: Record<VenueFeeUnit, string> = {
  booking: '每次',
  hour: '每小时',
};

export const BOOKING_STATUSES = ['pending', 'approved', 'refused', 'cancelled', 'done'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  refused: '不批准',
  cancelled: '已取消',
  done: '已使用',
};

export const BOOKER_KINDS = ['unit', 'org'] as const;
export type BookerKind = (typeof BOOKER_KINDS)[number];

/** Receipt line codes of a booking (priced by the space, so never from the fee schedule). */
export const VENUE_FEE_CODE = 'venue_fee';
export const VENUE_DEPOSIT_CODE = 'venue_deposit';

/** One weekday's hours: open from–to (`HH:mm`), or closed. */
export interface DayHours {
  open: boolean;
  from: string;
  to: string;
}

/** A bookable space and its rules. */
export interface VenueSpace {
  name: string;
  place?: string;
  capacity: number;
  /** Seven days, Monday first. */
  weekly: DayHours[];
  closedOnHolidays: boolean;
  feeFen: number;
  feeUnit: VenueFeeUnit;
  depositFen: number;
  active: boolean;
  note?: string;
}

/** A booked slot of a space on an office date. */
export interface VenueSlot {
  id?: string;
  spaceId: string;
  date: string;
  from: string;
  to: string;
}

/** Bookings that still hold their slot. */
export function holdsSlot(status: BookingStatus): boolean {
  return status === 'pending' || status === 'approved' || status === 'done';
}

/** Whether two slots of one space on one date overlap (touching ends do not). */
export function slotsOverlap(a: VenueSlot, b: VenueSlot): boolean {
  return (
    a.spaceId === b.spaceId &&
    a.date === b.date &&
    // A booking being changed does not clash with itself; new slots carry no id.
    (a.id === undefined || a.id !== b.id) &&
    a.from < b.to &&
    b.from < a.to
  );
}

/** The live bookings among `booked` that `slot` would overlap. */
export function bookingClashes<T extends VenueSlot & { status: BookingStatus }>(
  booked: readonly T[],
  slot: VenueSlot,
): T[] {
  return booked.filter((b) => holdsSlot(b.status) && slotsOverlap(b, slot));
}

/** Index 0–6 (Monday first) of an office date `YYYY-MM-DD`. */
export function weekdayIndex(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day + 6) % 7;
}

/** The space's hours on `date`, or null when it is closed that day (weekday or holiday). */
export function hoursOn(
  space: Pick<VenueSpace, 'weekly' | 'closedOnHolidays'>,
  date: string,
  cal: WorkCalendar,
): DayHours | null {
  const day = space.weekly[weekdayIndex(date)];
  if (!day?.open) return null;
  // The calendar's holidays and make-up working days are disjoint: a 调休上班 day is open.
  if (space.closedOnHolidays && cal.holidays.has(date)) return null;
  return day;
}

/**
 * Why the slot is outside the space's opening hours, in Chinese for the field; null when it
 * lies inside them.
 */
export function openingProblem(
  space: Pick<VenueSpace, 'name' | 'weekly' | 'closedOnHolidays' | 'active'>,
  slot: Pick<VenueSlot, 'date' | 'from' | 'to'>,
  cal: WorkCalendar,
): string | null {
  if (!space.active) return `${space.name}已停用，不能预约`;
  const day = space.weekly[weekdayIndex(slot.date)];
  if (!day?.open) return `${space.name}${WEEKDAY_LABELS[weekdayIndex(slot.date)]}不开放`;
  if (!hoursOn(space, slot.date, cal)) return `${space.name}法定节假日不开放（${slot.date}）`;
  if (slot.from < day.from || slot.to > day.to)
    return `超出开放时间：${space.name}当日开放 ${day.from}–${day.to}`;
  return null;
}

/** Minutes from `from` to `to` (`HH:mm`). */
export function slotMinutes(from: string, to: string): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return m(to) - m(from);
}

/** What a booking of the space costs: the fee (per booking or per started hour) and deposit. */
export function bookingCharges(
  space: Pick<VenueSpace, 'feeFen' | 'feeUnit' | 'depositFen'>,
  slot: Pick<VenueSlot, 'from' | 'to'>,
): { feeFen: number; hours: number; depositFen: number; totalFen: number } {
  const hours = Math.max(1, Math.ceil(slotMinutes(slot.from, slot.to) / 60));
  const feeFen = space.feeUnit === 'hour' ? multiplyFen(space.feeFen, hours) : space.feeFen;
  return {
    feeFen,
    hours,
    depositFen: space.depositFen,
    totalFen: sumFen([feeFen, space.depositFen]),
  };
}

/** The message of a clash, naming the booking already holding the slot. */
export function clashMessage(clash: { no: string; from: string; to: string }): string {
  return `该时段已被预约：${clash.from}–${clash.to}（${clash.no}），请另选时间`;
}

const timeField = (message: string) => z.string().regex(HHMM, message);

const dayHoursSchema = z
  .object({ open: z.boolean(), from: z.string(), to: z.string() })
  .superRefine((d, ctx) => {
    if (!d.open) return;
    if (!HHMM.test(d.from))
      ctx.addIssue({ code: 'custom', path: ['from'], message: '开放时间如 08:00' });
    if (!HHMM.test(d.to))
      ctx.addIssue({ code: 'custom', path: ['to'], message: '结束时间如 21:00' });
    else if (d.to <= d.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: '结束时间应晚于开放时间' });
  });

const fenField = z
  .int('金额须为整数分')
  .min(0, '金额不能为负数')
  .max(10_000_000, '金额不能超过 100,000.00 元');

/** The space form; Chinese messages at the field. */
export const venueSpaceSchema = z.object({
  name: z.string().trim().min(1, '请填写场地名称').max(30, '最多 30 个字'),
  place: z.string().trim().max(40, '最多 40 个字').optional(),
  capacity: z.int('请填写容纳人数').min(1, '容纳人数至少为 1').max(5000, '容纳人数过大'),
  weekly: z.array(dayHoursSchema).length(7),
  closedOnHolidays: z.boolean(),
  feeFen: fenField,
  feeUnit: z.enum(FEE_UNITS, '请选择计费方式'),
  depositFen: fenField,
  active: z.boolean(),
  note: z.string().trim().max(200).optional(),
}) satisfies z.ZodType<VenueSpace, unknown>;

export type VenueSpaceInput = z.input<typeof venueSpaceSchema>;

/** The booking form; Chinese messages at the field. */
export const venueBookingSchema = z
  .object({
    spaceId: z.string().min(1, '请选择场地'),
    date: z.iso.date('请填写使用日期'),
    from: timeField('请填写开始时间，如 09:00'),
    to: timeField('请填写结束时间，如 11:00'),
    bookerKind: z.enum(BOOKER_KINDS),
    unitId: z.string().optional(),
    unitCode: z.string().trim().max(40).optional(),
    orgName: z.string().trim().max(60, '最多 60 个字').optional(),
    contactName: z.string().trim().min(1, '请填写联系人').max(30, '最多 30 个字'),
    contactPhone: phoneText({ required: '请填写联系电话' }),
    purpose: z.string().trim().min(1, '请填写用途').max(100, '最多 100 个字'),
    attendees: z.int('请填写人数').min(1, '人数至少为 1').max(5000, '人数过大'),
    note: z.string().trim().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (HHMM.test(v.from) && HHMM.test(v.to) && v.to <= v.from)
      issue('to', '结束时间应晚于开始时间');
    if (v.bookerKind === 'unit' && !v.unitCode?.trim()) issue('unitCode', '请填写房号');
    if (v.bookerKind === 'org' && !v.orgName?.trim()) issue('orgName', '请填写单位名称');
  });

export type VenueBookingInput = z.input<typeof venueBookingSchema>;
export type VenueBookingOutput = z.output<typeof venueBookingSchema>;

/**
 * The checks a booking must pass against its space and the day's other bookings, as field
 * errors: outside opening hours at 开始时间, more people than the space holds at 人数, a clash
 * at 开始时间. The form runs it as she types; the repository again inside its transaction.
 */
export function bookingProblems(
  v: Pick<VenueBookingOutput, 'date' | 'from' | 'to' | 'attendees'> & { id?: string },
  space: (VenueSpace & { id: string }) | undefined,
  sameDay: readonly (VenueSlot & { no: string; status: BookingStatus })[],
  cal: WorkCalendar,
): { field: 'spaceId' | 'from' | 'attendees'; message: string }[] {
  if (!space) return [{ field: 'spaceId', message: '请选择场地' }];
  const out: { field: 'spaceId' | 'from' | 'attendees'; message: string }[] = [];
  const opening = openingProblem(space, v, cal);
  if (opening) out.push({ field: 'from', message: opening });
  if (v.attendees > space.capacity)
    out.push({ field: 'attendees', message: `超过${space.name}容纳人数 ${space.capacity} 人` });
  const slot = {
    ...(v.id ? { id: v.id } : {}),
    spaceId: space.id,
    date: v.date,
    from: v.from,
    to: v.to,
  };
  const clash = bookingClashes(sameDay, slot)[0];
  if (!opening && clash) out.push({ field: 'from', message: clashMessage(clash) });
  return out;
}

/** The setting of this register (settingsRegistry `venues`). */
export interface VenueSettings {
  /** Bookings wait for a supervisor's approval before they are charged. */
  approvalRequired: boolean;
  /** Days after the use within which the deposit is refunded (0: the day of use). */
  refundDays: number;
}

export const DEFAULT_VENUE_SETTINGS: VenueSettings = { approvalRequired: true, refundDays: 3 };

export const venueSettingsSchema = z.object({
  approvalRequired: z.boolean(),
  refundDays: z.int('请填写整数天').min(0, '不能为负数').max(30, '最多 30 天'),
}) satisfies z.ZodType<VenueSettings, unknown>;

/** The status a new booking starts in. */
export function initialStatus(settings: VenueSettings): BookingStatus {
  return settings.approvalRequired ? 'pending' : 'approved';
}

/** The receipt lines of a booking: its fee and its deposit, as priced when it was booked. */
export function bookingLines(b: { spaceName: string; feeFen: number; depositFen: number }) {
  const line = (code: string, name: string, fen: number, refundable: boolean) => ({
    code,
    name,
    quantity: 1,
    unitFen: fen,
    amountFen: fen,
    refundable,
  });
  return [
    ...(b.feeFen > 0
      ? [line(VENUE_FEE_CODE, `场地使用费（${b.spaceName}）`, b.feeFen, false)]
      : []),
    ...(b.depositFen > 0 ? [line(VENUE_DEPOSIT_CODE, '场地押金', b.depositFen, true)] : []),
  ];
}

/** A rule of the register refused the action; `field` says where the form shows it. */
export class VenueRuleError extends Error {
  constructor(
    readonly problems: readonly string[],
    readonly field?: 'spaceId' | 'from' | 'attendees',
  ) {
    super(problems.join('；'));
    this.name = 'VenueRuleError';
  }
}

/** Why a deduction from the deposit is refused, or null. */
export function deductionProblem(
  depositFen: number,
  deductFen: number,
  reason: string,
): string | null {
  if (!Number.isSafeInteger(deductFen) || deductFen < 0) return '扣款金额无效';
  if (deductFen > depositFen) return `扣款不能超过押金 ${formatFen(depositFen)} 元`;
  if (deductFen > 0 && reason.trim() === '') return '请填写扣款原因';
  return null;
}
