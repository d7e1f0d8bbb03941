import { describe, expect, it } from 'vitest';
import { ownSeriesFloors, seriesOfDeskCode } from '@shared/domain/sync/deskNumbers';

describe('desk series across replication', () => {
  it('gives the first desk the unlettered series', () => {
    expect(seriesOfDeskCode('A')).toBe('');
    expect(seriesOfDeskCode('B')).toBe('B');
  });

  it('raises only this desk’s counters above the numbers a row carries', () => {
    const row = {
      no: 'ZX2026-B-0007',
      permitNo: 'XK2026-B-0003',
      passNos: ['CR2026-B-00010', 'CR2026-B-00011', 'CR2026-00099'],
      note: 'SJ2026-B-000001 mentioned in a long text is not a number field……',
    };
    expect(Object.fromEntries(ownSeriesFloors(row, 'B'))).toEqual({
      'counter:ZX:B:2026': 8,
      'counter:XK:B:2026': 4,
      'counter:CR:B:2026': 12,
    });
    expect(Object.fromEntries(ownSeriesFloors(row, ''))).toEqual({ 'counter:CR:2026': 100 });
  });
});
