/**
 * Renovation deadlines and overdue flags: the review (5 working days after a complete
 * application), the works' planned end, and the deposit refunds (7 / 3 working days after
 * acceptance). The day counts are settings (deadlines.ts); this module only says which
 * deadline is running in which state.
 */
import type { WorkCalendar } from './calendar';
import {
  depositRefundDue,
  dueState,
  renovationReviewDue,
  type DeadlineSettings,
  type DueState,
} from './deadlines';
import type { RenovationState } from './renovationFlow';

export type RenovationDueKind = 'review' | 'works' | 'depositRefund' | 'passRefund';

export const RENOVATION_DUE_LABELS: Record<RenovationDueKind, string> = {
  review: '审批',
  works: '完工',
  depositRefund: '退保证金',
  passRefund: '退出入证押金',
};

export interface RenovationDue {
  kind: RenovationDueKind;
  due: string;
  state: DueState;
}

/** What the due dates need of a job. */
export interface RenovationTimes {
  state: RenovationState;
  submittedAt?: string;
  /** Planned (or extended) end of works, `YYYY-MM-DD`. */
  worksEnd: string;
  acceptedAt?: string;
  /** Pass deposits already settled (refunded or kept). */
  passesSettled: boolean;
}

/** The deadlines running for a job at `now`, each with its colour. */
export function renovationDues(
  job: RenovationTimes,
  now: string,
  s: DeadlineSettings,
  cal: WorkCalendar,
): RenovationDue[] {
  const out: RenovationDue[] = [];
  const add = (kind: RenovationDueKind, due: string) =>
    out.push({ kind, due, state: dueState(due, now, s.dueSoonHours) });
  if (job.state === 'pendingReview' && job.submittedAt)
    add('review', renovationReviewDue(job.submittedAt, s, cal));
  if (job.state === 'working') add('works', endOfOfficeDay(job.worksEnd));
  if (job.state === 'pendingRefund' && job.acceptedAt) {
    add('depositRefund', depositRefundDue(job.acceptedAt, 'renovation', s, cal));
    if (!job.passesSettled) add('passRefund', depositRefundDue(job.acceptedAt, 'pass', s, cal));
  }
  return out;
}

/** The last moment of an office date (`YYYY-MM-DD`, China time), as a UTC ISO string. */
export function endOfOfficeDay(date: string): string {
  return new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();
}

/** Whether any running deadline of the job is past. */
export function isRenovationOverdue(dues: readonly RenovationDue[]): boolean {
  return dues.some((d) => d.state === 'overdue');
}
