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

/** Plan items not fulfilled and due today or earlier (not before `since`), for the board. */
export function visitPlanDues(
  f: VisitPlanBoardFacts,
  today: string,
): (Omit<TodayItem, 'state'> & { overdue: boolean })[] {
  return f.items
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
