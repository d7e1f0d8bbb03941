import { describe, expect, it } from 'vitest';
import { planBills, unitBills } from '@shared/domain/billing';
import {
  billedMonths,
  holderOn,
  isOpenLet,
  leaseClash,
  leaseState,
  parkingDues,
  parkingLeaseSchema,
  parkingLine,
  renewalDates,
  renewalPreview,
  saleRefusal,
  type ParkingCharge,
} from '@shared/domain/parking';
import { parkingMonthFigures } from '@shared/domain/review/parkingFigures';
import { endOfOfficeDay } from '@shared/domain/renovationDue';
import { billingWith } from '../fixtures/billing';

const lease = (over: Partial<ParkingCharge> = {}): ParkingCharge => ({
  use: 'lease',
  spaceNo: 'B2-015',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  monthlyFeeFen: 15_000,
  ...over,
});

const input = (over: Record<string, unknown> = {}) => ({
  spaceId: 's1',
  unitId: 'u1',
  unitCode: '3-1-1201',
  holderName: '张三',
  holderPhone: '13812345678',
  use: 'lease',
  startDate: '2026-12-01',
  endDate: '2027-11-30',
  plates: ['粤b·d12345'],
  monthlyFeeFen: 15_000,
  note: '',
  ...over,
});

const messages = (v: unknown) => {
  const r = parkingLeaseSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('a let or sale as the desk types it', () => {
  it('stores plates in their normal form', () => {
    expect(parkingLeaseSchema.parse(input()).plates).toEqual(['粤BD12345']);
  });

  it('names the field of each slip in Chinese', () => {
    expect(messages(input({ endDate: '' }))).toEqual([['endDate', '租用须填写到期日期']]);
    expect(messages(input({ use: 'sale' }))).toEqual([['endDate', '购买的车位没有到期日期']]);
    expect(messages(input({ endDate: '2026-11-30' }))).toEqual([
      ['endDate', '到期日期不能早于起始日期'],
    ]);
    expect(messages(input({ plates: ['粤BX12345'] }))).toEqual([
      ['plates.0', '车牌号格式不正确，如 粤B12345 或 粤B·D12345'],
    ]);
    expect(messages(input({ plates: ['粤BD12345', '粤B·D12345'] }))).toEqual([
      ['plates.1', '车牌重复'],
    ]);
    expect(messages(input({ plates: [] }))).toEqual([['plates', '至少登记 1 个车牌']]);
  });

  it('never sells a civil-defence or temporary space', () => {
    expect(saleRefusal('civilDefence', 'sale')).toBe('人防车位只能租用，不能出售');
    expect(saleRefusal('temporary', 'sale')).toBe('临时车位只能租用，不能出售');
    expect(saleRefusal('civilDefence', 'lease')).toBeNull();
    expect(saleRefusal('property', 'sale')).toBeNull();
  });
});

describe('one space, one holder at a time', () => {
  const held = [{ ...lease(), no: 'CW2026-0001' }];
  it('refuses overlapping dates and takes the day after', () => {
    expect(leaseClash(lease({ startDate: '2026-12-31', endDate: '2027-06-30' }), held)).toBe(
      '该车位 2026-01-01 至 2026-12-31 已登记（CW2026-0001），日期不能重叠',
    );
    expect(leaseClash(lease({ startDate: '2027-01-01', endDate: '2027-06-30' }), held)).toBeNull();
  });

  it('a sale runs on, and a let ended early frees the space after its last day', () => {
    const sale = [{ ...lease({ use: 'sale', endDate: '' }), no: 'CW2026-0002' }];
    expect(leaseClash(lease({ startDate: '2030-01-01', endDate: '2030-12-31' }), sale)).toMatch(
      /长期/,
    );
    const ended = [{ ...lease({ endedOn: '2026-06-30' }), no: 'CW2026-0003' }];
    expect(leaseClash(lease({ startDate: '2026-07-01' }), ended)).toBeNull();
  });

  it('renews from the day after the end, for whole months', () => {
    expect(renewalDates(lease(), 12)).toEqual({ startDate: '2027-01-01', endDate: '2027-12-31' });
    expect(renewalDates(lease({ endDate: '2027-01-30' }), 1)).toEqual({
      startDate: '2027-01-31',
      endDate: '2027-02-27',
    });
  });

  it('previews a new term only for months the renewal accepts', () => {
    expect(renewalPreview(lease(), 12)).toEqual(renewalDates(lease(), 12));
    expect(renewalPreview(lease(), 0)).toBeNull();
    expect(renewalPreview(lease(), 1.5)).toBeNull();
    expect(renewalPreview(lease(), 61)).toBeNull();
    expect(renewalPreview(lease(), Number.NaN)).toBeNull();
  });
});

describe('who holds a space on a day', () => {
  it('is the let in force that day, none between two lets', () => {
    const a = {
      spaceId: 's1',
      use: 'lease' as const,
      startDate: '2026-01-01',
      endDate: '2026-06-30',
    };
    const b = { ...a, startDate: '2026-07-02', endDate: '2026-12-31' };
    const other = { ...a, spaceId: 's2', endDate: '2026-12-31' };
    expect(holderOn('s1', [other, a, b], '2026-03-01')).toBe(a);
    expect(holderOn('s1', [other, a, b], '2026-07-01')).toBeUndefined();
    expect(holderOn('s1', [other, a, b], '2026-07-02')).toBe(b);
    expect(holderOn('s1', [{ ...a, endedOn: '2026-02-28' }], '2026-03-01')).toBeUndefined();
  });
});

describe('expiry reminders', () => {
  it('reminds of an open let only: not a sale, not one ended early or renewed', () => {
    const let_ = { use: 'lease' as const, startDate: '2026-01-01', endDate: '2026-12-31' };
    expect(isOpenLet(let_)).toBe(true);
    expect(isOpenLet({ ...let_, endedOn: '2026-06-30' })).toBe(false);
    expect(isOpenLet({ ...let_, renewedById: 'l2' })).toBe(false);
    expect(isOpenLet({ use: 'sale', startDate: '2026-01-01' })).toBe(false);
  });

  const today = '2026-11-17';
  it('reminds from 30 days before the end, overdue after it', () => {
    expect(leaseState(lease({ endDate: '2026-12-18' }), today)).toBe('active');
    expect(leaseState(lease({ endDate: '2026-12-17' }), today)).toBe('expiring');
    expect(leaseState(lease({ endDate: '2026-11-17' }), today)).toBe('expiring');
    expect(leaseState(lease({ endDate: '2026-11-16' }), today)).toBe('expired');
    expect(leaseState(lease({ startDate: '2026-11-18' }), today)).toBe('upcoming');
  });

  it('a renewed or ended let is not reminded, a sale never', () => {
    expect(leaseState(lease({ endDate: '2026-11-30', renewedById: 'x' }), today)).toBe('active');
    expect(leaseState(lease({ endDate: '2026-11-10', renewedById: 'x' }), today)).toBe('ended');
    expect(leaseState(lease({ endedOn: '2026-11-01' }), today)).toBe('ended');
    expect(leaseState(lease({ use: 'sale', endDate: '' }), today)).toBe('active');
  });

  it('puts them on the board: due today while expiring, overdue from the end', () => {
    const rows = [
      { ...lease({ endDate: '2026-12-01' }), id: 'a', no: 'CW1', unitCode: '1-101' },
      { ...lease({ endDate: '2026-11-10' }), id: 'b', no: 'CW2', unitCode: '1-102' },
      { ...lease({ endDate: '2027-06-30' }), id: 'c', no: 'CW3', unitCode: '1-103' },
    ];
    const dues = parkingDues(rows, today, endOfOfficeDay);
    expect(dues.map((d) => [d.recordId, d.detail, d.subject, d.route])).toEqual([
      ['a', 'expiring', 'B2-015 2026-12-01', '/parking?open=a'],
      ['b', 'expired', 'B2-015 2026-11-10', '/parking?open=b'],
    ]);
    expect(dues[0]!.dueAt).toBe(endOfOfficeDay(today));
    expect(dues[1]!.dueAt).toBe(endOfOfficeDay('2026-11-10'));
  });
});

describe('the parking line of the bills', () => {
  const settings = billingWith({
    monthlyItems: [{ code: 'parking_fee', name: '车位管理费', amountFen: 3000 }],
  });
  const unit = {
    id: 'u1',
    code: '3-1-1201',
    building: '3',
    status: 'vacant' as const,
    unitType: 'residential' as const,
  };

  it('bills a month when the let is in force on its last day', () => {
    const q = ['2026-10', '2026-11', '2026-12'];
    expect(billedMonths(lease({ startDate: '2026-11-15', endDate: '2027-11-14' }), q)).toEqual([
      '2026-11',
      '2026-12',
    ]);
    expect(billedMonths(lease({ endedOn: '2026-11-29' }), q)).toEqual(['2026-10']);
  });

  it('sums the spaces of a unit into one line with its basis', () => {
    const line = parkingLine(
      [lease(), lease({ spaceNo: 'A-001', monthlyFeeFen: 8000, use: 'sale', endDate: '' })],
      ['2026-10', '2026-11', '2026-12'],
    );
    expect(line).toEqual({
      amountFen: 3 * 15_000 + 3 * 8000,
      basis: 'A-001 80.00元 × 3月；B2-015 150.00元 × 3月',
    });
    expect(parkingLine([lease({ startDate: '2027-01-01' })], ['2026-12'])).toBeNull();
  });

  it("a unit's let replaces the standard's item and is billed even when the unit is vacant", () => {
    const none = { ...settings, vacantMode: 'none' as const };
    const bills = unitBills(unit, '2026-11', none, 70, [], [lease()]);
    expect(bills.map((b) => [b.itemCode, b.amountFen, b.basis])).toEqual([
      ['parking_fee', 15_000, 'B2-015 150.00元 × 1月'],
    ]);
    const occupied = unitBills({ ...unit, status: 'occupied' }, '2026-11', settings, 70, [], []);
    expect(occupied.map((b) => [b.itemCode, b.amountFen])).toEqual([['parking_fee', 3000]]);
  });

  it('plans each unit with its own spaces', () => {
    const plan = planBills(
      [unit, { ...unit, id: 'u2', code: '3-1-1202' }],
      '2026-11',
      { ...settings, vacantMode: 'none' },
      70,
      new Set(),
      () => [],
      (id) => (id === 'u2' ? [lease({ monthlyFeeFen: 20_000 })] : []),
    );
    expect(plan.drafts.map((d) => [d.unitCode, d.itemCode, d.amountFen])).toEqual([
      ['3-1-1202', 'parking_fee', 20_000],
    ]);
  });
});

describe('the month in review', () => {
  it('counts spaces taken at the month end, starts, ends and what runs out next month', () => {
    const spaces = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
    const f = parkingMonthFigures(
      spaces,
      [
        { ...lease({ startDate: '2026-11-05', endDate: '2026-12-20' }), spaceId: 's1' },
        { ...lease({ use: 'sale', startDate: '2026-03-01', endDate: '' }), spaceId: 's2' },
        { ...lease({ endDate: '2026-11-10' }), spaceId: 's3' },
        { ...lease({ endDate: '2026-11-10' }), spaceId: 'gone' },
      ],
      '2026-11',
    );
    expect(f).toEqual({
      month: '2026-11',
      spaces: 3,
      taken: 2,
      leasesStarted: 1,
      salesStarted: 0,
      ended: 1,
      expiringNext: 1,
      feeFen: 30_000,
    });
  });
});
