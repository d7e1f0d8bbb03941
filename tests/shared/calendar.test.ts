import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addHours,
  addWorkingDays,
  buildCalendar,
  calendarOverrideSchema,
  calendarYearsCovered,
  formatOfficeDateTime,
  isWorkingDay,
  missingCalendarYears,
  nextWorkingDay,
  officeDateOf,
  toIsoInstant,
  workingDaysBetween,
  type CalendarOverride,
} from '@shared/domain/calendar';

const cal = buildCalendar();
/** Deadline in office time, so expectations read like the paper forms. */
const due = (start: string, n: number, c = cal) =>
  formatOfficeDateTime(addWorkingDays(start, n, c));

describe('office time', () => {
  it('reads text without an offset as China time and stores UTC', () => {
    expect(toIsoInstant('2026-04-30 15:00')).toBe('2026-04-30T07:00:00.000Z');
    expect(toIsoInstant('2026-04-30T15:00:00+08:00')).toBe('2026-04-30T07:00:00.000Z');
    expect(toIsoInstant('2026-04-30T07:00:00.000Z')).toBe('2026-04-30T07:00:00.000Z');
  });

  it('takes the office date, not the UTC date', () => {
    expect(officeDateOf('2026-04-30T17:30:00.000Z')).toBe('2026-05-01');
    expect(officeDateOf('2026-05-01')).toBe('2026-05-01');
  });

  it('refuses malformed or impossible dates', () => {
    expect(() => toIsoInstant('2026-02-30')).toThrow(RangeError);
    expect(() => toIsoInstant('2026-04-30 25:00')).toThrow(RangeError);
    expect(() => toIsoInstant('30/04/2026')).toThrow(RangeError);
  });
});

