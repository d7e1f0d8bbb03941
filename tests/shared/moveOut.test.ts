import { describe, expect, it } from 'vitest';
import {
  checkMoveOut,
  custodyCharge,
  custodyMonths,
  custodyRulesSchema,
} from '@shared/domain/moveOut';

const input = {
  keysHanded: 3,
  keysReturned: 3,
  lostKeyFen: 5000,
  forwardingAddress: '南京市 1 号',
};

describe('move-out (退租/迁出)', () => {
  it('charges missing keys per key, nothing when all are back', () => {
    expect(checkMoveOut(input)).toEqual({ problems: [], missing: 0, chargeFen: 0 });
    expect(checkMoveOut({ ...input, keysReturned: 1 })).toEqual({
      problems: [],
      missing: 2,
      chargeFen: 10000,
    });
  });

  it('refuses more keys than handed, no address, or a missing key without a price', () => {
    expect(checkMoveOut({ ...input, keysReturned: 4 }).problems).toEqual([
      '退还钥匙 4 把多于交房时的 3 把',
    ]);
    expect(checkMoveOut({ ...input, forwardingAddress: ' ' }).problems).toEqual([
      '请填写迁出后联系地址',
    ]);
    expect(checkMoveOut({ ...input, keysReturned: 2, lostKeyFen: 0 }).problems).toEqual([
      '缺少 1 把钥匙，请填写每把赔偿金额',
    ]);
  });
});

describe('custody charge (托管费)', () => {
  it('counts a begun month as a month, at least one', () => {
    // 1 Mar → 1 May office time: exactly two months.
    expect(custodyMonths('2026-02-28T16:00:00.000Z', '2026-04-30T16:00:00.000Z')).toBe(2);
    // 1 Mar → 2 May: two months and a day.
    expect(custodyMonths('2026-02-28T16:00:00.000Z', '2026-05-02T01:00:00.000Z')).toBe(3);
    expect(custodyMonths('2026-03-01T02:00:00.000Z', '2026-03-01T09:00:00.000Z')).toBe(1);
    // 31 Jan → 28 Feb is under a whole month: one.
    expect(custodyMonths('2026-01-31T02:00:00.000Z', '2026-02-28T02:00:00.000Z')).toBe(1);
  });

  it('bills months at 70 % of the fee, or the configured rate', () => {
    expect(custodyCharge(25_000, '2026-02-28T16:00:00.000Z', '2026-04-30T16:00:00.000Z')).toEqual({
      months: 2,
      perMonthFen: 17_500,
      totalFen: 35_000,
    });
    const rules = { feePercent: 50, waterLimit: 5, powerLimit: 20 };
    expect(
      custodyCharge(33_333, '2026-03-01T02:00:00.000Z', '2026-03-05T02:00:00.000Z', rules),
    ).toEqual({ months: 1, perMonthFen: 16_667, totalFen: 16_667 });
  });

  it('validates the custody setting', () => {
    expect(
      custodyRulesSchema.safeParse({ feePercent: 70, waterLimit: 5, powerLimit: 20 }).success,
    ).toBe(true);
    expect(
      custodyRulesSchema.safeParse({ feePercent: 0, waterLimit: 5, powerLimit: 20 }).success,
    ).toBe(false);
  });
});
