import { describe, expect, it } from 'vitest';
import { msUntilOfficeMidnight, officeDateOf } from '@shared/domain/officeTime';

describe('office midnight', () => {
  it('counts to the next midnight in office time (UTC+8), whatever the PC zone', () => {
    // 23:59:30 office time on 30 November is 15:59:30 UTC.
    expect(msUntilOfficeMidnight(Date.parse('2026-11-30T15:59:30Z'))).toBe(30_000);
    // 07:00 UTC is already 15:00 office time: nine hours to go, not seventeen.
    expect(msUntilOfficeMidnight(Date.parse('2026-12-31T07:00:00Z'))).toBe(9 * 3_600_000);
  });

  it('gives a full day at midnight itself, and lands on the next office date', () => {
    const midnight = Date.parse('2026-12-31T16:00:00Z');
    expect(officeDateOf(new Date(midnight).toISOString())).toBe('2027-01-01');
    expect(msUntilOfficeMidnight(midnight)).toBe(86_400_000);
    const at = Date.parse('2026-12-31T15:50:00Z');
    expect(officeDateOf(new Date(at + msUntilOfficeMidnight(at)).toISOString())).toBe('2027-01-01');
  });
});
