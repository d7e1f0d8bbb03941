import { describe, expect, it } from 'vitest';
import { OVERSTAY_HOURS, isOverstaying, overstaying } from '@shared/domain/visitors';

const inside = (inAt: string, name = '访客') => ({ name, status: 'inside' as const, inAt });

describe('visitors still inside after 24 h (超过24小时未离开)', () => {
  const now = '2026-11-23T09:00:00+08:00';

  it('counts only more than 24 hours, across a midnight and a time zone', () => {
    expect(OVERSTAY_HOURS).toBe(24);
    expect(isOverstaying(inside('2026-11-22T09:00:00+08:00'), now)).toBe(false);
    expect(isOverstaying(inside('2026-11-22T08:59:00+08:00'), now)).toBe(true);
    // The same instant written in UTC: 2026-11-22 00:59Z is 08:59 in China.
    expect(isOverstaying(inside('2026-11-22T00:59:00.000Z'), now)).toBe(true);
    expect(isOverstaying(inside('2026-11-23T08:00:00+08:00'), now)).toBe(false);
  });

  it('never flags a visitor who left or was refused, however long ago', () => {
    expect(isOverstaying({ status: 'left', inAt: '2026-11-01T09:00:00+08:00' }, now)).toBe(false);
    expect(isOverstaying({ status: 'refused', inAt: '2026-11-01T09:00:00+08:00' }, now)).toBe(
      false,
    );
  });

  it('filters a list in its order, with another threshold when asked', () => {
    const list = [
      inside('2026-11-21T10:00:00+08:00', '甲'),
      inside('2026-11-23T07:00:00+08:00', '乙'),
      inside('2026-11-22T08:00:00+08:00', '丙'),
    ];
    expect(overstaying(list, now).map((v) => v.name)).toEqual(['甲', '丙']);
    expect(overstaying(list, now, 1).map((v) => v.name)).toEqual(['甲', '乙', '丙']);
    expect(overstaying([], now)).toEqual([]);
  });
});
