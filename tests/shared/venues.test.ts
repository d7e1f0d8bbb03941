import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/domain/calendar';
import { venueMonthFigures } from '@shared/domain/review/venueFigures';
import { venueDues } from '@shared/domain/venueDue';
import {
  bookingCharges,
  bookingClashes,
  bookingLines,
  bookingProblems,
  deductionProblem,
  openingProblem,
  slotsOverlap,
  venueBookingSchema,
  weekdayIndex,
  type VenueSpace,
} from '@shared/domain/venues';

const cal = buildCalendar();
const hall: VenueSpace & { id: string } = {
  id: 'hall',
  name: '多功能厅',
  capacity: 60,
  // Monday closed; Tuesday–Sunday 08:00–21:00.
  weekly: Array.from({ length: 7 }, (_, i) => ({ open: i !== 0, from: '08:00', to: '21:00' })),
  closedOnHolidays: true,
  feeFen: 5_000,
  feeUnit: 'hour',
  depositFen: 20_000,
  active: true,
};
const slot = (from: string, to: string, extra: object = {}) => ({
  spaceId: 'hall',
  date: '2026-11-17',
  from,
  to,
  ...extra,
});

describe('no double booking (slotsOverlap, bookingClashes)', () => {
  it('overlapping slots of one space on one date clash; touching ends do not', () => {
    expect(slotsOverlap(slot('09:00', '11:00'), slot('10:00', '12:00'))).toBe(true);
    expect(slotsOverlap(slot('09:00', '11:00'), slot('09:30', '10:00'))).toBe(true);
    expect(slotsOverlap(slot('09:00', '11:00'), slot('11:00', '12:00'))).toBe(false);
    expect(slotsOverlap(slot('09:00', '11:00'), slot('07:00', '09:00'))).toBe(false);
  });

  it('another space, another date or the same booking never clash', () => {
    expect(slotsOverlap(slot('09:00', '11:00'), slot('09:00', '11:00', { spaceId: 'court' }))).toBe(
      false,
    );
    expect(
      slotsOverlap(slot('09:00', '11:00'), slot('09:00', '11:00', { date: '2026-11-18' })),
    ).toBe(false);
    expect(
      slotsOverlap(slot('09:00', '11:00', { id: 'a' }), slot('09:00', '11:00', { id: 'a' })),
    ).toBe(false);
  });

  it('refused and cancelled bookings hold no slot', () => {
    const booked = [
      { ...slot('09:00', '11:00'), id: 'r', no: 'CD-1', status: 'refused' as const },
      { ...slot('09:00', '11:00'), id: 'c', no: 'CD-2', status: 'cancelled' as const },
      { ...slot('10:00', '12:00'), id: 'p', no: 'CD-3', status: 'pending' as const },
    ];
    expect(bookingClashes(booked, slot('09:00', '10:30')).map((b) => b.id)).toEqual(['p']);
    expect(bookingClashes(booked, slot('08:00', '10:00'))).toEqual([]);
  });
});

