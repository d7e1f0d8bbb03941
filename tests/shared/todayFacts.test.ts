import { describe, expect, it } from 'vitest';
import {
  deskFirstDay,
  dueMovings,
  undigestedSuggestionTimes,
  unreviewedPeriods,
} from '@shared/domain/todayFacts';

describe('today board filters', () => {
  it('keeps only open suggestions not yet in a digest', () => {
    const base = { kind: 'suggestion', status: 'open', receivedAt: '2026-11-17T01:00:00.000Z' };
    expect(
      undigestedSuggestionTimes([
        base,
        { ...base, receivedAt: 'b', status: 'dispatched' },
        { ...base, receivedAt: 'closed', status: 'closed' },
        { ...base, receivedAt: 'digested', digestAt: '2026-11-17T09:00:00.000Z' },
        { ...base, receivedAt: 'complaint', kind: 'complaint' },
        { ...base, receivedAt: 'deleted', deletedAt: '2026-11-17T02:00:00.000Z' },
      ]),
    ).toEqual([base.receivedAt, 'b']);
  });

  it('keeps issued passes with a booked window as moving appointments', () => {
    const window = { movingDate: '2026-11-17', windowFrom: '09:00', windowTo: '11:00' };
    const pass = (id: string, over: object = {}) => ({
      id,
      no: id,
      status: 'issued',
      ...window,
      ...over,
    });
    const kept = dueMovings([
      pass('FX-1'),
      pass('used', { status: 'used' }),
      pass('no window', { windowTo: undefined }),
      pass('deleted', { deletedAt: 'x' }),
    ]);
    expect(kept).toEqual([{ id: 'FX-1', no: 'FX-1', ...window, lift: '' }]);
  });

  it('dates the desk from its first operator, today when none', () => {
    expect(deskFirstDay([], '2026-11-17')).toBe('2026-11-17');
    expect(
      deskFirstDay(
        [{ createdAt: '2026-11-10T20:00:00.000Z' }, { createdAt: '2026-11-12T01:00:00.000Z' }],
        '2026-11-17',
      ),
    ).toBe('2026-11-11');
  });

  it('lists the unsigned weeks and months since the desk began', () => {
    const out = unreviewedPeriods(
      [
        { kind: 'weekly', period: '2026-11-09' },
        { kind: 'weekly', period: '2026-11-16', deletedAt: 'x' },
      ],
      '2026-11-17',
      '2026-11-05',
    );
    expect(out).toEqual({ weeks: ['2026-11-02', '2026-11-16'], months: ['2026-11'] });
  });
});
