import { describe, expect, it } from 'vitest';
import { nextDocNo, peekDocNo } from '../../renderer/src/db/repositories/numbering';
import { makeTestDb } from './makeTestDb';

describe('nextDocNo', () => {
  it('refuses to run outside a read-write transaction on counters', async () => {
    const db = makeTestDb();
    await expect(nextDocNo(db, 'receipt', '2026-03-02T02:00:00Z')).rejects.toThrow(
      /inside a read-write transaction/,
    );
    await expect(
      db.transaction('r', db.counters, () => nextDocNo(db, 'receipt', '2026-03-02T02:00:00Z')),
    ).rejects.toThrow(/inside a read-write transaction/);
  });

  it('counts per series and per office year', async () => {
    const db = makeTestDb();
    const take = (series: 'receipt' | 'refund', date: string) =>
      db.transaction('rw', db.counters, () => nextDocNo(db, series, date));
    expect(await take('receipt', '2026-03-02T02:00:00Z')).toBe('SJ2026-000001');
    expect(await take('receipt', '2026-03-02T03:00:00Z')).toBe('SJ2026-000002');
    expect(await take('refund', '2026-03-02T03:00:00Z')).toBe('TK2026-000001');
    // 16:30 UTC on 31 December is 00:30 on 1 January in the office: the new year's first.
    expect(await take('receipt', '2026-12-31T16:30:00Z')).toBe('SJ2027-000001');
    expect(await take('receipt', '2026-12-31T15:30:00Z')).toBe('SJ2026-000003');
    expect(await peekDocNo(db, 'receipt', '2026-06-01T00:00:00Z')).toBe('SJ2026-000004');
  });

  it('leaves the number unused when the transaction fails', async () => {
    const db = makeTestDb();
    await expect(
      db.transaction('rw', db.counters, async () => {
        await nextDocNo(db, 'receipt', '2026-03-02T02:00:00Z');
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await db.counters.count()).toBe(0);
    const no = await db.transaction('rw', db.counters, () =>
      nextDocNo(db, 'receipt', '2026-03-02T02:00:00Z'),
    );
    expect(no).toBe('SJ2026-000001');
  });
});
