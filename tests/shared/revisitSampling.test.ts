import { describe, expect, it } from 'vitest';
import {
  drawRevisitSample,
  revisitRule,
  revisitSampleRate,
  revisitSampleSize,
  sampleMonthOn,
} from '@shared/domain/revisitSampling';

const ids = (n: number, prefix = 'wo') =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(4, '0')}`);

describe('revisit sample size (004 §4.2: ≤100 all, 101–300 30 %, >300 10 %, rounded up)', () => {
  it.each([
    [0, 0],
    [80, 80],
    [100, 100],
    [101, 31],
    [250, 75],
    [300, 90],
    [301, 31],
    [1000, 100],
  ])('%i completed routine orders → %i revisits', (completed, expected) => {
    expect(revisitSampleSize(completed)).toBe(expected);
  });

  it('names the band', () => {
    expect([100, 101, 300, 301].map(revisitSampleRate)).toEqual([100, 30, 30, 10]);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => revisitSampleSize(-1)).toThrow(RangeError);
    expect(() => revisitSampleSize(2.5)).toThrow(RangeError);
  });
});

describe('emergency repairs', () => {
  it('are always revisited; routine ones are sampled', () => {
    expect(revisitRule('emergency')).toBe('always');
    expect(revisitRule('routine')).toBe('sampled');
  });
});

describe('drawing the month sample', () => {
  it('takes every order of a small month', () => {
    const pool = ids(80);
    expect(drawRevisitSample('2026-11', pool).sort()).toEqual(pool);
  });

  it('takes 75 distinct orders of 250, all from the pool', () => {
    const pool = ids(250);
    const sample = drawRevisitSample('2026-11', pool);
    expect(sample).toHaveLength(75);
    expect(new Set(sample).size).toBe(75);
    for (const id of sample) expect(pool).toContain(id);
  });

  it('is reproducible: the same month gives the same sample, whatever the order of the ids', () => {
    const pool = ids(301);
    const first = drawRevisitSample('2026-11', pool);
    const again = drawRevisitSample('2026-11', [...pool].reverse());
    expect(again).toEqual(first);
    expect(first).toHaveLength(31);
  });

  it('draws another sample in another month', () => {
    const pool = ids(250);
    const nov = drawRevisitSample('2026-11', pool);
    const dec = drawRevisitSample('2026-12', pool);
    expect(dec).not.toEqual(nov);
  });

  it('does not just take the first orders', () => {
    const sample = drawRevisitSample('2026-11', ids(1000));
    expect(sample).toHaveLength(100);
    expect(sample.filter((id) => id > 'wo-0100').length).toBeGreaterThan(50);
  });

  it('counts a repeated id once and refuses a bad month', () => {
    expect(drawRevisitSample('2026-11', ['a', 'a', 'b'])).toHaveLength(2);
    expect(() => drawRevisitSample('2026-13', ['a'])).toThrow(RangeError);
  });
});

describe('sampleMonthOn', () => {
  it('draws this month from the sampling day on, and last month before it', () => {
    expect(sampleMonthOn('2026-11-26', 26)).toBe('2026-11');
    expect(sampleMonthOn('2026-11-30', 26)).toBe('2026-11');
    expect(sampleMonthOn('2026-11-25', 26)).toBe('2026-10');
    expect(sampleMonthOn('2026-12-03', 26)).toBe('2026-11');
  });

  it('reaches back across the new year', () => {
    expect(sampleMonthOn('2027-01-05', 26)).toBe('2026-12');
    expect(sampleMonthOn('2027-01-01', 1)).toBe('2027-01');
  });
});
