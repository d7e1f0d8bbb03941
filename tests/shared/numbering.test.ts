import { describe, expect, it } from 'vitest';
import {
  DOC_SERIES,
  allocateDocNo,
  counterKey,
  formatDocNo,
  parseDocNo,
  periodKey,
} from '@shared/domain/numbering';

describe('formatDocNo', () => {
  it('formats yearly and monthly series', () => {
    expect(formatDocNo(DOC_SERIES.receipt, '2026', 123)).toBe('SJ2026-000123');
    expect(formatDocNo(DOC_SERIES.refund, '2026', 5)).toBe('TK2026-000005');
    expect(formatDocNo(DOC_SERIES.complaint, '202611', 7)).toBe('TS-202611-0007');
    expect(formatDocNo(DOC_SERIES.suggestion, '202611', 3)).toBe('JY-202611-0003');
    expect(formatDocNo(DOC_SERIES.workOrder, '202601', 12)).toBe('WX-202601-0012');
    expect(formatDocNo(DOC_SERIES.pass, '2026', 42)).toBe('CR2026-00042');
  });

  it('grows past the width instead of wrapping', () => {
    expect(formatDocNo(DOC_SERIES.complaint, '202611', 12345)).toBe('TS-202611-12345');
  });

  it('refuses bad sequence numbers and periods', () => {
    expect(() => formatDocNo(DOC_SERIES.receipt, '2026', 0)).toThrow(RangeError);
    expect(() => formatDocNo(DOC_SERIES.receipt, '2026', 1.5)).toThrow(RangeError);
    expect(() => formatDocNo(DOC_SERIES.receipt, '202611', 1)).toThrow(RangeError);
    expect(() => formatDocNo(DOC_SERIES.complaint, '202613', 1)).toThrow(RangeError);
  });
});

describe('periodKey', () => {
  it('takes year or year+month in office time', () => {
    expect(periodKey(DOC_SERIES.receipt, '2026-11-05T10:00:00+08:00')).toBe('2026');
    expect(periodKey(DOC_SERIES.complaint, '2026-11-05T10:00:00+08:00')).toBe('202611');
    // 2026-12-31 16:30 UTC is 1 January 2027 00:30 in China
    expect(periodKey(DOC_SERIES.receipt, '2026-12-31T16:30:00.000Z')).toBe('2027');
    expect(periodKey(DOC_SERIES.complaint, '2026-12-31T16:30:00.000Z')).toBe('202701');
  });
});

describe('counters', () => {
  it('keys counter rows by prefix and period', () => {
    expect(counterKey(DOC_SERIES.receipt, '2026')).toBe('counter:SJ:2026');
    expect(counterKey(DOC_SERIES.complaint, '202611')).toBe('counter:TS:202611');
  });

  it('allocates the first number of a period and the following ones', () => {
    expect(allocateDocNo(DOC_SERIES.complaint, '2026-11-05 10:00', undefined)).toEqual({
      key: 'counter:TS:202611',
      docNo: 'TS-202611-0001',
      next: 2,
    });
    expect(allocateDocNo(DOC_SERIES.receipt, '2026-11-05 10:00', 124)).toEqual({
      key: 'counter:SJ:2026',
      docNo: 'SJ2026-000124',
      next: 125,
    });
  });
});

describe('parseDocNo', () => {
  it('reads numbers back, tolerant of case and spaces', () => {
    expect(parseDocNo('SJ2026-000123')).toEqual({ series: 'receipt', period: '2026', seq: 123 });
    expect(parseDocNo(' ts-202611-0007 ')).toEqual({
      series: 'complaint',
      period: '202611',
      seq: 7,
    });
    expect(parseDocNo('FX-202602-0010')).toEqual({
      series: 'releasePass',
      period: '202602',
      seq: 10,
    });
    expect(parseDocNo('jb-202611-0003')).toEqual({ series: 'handover', period: '202611', seq: 3 });
    expect(parseDocNo('TS-202611-12345')).toEqual({
      series: 'complaint',
      period: '202611',
      seq: 12345,
    });
  });

  it('rejects foreign or malformed numbers', () => {
    for (const bad of [
      '',
      'SJ-2026-000123',
      'SJ2026-123',
      'TS202611-0007',
      'TS-202613-0007',
      'QQ2026-000001',
      'SJ2026-000000',
    ]) {
      expect(parseDocNo(bad)).toBeNull();
    }
  });

  it('round-trips every series', () => {
    for (const [key, s] of Object.entries(DOC_SERIES)) {
      const period = s.period === 'year' ? '2026' : '202611';
      expect(parseDocNo(formatDocNo(s, period, 9))).toEqual({ series: key, period, seq: 9 });
    }
  });

  it('has unique prefixes', () => {
    const prefixes = Object.values(DOC_SERIES).map((s) => s.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(prefixes.sort()).toEqual([
      'BF',
      'CD',
      'CR',
      'CW',
      'DC',
      'FX',
      'JB',
      'JY',
      'SJ',
      'TK',
      'TS',
      'WX',
      'XC',
      'XK',
      'ZX',
      'ZXD',
    ]);
  });
});

describe('desk series (issue 20)', () => {
  it('puts the desk code between period and running number', () => {
    expect(formatDocNo(DOC_SERIES.receipt, '2026', 123, 'B')).toBe('SJ2026-B-000123');
    expect(formatDocNo(DOC_SERIES.complaint, '202611', 7, 'C2')).toBe('TS-202611-C2-0007');
    // the first desk keeps the unlettered form
    expect(formatDocNo(DOC_SERIES.receipt, '2026', 123, '')).toBe('SJ2026-000123');
  });

  it('keeps each desk series on its own counter row', () => {
    expect(counterKey(DOC_SERIES.receipt, '2026', 'B')).toBe('counter:SJ:B:2026');
    expect(counterKey(DOC_SERIES.receipt, '2026')).toBe('counter:SJ:2026');
    const b = allocateDocNo(DOC_SERIES.receipt, '2026-11-05T10:00:00+08:00', 4, 'B');
    expect(b).toEqual({ key: 'counter:SJ:B:2026', docNo: 'SJ2026-B-000004', next: 5 });
  });

  it('reads desk numbers back, and old numbers as the first desk series', () => {
    expect(parseDocNo('sj2026-b-000123')).toEqual({
      series: 'receipt',
      period: '2026',
      seq: 123,
      desk: 'B',
    });
    expect(parseDocNo('TS-202611-C2-0007')).toMatchObject({ series: 'complaint', desk: 'C2' });
    expect(parseDocNo('SJ2026-000123')?.desk).toBeUndefined();
  });

  it('refuses desk codes that could be read as a period or running number', () => {
    expect(() => formatDocNo(DOC_SERIES.receipt, '2026', 1, '2')).toThrow(RangeError);
    expect(() => formatDocNo(DOC_SERIES.receipt, '2026', 1, 'b')).toThrow(RangeError);
    expect(() => counterKey(DOC_SERIES.receipt, '2026', 'ABCD')).toThrow(RangeError);
    expect(parseDocNo('SJ2026-1-000123')).toBeNull();
  });
});