describe('opening hours', () => {
  it('reads weekdays Monday first', () => {
    expect(weekdayIndex('2026-11-16')).toBe(0);
    expect(weekdayIndex('2026-11-22')).toBe(6);
  });

  it('refuses a closed weekday, a statutory holiday and a slot past the hours, in Chinese', () => {
    expect(openingProblem(hall, slot('09:00', '10:00', { date: '2026-11-16' }), cal)).toBe(
      '多功能厅周一不开放',
    );
    expect(openingProblem(hall, slot('09:00', '10:00', { date: '2026-10-01' }), cal)).toBe(
      '多功能厅法定节假日不开放（2026-10-01）',
    );
    expect(openingProblem(hall, slot('20:00', '22:00'), cal)).toBe(
      '超出开放时间：多功能厅当日开放 08:00–21:00',
    );
    expect(openingProblem(hall, slot('07:30', '09:00'), cal)).toContain('超出开放时间');
    expect(openingProblem(hall, slot('08:00', '21:00'), cal)).toBeNull();
  });

  it('opens on holidays when the space says so, and on a make-up working day', () => {
    expect(
      openingProblem(
        { ...hall, closedOnHolidays: false },
        slot('09:00', '10:00', { date: '2026-10-01' }),
        cal,
      ),
    ).toBeNull();
    // 2026-10-10 is a Saturday worked in lieu: not a holiday.
    expect(openingProblem(hall, slot('09:00', '10:00', { date: '2026-10-10' }), cal)).toBeNull();
    // A local holiday override closes the space too.
    const local = buildCalendar([{ date: '2026-11-18', kind: 'holiday' }]);
    expect(openingProblem(hall, slot('09:00', '10:00', { date: '2026-11-18' }), local)).toContain(
      '节假日',
    );
  });

  it('a stopped space takes no booking', () => {
    expect(openingProblem({ ...hall, active: false }, slot('09:00', '10:00'), cal)).toBe(
      '多功能厅已停用，不能预约',
    );
  });
});

describe('booking checks at the field', () => {
  const v = { date: '2026-11-17', from: '09:00', to: '11:00', attendees: 30 };
  it('puts opening hours and clashes at 开始时间, capacity at 人数', () => {
    const booked = [
      { ...slot('10:00', '12:00'), id: 'x', no: 'CD-202611-0001', status: 'approved' as const },
    ];
    expect(bookingProblems(v, hall, booked, cal)).toEqual([
      { field: 'from', message: '该时段已被预约：10:00–12:00（CD-202611-0001），请另选时间' },
    ]);
    expect(bookingProblems({ ...v, attendees: 61 }, hall, [], cal)).toEqual([
      { field: 'attendees', message: '超过多功能厅容纳人数 60 人' },
    ]);
    expect(bookingProblems({ ...v, date: '2026-11-16' }, hall, [], cal)[0]?.field).toBe('from');
    expect(bookingProblems(v, undefined, [], cal)).toEqual([
      { field: 'spaceId', message: '请选择场地' },
    ]);
    expect(bookingProblems(v, hall, [], cal)).toEqual([]);
  });

  it('the form asks for the unit or the organisation and an end after the start', () => {
    const base = {
      spaceId: 'hall',
      date: '2026-11-17',
      from: '10:00',
      to: '09:00',
      bookerKind: 'unit' as const,
      contactName: '张三',
      contactPhone: '13800138000',
      purpose: '业主生日会',
      attendees: 20,
    };
    const messages = (x: object) =>
      venueBookingSchema
        .safeParse(x)
        .error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(messages(base)).toEqual(['to:结束时间应晚于开始时间', 'unitCode:请填写房号']);
    expect(messages({ ...base, to: '12:00', bookerKind: 'org' })).toEqual([
      'orgName:请填写单位名称',
    ]);
    expect(messages({ ...base, to: '12:00', unitCode: '3-1-1201' })).toEqual([]);
  });
});

describe('charges (fen)', () => {
  it('charges per started hour or per booking, plus the deposit', () => {
    expect(bookingCharges(hall, { from: '09:00', to: '11:30' })).toEqual({
      feeFen: 15_000,
      hours: 3,
      depositFen: 20_000,
      totalFen: 35_000,
    });
    expect(
      bookingCharges({ ...hall, feeUnit: 'booking' }, { from: '09:00', to: '11:30' }).feeFen,
    ).toBe(5_000);
  });

  it('prices the receipt lines: the fee kept, the deposit refundable; free spaces none', () => {
    expect(bookingLines({ spaceName: '多功能厅', feeFen: 15_000, depositFen: 20_000 })).toEqual([
      {
        code: 'venue_fee',
        name: '场地使用费（多功能厅）',
        quantity: 1,
        unitFen: 15_000,
        amountFen: 15_000,
        refundable: false,
      },
      {
        code: 'venue_deposit',
        name: '场地押金',
        quantity: 1,
        unitFen: 20_000,
        amountFen: 20_000,
        refundable: true,
      },
    ]);
    expect(bookingLines({ spaceName: '篮球场', feeFen: 0, depositFen: 0 })).toEqual([]);
  });

  it('a deduction stays within the deposit and gives its reason', () => {
    expect(deductionProblem(20_000, 0, '')).toBeNull();
    expect(deductionProblem(20_000, 5_000, '')).toBe('请填写扣款原因');
    expect(deductionProblem(20_000, 25_000, '损坏桌椅')).toBe('扣款不能超过押金 200.00 元');
  });
});

