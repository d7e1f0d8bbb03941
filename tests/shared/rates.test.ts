import { describe, expect, it } from 'vitest';
import {
  summarizeMonth,
  previousMonth,
  type MonthlyCaseFacts,
} from '@shared/domain/complaintMonthly';
import {
  complaintRates,
  formatPercent,
  formatRate,
  officeMonthOf,
  perHouseholdRate,
  rate,
  type ComplaintRateFacts,
} from '@shared/domain/rates';
import {
  DEFAULT_RATE_TARGETS,
  meetsTarget,
  rateTargetsSchema,
} from '@shared/domain/review/targets';

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

describe('有效投诉率 (002): valid complaints ÷ households', () => {
  it('divides the month’s valid complaints by the estate’s households', () => {
    // Received in May and valid: A and G.
    const r = complaintRates(MAY, '2026-05', 800);
    expect(r.perHousehold).toEqual({ numerator: 2, denominator: 800, value: 0.0025 });
    expect(formatRate(r.perHousehold, 2)).toBe('0.25%');
    // 投诉有效率 (valid ÷ received) is the desk's own statistic, unchanged.
    expect(r.valid).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
  });

  it('is not applicable without households: "—", never NaN or Infinity', () => {
    for (const r of [
      complaintRates(MAY, '2026-05').perHousehold,
      complaintRates([], '2026-05', 0).perHousehold,
    ]) {
      expect(r.value).toBeNull();
      expect(formatRate(r, 2)).toBe('—');
    }
    expect(complaintRates([], '2026-05', 500).perHousehold).toEqual({
      numerator: 0,
      denominator: 500,
      value: 0,
    });
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('may exceed 100 % on a tiny estate, and refuses impossible counts', () => {
    expect(perHouseholdRate(3, 2).value).toBe(1.5);
    expect(() => perHouseholdRate(-1, 2)).toThrow(RangeError);
    expect(() => perHouseholdRate(1, 2.5)).toThrow(RangeError);
  });

  it('reaches the monthly summary', () => {
    const s = summarizeMonth(
      MAY.map((c) => ({ ...c, kind: 'complaint' as const, channel: 'phone' as const })),
      '2026-05',
      'complaint',
      1000,
    );
    expect(s.rates?.perHousehold.value).toBe(0.002);
  });
});

describe('a past date recorded on a case (补录)', () => {
  const closed: ComplaintRateFacts = {
    receivedAt: at('2026-05-03'),
    valid: true,
    closedAt: at('2026-05-06'),
    closedOnTime: true,
    revisits: [],
  };

  it('never counts as on time, whatever was stored at its close', () => {
    expect(onTime([closed])).toBe(1);
    expect(onTime([{ ...closed, pastDateReason: '系统故障后补录' }])).toBe(0);
    // An agreed date earlier than when it was agreed, or than the receipt itself.
    expect(onTime([{ ...closed, agreedDueAt: at('2026-05-04'), agreedAt: at('2026-05-05') }])).toBe(
      0,
    );
    expect(onTime([{ ...closed, agreedDueAt: at('2026-05-01') }])).toBe(0);
    // An agreed date ahead of the moment it was agreed is a real deadline.
    expect(onTime([{ ...closed, agreedDueAt: at('2026-05-08'), agreedAt: at('2026-05-04') }])).toBe(
      1,
    );
  });
});

function onTime(cases: ComplaintRateFacts[]): number | null {
  return complaintRates(cases, '2026-05').onTime.value;
}

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

describe('the rate targets', () => {
  it('holds 有效投诉率 below 1 % and the others at or above theirs; 投诉有效率 has none', () => {
    expect(DEFAULT_RATE_TARGETS).toEqual({
      perHousehold: 0.01,
      onTime: 0.95,
      revisit: 1,
      satisfaction: 0.9,
    });
    expect(meetsTarget('perHousehold', 0.0099, 0.01)).toBe(true);
    expect(meetsTarget('perHousehold', 0.01, 0.01)).toBe(false);
    expect(meetsTarget('onTime', 0.95, 0.95)).toBe(true);
    expect(meetsTarget('onTime', 0.9, 0.95)).toBe(false);
    expect(meetsTarget('perHousehold', null, 0.01)).toBeNull();
  });

  it('drops a stored 投诉有效率 target and fills the 有效投诉率 ceiling', () => {
    expect(rateTargetsSchema.parse({ valid: 0.9, onTime: 0.9 })).toEqual({
      perHousehold: 0.01,
      onTime: 0.9,
      revisit: 1,
      satisfaction: 0.9,
    });
  });
});
