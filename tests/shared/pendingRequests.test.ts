import { describe, expect, it } from 'vitest';
import {
  MAX_PENDING,
  acknowledgePending,
  addPending,
  belongsToRequest,
  derivedRequestId,
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

  it('derives the ids of later documents of one write, and only those belong to it', () => {
    expect([1, 2, 3].map((n) => derivedRequestId('r1', n))).toEqual(['r1', 'r1-2', 'r1-3']);
    expect(belongsToRequest('r1', 'r1')).toBe(true);
    expect(belongsToRequest('r1-2', 'r1')).toBe(true);
    expect(belongsToRequest('r10', 'r1')).toBe(false);
    expect(belongsToRequest(undefined, 'r1')).toBe(false);
  });

  it('lists every document of one write once, and leaves out those already checked', () => {
    const pending = [p('r1'), { ...p('r1-2'), startedAt: '2026-03-02T05:00:00.000Z' }];
    const found = [{ requestId: 'r1' }, { requestId: 'r1-2' }, { requestId: 'r10' }];
    // 'r1-2' is both its own note and derived from 'r1': still shown once.
    expect(reconcilePending(pending, found).unconfirmed).toEqual([
      { requestId: 'r1' },
      { requestId: 'r1-2' },
    ]);
    const checked = [{ ...p('r1'), acknowledged: ['r1'] }];
    expect(reconcilePending(checked, found)).toEqual({
      unconfirmed: [{ requestId: 'r1-2' }],
      neverWritten: [],
    });
  });

  it('keeps a note until every document of its write is checked', () => {
    const written = ['r1', 'r1-2', 'other'];
    const once = acknowledgePending([p('r1'), p('other')], 'r1-2', written);
    expect(once).toEqual([{ ...p('r1'), acknowledged: ['r1-2'] }, p('other')]);
    expect(acknowledgePending(once, 'r1', written)).toEqual([p('other')]);
    expect(acknowledgePending([p('other')], 'other', written)).toEqual([]);
    expect(parsePending([{ ...p('a'), acknowledged: [1] }])).toEqual([]);
  });
});