describe('on the today board (venueDue)', () => {
  const now = '2026-11-17T02:30:00.000Z'; // 10:30 office time
  const booking = (over: object = {}) => ({
    id: 'b1',
    no: 'CD-202611-0001',
    spaceName: '多功能厅',
    date: '2026-11-17',
    from: '14:00',
    to: '16:00',
    status: 'approved' as const,
    createdAt: '2026-11-16T02:00:00.000Z',
    depositHeldFen: 0,
    ...over,
  });

  it("lists today's bookings until they end, not as overdue", () => {
    expect(venueDues([booking()], now, 3).map((d) => [d.kind, d.state])).toEqual([
      ['venueBooking', 'today'],
    ]);
    expect(venueDues([booking({ from: '09:00', to: '11:00' })], now, 3)[0]?.state).toBe('today');
    expect(venueDues([booking({ from: '08:00', to: '10:00' })], now, 3)).toEqual([]);
    expect(venueDues([booking({ date: '2026-11-18' })], now, 3)).toEqual([]);
  });

  it('asks for approval the day the booking was made, overdue after', () => {
    const made = (createdAt: string) =>
      venueDues([booking({ status: 'pending', date: '2026-11-20', createdAt })], now, 3);
    expect(made('2026-11-17T01:00:00.000Z').map((d) => [d.kind, d.state])).toEqual([
      ['venueApproval', 'today'],
    ]);
    expect(made('2026-11-16T01:00:00.000Z').map((d) => [d.kind, d.state])).toEqual([
      ['venueApproval', 'overdue'],
    ]);
  });

  it('asks for the deposit back once the slot has ended, by the end of refundDays after', () => {
    const held = (date: string) =>
      venueDues([booking({ date, from: '09:00', to: '10:00', depositHeldFen: 20_000 })], now, 3);
    expect(held('2026-11-17').map((d) => [d.kind, d.state, d.dueAt])).toEqual([
      ['venueDepositRefund', 'today', '2026-11-20T15:59:59.999Z'],
    ]);
    expect(held('2026-11-13').map((d) => d.state)).toEqual(['overdue']);
    expect(held('2026-11-18')).toEqual([]);
  });
});

describe('monthly figures', () => {
  it('counts bookings by their date of use, hours held and money', () => {
    const row = (over: object) => ({
      date: '2026-11-10',
      from: '09:00',
      to: '11:00',
      status: 'done' as const,
      spaceName: '多功能厅',
      feeFen: 10_000,
      depositFen: 20_000,
      paid: true,
      refundedFen: 15_000,
      deductedFen: 5_000,
      ...over,
    });
    const f = venueMonthFigures(
      [
        row({}),
        row({
          status: 'approved',
          refundedFen: undefined,
          deductedFen: undefined,
          spaceName: '篮球场',
          from: '19:00',
          to: '20:30',
        }),
        row({ status: 'refused', paid: false }),
        row({ date: '2026-10-30' }),
      ],
      '2026-11',
    );
    expect(f).toMatchObject({
      bookings: 3,
      used: 1,
      refused: 1,
      cancelled: 0,
      hours: 3.5,
      feesFen: 20_000,
      depositsFen: 40_000,
      refundedFen: 15_000,
      deductedFen: 5_000,
      heldFen: 20_000,
      busiest: '多功能厅',
    });
  });
});
