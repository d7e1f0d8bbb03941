import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIT_PLAN, visitPlan } from '@shared/domain/visitPlan';
import { visitPlanDues } from '@shared/domain/visitPlanDue';

const plan = (visits: { id: string; date: string }[]) =>
  visitPlan({
    year: 2026,
    settings: DEFAULT_VISIT_PLAN,
    households: [],
    moveIns: [],
    events: [],
    visits: visits.map((v) => ({ ...v, kind: 'head' as const })),
  }).filter((i) => i.kind === 'head');

describe('the head’s visits on the board of a desk begun mid-year', () => {
  it('counts the year’s visits first towards the months the desk owes', () => {
    // Begun 17 November: the November and December visits are owed; one visit settles November.
    const owed = (visits: { id: string; date: string }[], today: string) =>
      visitPlanDues({ items: plan(visits), since: '2026-11-17' }, today).map((d) => d.recordId);
    expect(owed([], '2026-12-01')).toEqual(['head:11']);
    expect(owed([{ id: 'v1', date: '2026-11-20' }], '2026-12-01')).toEqual([]);
    // At the year's end December is owed too, and one visit covers only one month.
    expect(owed([{ id: 'v1', date: '2026-11-20' }], '2026-12-31')).toEqual(['head:12']);
  });
});
