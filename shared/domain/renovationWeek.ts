/**
 * The units under renovation this week (本周装修单元), for the notice the desk sends to 工程部
 * and 安护部 (engineering checks the works, security lets the workers in).
 *
 * Policy:
 * - A week runs Monday to Sunday in office dates (as the revisit reviews count it).
 * - A job under way (施工中) is listed for as long as it is under way, also past its permit's
 *   last day (marked overrun, so the patrol asks why).
 * - An approved job (已批准, fees not yet paid) is listed when its planned start falls on or
 *   before the week's Sunday: it may start any day, and the guards must know it is coming.
 * - Every other state is not on site: waiting for review, done (待验收 and after), or stopped.
 * - Listed by building then unit code, so the notice reads floor by floor.
 */
import type { RenovationState } from './renovationFlow';
import { weekEndOf, weekStartOf } from './revisitSupervision';

export interface RenovationWeekFacts {
  id: string;
  no: string;
  state: RenovationState;
  unitCode: string;
  plannedStart: string;
  plannedEnd: string;
  /** Last day of the permit (planned end or the extension). */
  permitValidUntil: string;
  startedAt?: string;
}

export type WeekMark = 'working' | 'overrun' | 'starting';

export interface RenovationWeekRow<T> {
  job: T;
  mark: WeekMark;
}

/** Monday and Sunday of the week holding office date `today`. */
export function weekOf(today: string): { from: string; to: string } {
  const from = weekStartOf(today);
  return { from, to: weekEndOf(from) };
}

/** The jobs on site in the week of `today`, with why each is listed (see the policy). */
export function renovatingThisWeek<T extends RenovationWeekFacts>(
  jobs: readonly T[],
  today: string,
): RenovationWeekRow<T>[] {
  const { from, to } = weekOf(today);
  const rows: RenovationWeekRow<T>[] = [];
  for (const job of jobs) {
    if (job.state === 'working')
      rows.push({ job, mark: job.permitValidUntil < from ? 'overrun' : 'working' });
    else if (job.state === 'approved' && job.plannedStart <= to)
      rows.push({ job, mark: 'starting' });
  }
  return rows.sort((a, b) =>
    a.job.unitCode.localeCompare(b.job.unitCode, 'zh-CN', { numeric: true }),
  );
}
