import { describe, expect, it } from 'vitest';
import {
  summarizeMonth,
  previousMonth,
  type MonthlyCaseFacts,
} from '@shared/domain/complaintMonthly';
import {
  complaintRates,
  formatRate,
  officeMonthOf,
  rate,
  type ComplaintRateFacts,
} from '@shared/domain/rates';

const at = (day: string) => `${day}T10:00:00+08:00`;

/** A hand-made May 2026. */
const MAY: ComplaintRateFacts[] = [
  // A: May, valid, closed on time, revisited satisfied within the month.
  {
    receivedAt: at('2026-05-03'),
    valid: true,
    closedAt: at('2026-05-06'),
    closedOnTime: true,
    revisitDueAt: at('2026-05-13'),
    revisits: [{ at: at('2026-05-10'), satisfaction: 'satisfied' }],
  },
  // B: May, not valid, closed late, revisit due in June.
  {
    receivedAt: at('2026-05-10'),
    valid: false,
    closedAt: at('2026-05-20'),
    closedOnTime: false,
    revisitDueAt: at('2026-06-03'),
    revisits: [],
  },
  // C: April, reopened after 不满意 on 8 May, closed again 15 May, revisited 基本满意.
  {
    receivedAt: at('2026-04-28'),
    valid: true,
    closedAt: at('2026-05-15'),
    closedOnTime: true,
    revisitDueAt: at('2026-05-29'),
    revisits: [
      { at: at('2026-05-08'), satisfaction: 'unsatisfied' },
      { at: at('2026-05-20'), satisfaction: 'fair' },
    ],
  },
  // D: 30 May 23:30 office time, not classified yet, open.
  { receivedAt: '2026-05-30T15:30:00Z', revisits: [] },
  // E: 2026-05-31T16:30Z is 1 June 00:30 in China: June.
  { receivedAt: '2026-05-31T16:30:00Z', valid: true, revisits: [] },
  // F: April case whose revisit fell due 4 May and was missed.
  {
    receivedAt: at('2026-04-10'),
    valid: true,
    closedAt: at('2026-04-20'),
    closedOnTime: true,
    revisitDueAt: at('2026-05-04'),
    revisits: [],
  },
  // G: May, valid, closed on time, revisited satisfied.
  {
    receivedAt: at('2026-05-05'),
    valid: true,
    closedAt: at('2026-05-06'),
    closedOnTime: true,
    revisitDueAt: at('2026-05-20'),
    revisits: [{ at: at('2026-05-07'), satisfaction: 'satisfied' }],
  },
];

describe('the four monthly rates', () => {
  it('computes them on a hand-made month', () => {
    const r = complaintRates(MAY, '2026-05');
    // Received in May: A, B, D, G; valid A, G.
    expect(r.valid).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    // Closed in May: A, B, C, G; on time all but B.
    expect(r.onTime).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    // Revisit due in May: A, C, F, G; F missed.
    expect(r.revisit).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    // Revisits made in May: A 满意, C 不满意, C 基本满意, G 满意.
    expect(r.satisfaction).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
  });

  it('reports "not applicable" for zero denominators, never 0 % or 100 %', () => {
    const r = complaintRates(MAY, '2026-07');
    for (const key of ['valid', 'onTime', 'revisit', 'satisfaction'] as const) {
      expect(r[key]).toEqual({ numerator: 0, denominator: 0, value: null });
      expect(formatRate(r[key])).toBe('—');
    }
    // June: only E received (valid), nothing closed; B's revisit falls due but is not made.
    const june = complaintRates(MAY, '2026-06');
    expect(june.valid.value).toBe(1);
    expect(june.onTime.value).toBeNull();
    expect(june.revisit).toEqual({ numerator: 0, denominator: 1, value: 0 });
    expect(formatRate(june.revisit)).toBe('0%');
  });

  it('formats with one decimal and refuses impossible counts', () => {
    expect(formatRate(rate(2, 3))).toBe('66.7%');
    expect(formatRate(rate(1, 8))).toBe('12.5%');
    expect(formatRate(rate(4, 4))).toBe('100%');
    expect(() => rate(3, 2)).toThrow(RangeError);
    expect(() => rate(-1, 2)).toThrow(RangeError);
  });

  it('takes the month in office time', () => {
    expect(officeMonthOf('2026-05-31T16:30:00Z')).toBe('2026-06');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });
});

describe('the monthly summary', () => {
  it('counts May by category, department, channel and severity', () => {
    const base = { revisits: [] };
    const cases: MonthlyCaseFacts[] = [
      {
        ...base,
        kind: 'complaint',
        channel: 'phone',
        receivedAt: at('2026-05-02'),
        category: 'class1',
        severity: 'major',
        department: 'engineering',
        valid: true,
      },
      {
        ...base,
        kind: 'complaint',
        channel: 'visit',
        receivedAt: at('2026-05-03'),
        category: 'class1',
        severity: 'general',
        department: 'cleaning',
        valid: false,
      },
      { ...base, kind: 'complaint', channel: 'phone', receivedAt: at('2026-05-04') },
      {
        ...base,
        kind: 'complaint',
        channel: 'phone',
        receivedAt: at('2026-04-30'),
        category: 'class2',
      },
      {
        ...base,
        kind: 'suggestion',
        channel: 'visit',
        receivedAt: at('2026-05-05'),
        adopted: true,
      },
      { ...base, kind: 'suggestion', channel: 'other', receivedAt: at('2026-05-06') },
    ];
    const c = summarizeMonth(cases, '2026-05', 'complaint');
    expect(c.received).toBe(3);
    expect(c.byCategory).toEqual({ class1: 2, none: 1 });
    expect(c.byDepartment).toEqual({ engineering: 1, cleaning: 1, none: 1 });
    expect(c.byChannel).toEqual({ phone: 2, visit: 1 });
    expect(c.bySeverity).toEqual({ major: 1, general: 1, none: 1 });
    expect(c.rates?.valid).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    const sgs = summarizeMonth(cases, '2026-05', 'suggestion');
    expect(sgs).toMatchObject({ received: 2, byAdoption: { adopted: 1, none: 1 } });
    expect(sgs.rates).toBeUndefined();
  });
});