describe('isWorkingDay with the 2026 statutory calendar', () => {
  it.each([
    ['2026-02-13', true], // Friday before the Spring Festival
    ['2026-02-14', true], // Saturday, make-up working day
    ['2026-02-15', false],
    ['2026-02-18', false], // Wednesday inside the Spring Festival
    ['2026-02-23', false], // Monday, last day of the Spring Festival
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday, make-up working day
    ['2026-03-01', false], // ordinary Sunday
    ['2026-03-07', false], // ordinary Saturday
    ['2026-05-01', false],
    ['2026-05-05', false],
    ['2026-05-09', true], // Saturday, make-up for May Day
    ['2026-09-20', true], // Sunday, make-up for National Day
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true], // Saturday, make-up for National Day
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });

  it('uses the office date of a timestamp', () => {
    // 2026-04-30 16:30 UTC is already 1 May 00:30 in China: a holiday.
    expect(isWorkingDay('2026-04-30T16:30:00.000Z', cal)).toBe(false);
    expect(isWorkingDay('2026-04-30T15:30:00.000Z', cal)).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('jumps May Day: a major complaint of 30 April 15:00 is due 6 May 15:00', () => {
    expect(due('2026-04-30T15:00:00+08:00', 1)).toBe('2026-05-06 15:00');
    expect(addWorkingDays('2026-04-30T07:00:00.000Z', 1, cal)).toBe('2026-05-06T07:00:00.000Z');
  });

  it('counts the Spring Festival make-up Saturday: 5 days from Thu 12 Feb → Thu 26 Feb', () => {
    // 13 Fri (1), 14 Sat make-up (2), 15–23 holiday, 24 Tue (3), 25 Wed (4), 26 Thu (5)
    expect(due('2026-02-12 09:30', 5)).toBe('2026-02-26 09:30');
  });

  it('renovation review of 5 working days from Friday 13 Feb', () => {
    // 14 Sat make-up (1), 24 (2), 25 (3), 26 (4), 27 (5)
    expect(due('2026-02-13 10:00', 5)).toBe('2026-02-27 10:00');
  });

  it('crosses National Day', () => {
    expect(due('2026-09-30 16:00', 1)).toBe('2026-10-08 16:00');
    // general complaint, 3 days: 8 Oct (1), 9 Oct (2), Sat 10 Oct make-up (3)
    expect(due('2026-09-30 16:00', 3)).toBe('2026-10-10 16:00');
    expect(due('2026-10-09 11:00', 1)).toBe('2026-10-10 11:00');
    expect(due('2026-10-10 11:00', 1)).toBe('2026-10-12 11:00');
  });

  it('a received-on-Saturday item is due at the end of the n-th working day', () => {
    expect(due('2026-03-07 10:00', 1)).toBe('2026-03-09 23:59');
    expect(addWorkingDays('2026-03-07 10:00', 1, cal)).toBe('2026-03-09T15:59:59.999Z');
    expect(due('2026-03-08 22:00', 3)).toBe('2026-03-11 23:59');
  });

  it('a holiday start counts from the first working day after the holiday', () => {
    expect(due('2026-05-02 09:00', 1)).toBe('2026-05-06 23:59');
    // make-up Sunday 20 Sept follows Saturday 19 Sept
    expect(due('2026-09-19 09:00', 1)).toBe('2026-09-20 23:59');
  });

  it('Friday afternoon + 1 is Monday afternoon', () => {
    expect(due('2026-03-06 17:45', 1)).toBe('2026-03-09 17:45');
  });

  it('keeps seconds and milliseconds of the time of day', () => {
    expect(addWorkingDays('2026-03-02T01:02:03.456Z', 2, cal)).toBe('2026-03-04T01:02:03.456Z');
  });

  it('0 days is the start itself; negative or fractional days are refused', () => {
    expect(addWorkingDays('2026-03-07 10:00', 0, cal)).toBe('2026-03-07T02:00:00.000Z');
    expect(() => addWorkingDays('2026-03-02 10:00', -1, cal)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02 10:00', 1.5, cal)).toThrow(RangeError);
  });
});

describe('nextWorkingDay and workingDaysBetween', () => {
  it('finds the next working day', () => {
    expect(nextWorkingDay('2026-02-13', cal)).toBe('2026-02-14');
    expect(nextWorkingDay('2026-02-14', cal)).toBe('2026-02-24');
    expect(nextWorkingDay('2026-09-30T20:00:00+08:00', cal)).toBe('2026-10-08');
  });

  it('counts working days in (a, b]', () => {
    // Feb 2026: 2–6 (5), 9–13 (5), Sat 14 (1), 24–27 (4), Sat 28 (1)
    expect(workingDaysBetween('2026-02-01', '2026-02-28', cal)).toBe(16);
    expect(workingDaysBetween('2026-04-30', '2026-05-06', cal)).toBe(1);
    expect(workingDaysBetween('2026-05-06', '2026-04-30', cal)).toBe(-1);
    expect(workingDaysBetween('2026-03-02', '2026-03-02', cal)).toBe(0);
  });

  it('is the inverse of addWorkingDays for a working-day start', () => {
    const start = '2026-09-28T09:00:00+08:00';
    for (const n of [1, 3, 5, 7]) {
      expect(workingDaysBetween(start, addWorkingDays(start, n, cal), cal)).toBe(n);
    }
  });
});

describe('clock and calendar days', () => {
  it('24-hour feedback runs through weekends and holidays', () => {
    expect(formatOfficeDateTime(addHours('2026-04-30 15:00', 24))).toBe('2026-05-01 15:00');
  });

  it('revisit within 1 week / 2 weeks counts calendar days', () => {
    expect(formatOfficeDateTime(addCalendarDays('2026-09-30 16:00', 7))).toBe('2026-10-07 16:00');
    expect(formatOfficeDateTime(addCalendarDays('2026-12-25 09:00', 14))).toBe('2027-01-08 09:00');
  });
});

describe('local overrides', () => {
  // Invented 2028 schedule: the package does not know 2028.
  const overrides2028: CalendarOverride[] = [
    { date: '2028-01-03', kind: 'holiday', name: '元旦' }, // Monday
    { date: '2028-01-08', kind: 'workday', name: '元旦调休' }, // Saturday
  ];
  const cal2028 = buildCalendar(overrides2028);

  it('without overrides 2028 is weekends only', () => {
    expect(isWorkingDay('2028-01-03', cal)).toBe(true);
    expect(isWorkingDay('2028-01-08', cal)).toBe(false);
  });

  it('applies holiday and make-up overrides', () => {
    expect(isWorkingDay('2028-01-03', cal2028)).toBe(false);
    expect(isWorkingDay('2028-01-08', cal2028)).toBe(true);
    // Fri 31 Dec 2027 14:00 + 1: Sat 1, Sun 2, Mon 3 holiday → Tue 4 Jan
    expect(due('2027-12-31 14:00', 1, cal2028)).toBe('2028-01-04 14:00');
    // Fri 7 Jan + 1 → make-up Saturday 8 Jan
    expect(due('2028-01-07 14:00', 1, cal2028)).toBe('2028-01-08 14:00');
  });

  it('an override wins over the statutory data, the later of two overrides wins', () => {
    const c = buildCalendar([
      { date: '2026-10-10', kind: 'holiday' },
      { date: '2026-10-05', kind: 'workday' },
      { date: '2026-10-05', kind: 'holiday' },
    ]);
    expect(isWorkingDay('2026-10-10', c)).toBe(false);
    expect(isWorkingDay('2026-10-05', c)).toBe(false);
    expect(c.holidays.has('2026-10-10') && c.workdays.has('2026-10-10')).toBe(false);
  });

  it('does not change the statutory calendar of other builds', () => {
    buildCalendar([{ date: '2026-03-02', kind: 'holiday' }]);
    expect(isWorkingDay('2026-03-02', buildCalendar())).toBe(true);
  });

  it('refuses an override with a malformed date', () => {
    expect(() => buildCalendar([{ date: '2028-13-01', kind: 'holiday' }])).toThrow(RangeError);
  });

  it('reports years covered and the missing ones', () => {
    const years = calendarYearsCovered();
    expect(years).toContain(2026);
    expect(years).toContain(2004);
    expect(years).not.toContain(2028);
    expect(calendarYearsCovered(overrides2028)).toContain(2028);
    // a make-up day alone does not make a year known
    expect(calendarYearsCovered([{ date: '2030-01-05', kind: 'workday' }])).not.toContain(2030);
    expect(missingCalendarYears('2028-11-20T10:00:00+08:00', overrides2028)).toEqual([2029]);
    expect(missingCalendarYears('2029-06-01', overrides2028)).toEqual([2029, 2030]);
  });

  it('validates override form input with Chinese messages', () => {
    expect(calendarOverrideSchema.safeParse({ date: '2028-01-03', kind: 'holiday' }).success).toBe(
      true,
    );
    const bad = calendarOverrideSchema.safeParse({ date: '2028/1/3', kind: 'rest' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      '日期格式应为 YYYY-MM-DD',
      '请选择放假或调休上班',
    ]);
  });
});
