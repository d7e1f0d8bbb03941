import { describe, expect, it } from 'vitest';
import { ageBand, checkPickUp, daysWaiting, mailBatchInputSchema } from '@shared/domain/mail';
import { checkSignOut, visitInputSchema, visitMinutes, visitorKey } from '@shared/domain/visitors';

describe('mail', () => {
  it('counts whole days waited, in office time', () => {
    expect(daysWaiting('2026-11-20T01:00:00.000Z', '2026-11-20T15:00:00.000Z')).toBe(0);
    expect(daysWaiting('2026-11-20T01:00:00.000Z', '2026-11-23T01:00:00.000Z')).toBe(3);
    expect(daysWaiting('2026-11-20T01:00:00.000Z', '2026-11-19T01:00:00.000Z')).toBe(0);
  });

  it('bands ages against the warning setting', () => {
    expect([0, 1, 2, 3, 6, 7, 30].map((d) => ageBand(d, 3))).toEqual([
      'today',
      'days',
      'days',
      'overdue',
      'overdue',
      'week',
      'week',
    ]);
  });

  it('checks a delivery row by row', () => {
    const r = mailBatchInputSchema.safeParse({
      carrier: '邮政',
      items: [
        { kind: 'letter', count: 1, unitCode: '3-1-1201', addressee: '', trackingNo: '' },
        { kind: 'newspaper', count: 0, unitCode: ' ', addressee: '王五', trackingNo: '' },
      ],
    });
    expect(r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'items.1.count:至少 1 件',
      'items.1.unitCode:请填写收件房号',
    ]);
  });

  it('hands over only waiting items to a named collector', () => {
    expect(checkPickUp([{ status: 'waiting', unitCode: '1-101' }], '张三')).toEqual([]);
    expect(checkPickUp([{ status: 'collected', unitCode: '1-101' }], ' ')).toEqual([
      '请填写领取人',
      '所选信件中有已领取的',
    ]);
    expect(checkPickUp([], '张三')).toEqual(['请选择要领取的信件']);
  });
});

describe('visitors', () => {
  const base = {
    name: '李四',
    idType: 'idCard',
    idNumber: '11010519491231002x',
    phone: '',
    unitCode: '3-1-1201',
    host: '张三',
    reason: '探亲',
    people: 1,
  } as const;

  it('checks the ID number by its type and stores it normalized', () => {
    const ok = visitInputSchema.safeParse(base);
    expect(ok.data?.idNumber).toBe('11010519491231002X');
    const bad = visitInputSchema.safeParse({ ...base, idNumber: '110105194912310021' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['idNumber']);
  });

  it('measures a visit, or the time inside so far', () => {
    expect(visitMinutes('2026-11-23T01:00:00.000Z', '2026-11-23T02:30:00.000Z', 'x')).toBe(90);
    expect(visitMinutes('2026-11-23T01:00:00.000Z', undefined, '2026-11-23T01:10:00.000Z')).toBe(
      10,
    );
  });

  it('signs out only a visitor still inside', () => {
    expect(checkSignOut({ status: 'inside' })).toEqual([]);
    expect(checkSignOut({ status: 'left' })).toEqual(['访客已离开']);
    expect(checkSignOut({ status: 'refused' })).toEqual(['该访客已被拒绝进入']);
  });

  it('keys a frequent visitor by ID', () => {
    expect(visitorKey('idCard', ' 11010519491231002x')).toBe('idCard:11010519491231002X');
  });
});
