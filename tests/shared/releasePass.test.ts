import { describe, expect, it } from 'vitest';
import {
  dangerousItems,
  liftClashes,
  refusalReason,
  releasePassSchema,
} from '@shared/domain/releasePass';

describe('release pass rules', () => {
  it('finds dangerous goods by name', () => {
    expect(
      dangerousItems([
        { name: '旧沙发', quantity: 1 },
        { name: '液化气罐', quantity: 2 },
        { name: '桶装汽油', quantity: 1 },
      ]),
    ).toEqual([
      { name: '液化气罐', word: '液化气' },
      { name: '桶装汽油', word: '汽油' },
    ]);
  });
  it('needs a unit or a company and at least one item', () => {
    const r = releasePassSchema.safeParse({
      carrier: '李四',
      approvedBy: '张三',
      outAt: '2026-11-23T10:00',
      items: [],
    });
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages).toContain('至少填写一件物品');
  });
  it('accepts a company pass', () => {
    const r = releasePassSchema.safeParse({
      company: '某某科技有限公司',
      carrier: '李四',
      approvedBy: '王经理',
      outAt: '2026-11-23T10:00',
      items: [{ name: '打印机', quantity: 2 }],
    });
    expect(r.success).toBe(true);
  });
  it('refuses a pass with neither unit nor company', () => {
    const r = releasePassSchema.safeParse({
      carrier: '李四',
      approvedBy: '王经理',
      outAt: '2026-11-23T10:00',
      items: [{ name: '打印机', quantity: 2 }],
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['请填写房号或单位']);
  });
});

describe('goods in and moving appointments (issue 19)', () => {
  it('refuses dangerous goods at entry with the reason worded for the way in', () => {
    const items = [
      { name: '纸箱', quantity: 2 },
      { name: '烟花', quantity: 1 },
    ];
    expect(refusalReason('in', items)).toBe('危险品不得进入：烟花');
    expect(refusalReason('out', items)).toBe('危险品不予放行：烟花');
    expect(refusalReason('in', [{ name: '纸箱', quantity: 2 }])).toBeNull();
  });

  it('one lift carries one move at a time; back-to-back windows do not clash', () => {
    const booked = [
      { id: 'a', movingDate: '2026-11-20', windowFrom: '09:00', windowTo: '11:00', lift: '1 号梯' },
      { id: 'b', movingDate: '2026-11-20', windowFrom: '13:00', windowTo: '15:00', lift: '2 号梯' },
    ];
    const slot = (from: string, to: string, lift = '1 号梯', date = '2026-11-20') => ({
      movingDate: date,
      windowFrom: from,
      windowTo: to,
      lift,
    });
    expect(liftClashes(booked, slot('10:00', '12:00')).map((b) => b.id)).toEqual(['a']);
    expect(liftClashes(booked, slot('08:00', '09:00'))).toEqual([]);
    expect(liftClashes(booked, slot('11:00', '12:00'))).toEqual([]);
    expect(liftClashes(booked, slot('10:00', '12:00', '2 号梯'))).toEqual([]);
    expect(liftClashes(booked, slot('10:00', '12:00', '1 号梯', '2026-11-21'))).toEqual([]);
    // Editing an appointment does not clash with itself.
    expect(liftClashes(booked, { ...slot('09:30', '10:30'), id: 'a' })).toEqual([]);
  });

  it('a moving appointment needs its date, window and lift, the window in order', () => {
    const base = {
      moving: true,
      unitCode: '3-1-1201',
      carrier: '顺达搬家',
      approvedBy: '张三',
      outAt: '2026-11-20T09:00',
      items: [{ name: '家具', quantity: 10 }],
    };
    const bad = releasePassSchema.safeParse({ ...base, windowFrom: '11:00', windowTo: '09:00' });
    const messages = bad.success ? [] : bad.error.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining(['请填写搬家日期', '结束时间应晚于开始时间', '请填写使用的电梯']),
    );
    const good = releasePassSchema.safeParse({
      ...base,
      movingDate: '2026-11-20',
      windowFrom: '09:00',
      windowTo: '11:00',
      lift: '1 号梯',
    });
    expect(good.success).toBe(true);
  });
});
