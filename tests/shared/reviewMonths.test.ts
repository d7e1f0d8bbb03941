import { describe, expect, it } from 'vitest';
import { officeMonthOf } from '../../shared/domain/rates';
import { officeMonthFast } from '../../shared/domain/review/facts';
import {
  monthAsOf,
  nextMonth,
  officeMonthRange,
  previousMonth,
  sameMonthLastYear,
  trendMonths,
} from '../../shared/domain/review/months';

describe('review months', () => {
  it('steps across year boundaries', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(sameMonthLastYear('2026-01')).toBe('2025-01');
    expect(sameMonthLastYear('2024-02')).toBe('2023-02');
    expect(trendMonths('2026-03')[0]).toBe('2025-04');
    expect(trendMonths('2026-03')).toHaveLength(12);
  });

  it('covers an office month in UTC instants (China is 8 hours ahead)', () => {
    expect(officeMonthRange('2026-01')).toEqual({
      from: '2025-12-31T16:00:00.000Z',
      to: '2026-01-31T16:00:00.000Z',
    });
  });

  it('measures a running month at now and a past month at its end', () => {
    expect(monthAsOf('2026-10', '2026-10-25T04:00:00Z')).toBe('2026-10-25T04:00:00.000Z');
    expect(monthAsOf('2026-10', '2026-11-20T00:00:00Z')).toBe('2026-10-31T16:00:00.000Z');
  });

  it('reads stored instants into the same office month as the full parser', () => {
    for (const iso of [
      '2026-01-31T15:59:59.999Z',
      '2026-01-31T16:00:00.000Z',
      '2025-12-31T16:00:00Z',
      '2026-02-28T16:00:00.000Z',
      '2026-03-01T08:00:00+08:00',
      '2026-03-01 07:59',
    ])
      expect(officeMonthFast(iso), iso).toBe(officeMonthOf(iso));
    expect(officeMonthFast('2026-01-31T16:00:00.000Z')).toBe('2026-02');
  });

  it('refuses a malformed month', () => {
    expect(() => sameMonthLastYear('2026-13')).toThrow(RangeError);
  });
});
