import { describe, expect, it } from 'vitest';
import {
  MAX_PENDING,
  addPending,
  parsePending,
  reconcilePending,
  removePending,
} from '@shared/domain/pendingRequests';

const p = (requestId: string, startedAt = '2026-03-02T01:00:00.000Z') => ({ requestId, startedAt });

describe('pending request notes', () => {
  it('reads a stored list and ignores anything it cannot trust', () => {
    expect(parsePending(undefined)).toEqual([]);
    expect(parsePending('[]')).toEqual([]);
    expect(parsePending({ requestId: 'a', startedAt: 'x' })).toEqual([]);
    expect(
      parsePending([p('a'), { requestId: '', startedAt: 'x' }, { requestId: 3 }, null, p('b')]),
    ).toEqual([p('a'), p('b')]);
  });

  it('adds once per requestId, newest last, and caps the list', () => {
    const list = addPending(addPending([p('a')], p('b')), p('a', '2026-03-02T02:00:00.000Z'));
    expect(list).toEqual([p('b'), p('a', '2026-03-02T02:00:00.000Z')]);
    let many = [p('first')];
    for (let i = 0; i < MAX_PENDING; i += 1) many = addPending(many, p(`r${i}`));
    expect(many).toHaveLength(50);
    expect(many[0]?.requestId).toBe('r0');
  });

  it('removes only the named notes', () => {
    expect(removePending([p('a'), p('b'), p('c')], ['a', 'c', 'zz'])).toEqual([p('b')]);
  });

  it('splits committed-but-unconfirmed records from writes that never happened', () => {
    const pending = [
      p('late', '2026-03-02T03:00:00.000Z'),
      p('lost', '2026-03-02T02:00:00.000Z'),
      p('early', '2026-03-02T01:00:00.000Z'),
    ];
    const found = [
      { requestId: 'early', no: 'SJ2026-000007' },
      { requestId: 'late', no: 'SJ2026-000009' },
      { requestId: 'other', no: 'SJ2026-000001' },
    ];
    expect(reconcilePending(pending, found)).toEqual({
      unconfirmed: [
        { requestId: 'early', no: 'SJ2026-000007' },
        { requestId: 'late', no: 'SJ2026-000009' },
      ],
      neverWritten: ['lost'],
    });
    expect(reconcilePending([], found)).toEqual({ unconfirmed: [], neverWritten: [] });
  });
});
