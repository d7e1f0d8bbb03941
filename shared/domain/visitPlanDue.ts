/**
 * The visit plan's items on the today board (拜访计划逾期): see visitPlan.ts for the policy.
 */
import { endOfOfficeDay } from './renovationDue';
import type { TodayItem } from './todayBoard';
import { planYearOf, VISIT_KIND_LABELS, type PlanItem } from './visitPlan';

/** What the board reads of the plan: this year's items and the desk's first day. */
export interface VisitPlanBoardFacts {
  items: readonly PlanItem[];
  /** Office date of the desk's first run: older unfulfilled items are not on the board. */
  since: string;
}

/**
 * The head's visits fulfil the plan in order (the k-th visit the k-th item), so a desk begun
 * in November would owe January to October first. Those items are not the desk's debt: on the
 * board, the year's head visits count first towards the items due on or after `since`.
 */
function sinceFirst(items: readonly PlanItem[], since: string): PlanItem[] {
  const heads = items.filter((i) => i.kind === 'head');
  let visits = heads.reduce((n, i) => n + i.done, 0);
  const owed = new Map<string, number>();
  for (const i of heads
    .filter((h) => h.dueOn >= since)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn)))
    owed.set(i.key, visits-- > 0 ? 1 : 0);
  return items.map((i) => (owed.has(i.key) ? { ...i, done: owed.get(i.key)! } : i));
}

/** Plan items not fulfilled and due today or earlier (not before `since`), for the board. */
export function visitPlanDues(
  f: VisitPlanBoardFacts,
  today: string,
): (Omit<TodayItem, 'state'> & { overdue: boolean })[] {
  return sinceFirst(f.items, f.since)
    .filter((i) => i.done < i.target && i.dueOn <= today && i.dueOn >= f.since)
    .map((i) => {
      const who = i.area ?? i.unitCode ?? i.title ?? '';
      const left = i.target - i.done;
      return {
        kind: 'visitPlan' as const,
        recordId: i.key,
        subject: [VISIT_KIND_LABELS[i.kind], i.period, who, i.target > 1 ? `还差 ${left} 户` : '']
          .filter(Boolean)
          .join(' · '),
        ...(i.unitCode ? { unitCode: i.unitCode } : {}),
        dueAt: endOfOfficeDay(i.dueOn),
        // The key names its item within a year; last year's items are on the board too.
        route: `/visits?plan=${encodeURIComponent(i.key)}&year=${planYearOf(i)}`,
        overdue: i.dueOn < today,
      };
    });
}
