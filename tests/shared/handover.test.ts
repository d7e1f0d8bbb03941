import { describe, expect, it } from 'vitest';
import { carryOver, handoverProblems, type HandoverItem } from '@shared/domain/handover';

function item(over: Partial<HandoverItem> = {}): HandoverItem {
  return {
    id: 'i1',
    text: '3-1-1201 漏水待维修回复',
    createdAt: '2026-11-23T01:00:00.000Z',
    createdByName: '王前台',
    acknowledged: false,
    ...over,
  };
}

const ok = [{ name: '打印机', ok: true }];

describe('交接班不到位不走', () => {
  it('refuses to close with an unacknowledged open item', () => {
    expect(handoverProblems({ toName: '李前台', items: [item()], equipment: ok })).toEqual([
      '还有 1 项未结事项未经接班人确认：3-1-1201 漏水待维修回复',
    ]);
  });
  it('closes once the item is acknowledged, or when it was closed', () => {
    expect(
      handoverProblems({ toName: '李前台', items: [item({ acknowledged: true })], equipment: ok }),
    ).toEqual([]);
    expect(
      handoverProblems({
        toName: '李前台',
        items: [item({ closedAt: '2026-11-23T02:00:00.000Z' })],
        equipment: ok,
      }),
    ).toEqual([]);
  });
  it('needs the incoming clerk and a note on broken equipment', () => {
    expect(
      handoverProblems({ toName: ' ', items: [], equipment: [{ name: '打印机', ok: false }] }),
    ).toEqual(['请填写接班人', '设备异常须说明情况：打印机']);
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
