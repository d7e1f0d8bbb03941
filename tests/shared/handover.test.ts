import { describe, expect, it } from 'vitest';
import {
  carryOver,
  handoverProblems,
  shiftCashup,
  suggestedTaker,
  takerCandidates,
  type HandoverItem,
} from '@shared/domain/handover';
import { builder } from '../fixtures/builder';

const item = builder<HandoverItem>(() => ({
  id: 'i1',
  text: '3-1-1201 漏水待维修回复',
  createdAt: '2026-11-23T01:00:00.000Z',
  createdByName: '王前台',
  acknowledged: false,
}));

const ok = [{ name: '打印机', ok: true }];

describe('交接班不到位不走', () => {
  it('refuses to close with an unacknowledged open item', () => {
    expect(
      handoverProblems({ fromId: 'wang', toId: 'li', items: [item()], equipment: ok }),
    ).toEqual(['还有 1 项未结事项未经接班人确认：3-1-1201 漏水待维修回复']);
  });
  it('closes once the item is acknowledged, or when it was closed', () => {
    expect(
      handoverProblems({
        fromId: 'wang',
        toId: 'li',
        items: [item({ acknowledged: true })],
        equipment: ok,
      }),
    ).toEqual([]);
    expect(
      handoverProblems({
        fromId: 'wang',
        toId: 'li',
        items: [item({ closedAt: '2026-11-23T02:00:00.000Z' })],
        equipment: ok,
      }),
    ).toEqual([]);
  });
  it('needs the incoming clerk and a note on broken equipment', () => {
    expect(
      handoverProblems({ fromId: 'wang', items: [], equipment: [{ name: '打印机', ok: false }] }),
    ).toEqual(['请选择接班人', '设备异常须说明情况：打印机']);
  });
  it('refuses the leaving clerk as her own incoming clerk', () => {
    expect(handoverProblems({ fromId: 'wang', toId: 'wang', items: [], equipment: ok })).toEqual([
      '接班人不能是交班人本人',
    ]);
  });
  it('offers the active operators other than the leaving clerk, by name', () => {
    const ops = [
      { id: 'wang', name: '王前台', active: true },
      { id: 'zhao', name: '赵主管', active: false },
      { id: 'li', name: '李前台', active: true },
      { id: 'chen', name: '陈前台', active: true },
    ];
    expect(takerCandidates(ops, 'wang').map((o) => o.id)).toEqual(['chen', 'li']);
  });
  it('starts with the taker the cash-up names, when she may take over', () => {
    const ops = [
      { id: 'li', name: '李前台', active: true },
      { id: 'chen', name: '陈前台', active: true },
    ];
    expect(suggestedTaker(ops, ' 陈前台 ')?.id).toBe('chen');
    expect(suggestedTaker(ops, '赵主管')).toBeUndefined();
    expect(suggestedTaker(ops, '')).toBeUndefined();
  });
  it('reads the cash of the leaving clerk’s latest cash-up closed during the shift', () => {
    const h = { fromId: 'wang', openedAt: '2026-11-17T00:00:00.000Z' };
    const cashups = [
      { id: 'before', clerkId: 'wang', closedAt: '2026-11-16T09:00:00.000Z' },
      { id: 'first', clerkId: 'wang', closedAt: '2026-11-17T03:00:00.000Z' },
      { id: 'other', clerkId: 'li', closedAt: '2026-11-17T08:00:00.000Z' },
      { id: 'last', clerkId: 'wang', closedAt: '2026-11-17T07:00:00.000Z' },
    ];
    expect(shiftCashup(cashups, h)?.id).toBe('last');
    expect(shiftCashup(cashups.slice(0, 1), h)).toBeUndefined();
  });
  it('carries only open items, unacknowledged, remembering where they started', () => {
    const carried = carryOver(
      [
        item({ id: 'a', acknowledged: true }),
        item({ id: 'b', closedAt: '2026-11-23T02:00:00.000Z' }),
        item({ id: 'c', carriedFrom: 'JB-1' }),
      ],
      'JB-2',
    );
    expect(carried.map((i) => [i.id, i.acknowledged, i.carriedFrom])).toEqual([
      ['a', false, 'JB-2'],
      ['c', false, 'JB-1'],
    ]);
  });
});
