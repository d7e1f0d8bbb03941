import { renovatingThisWeek, weekOf, type RenovationWeekRow } from '@shared/domain/renovationWeek';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t, type zhCN } from '../../i18n';

type Col = keyof (typeof zhCN)['renovation']['week']['col'];
type Row = RenovationWeekRow<RenovationRecord>;

/** The notice's columns: on screen, printed and in Excel alike (column, Excel width, text). */
export const WEEK_FIELDS: readonly (readonly [Col, number, (r: Row) => string])[] = [
  ['unit', 12, (r) => r.job.unitCode],
  ['no', 16, (r) => r.job.permitNo ?? r.job.no],
  ['owner', 10, (r) => r.job.ownerName],
  ['contractor', 22, (r) => `${r.job.contractorName} ${r.job.contractorLeader}`],
  ['phone', 14, (r) => r.job.contractorPhone],
  ['period', 24, (r) => `${r.job.plannedStart} ~ ${r.job.permitValidUntil}`],
  ['hours', 14, (r) => r.job.workingHours],
  ['workers', 8, (r) => String(r.job.workers.length)],
  ['mark', 10, (r) => t(`renovation.week.mark.${r.mark}`)],
];

/** The week of `today` and the jobs on site in it (shared/domain/renovationWeek.ts). */
export function weekNotice(jobs: readonly RenovationRecord[], today: string) {
  return { week: weekOf(today), rows: renovatingThisWeek(jobs, today) };
}

export type WeekNotice = ReturnType<typeof weekNotice>;

export const weekSheetColumns = () =>
  WEEK_FIELDS.map(([col, width, value]) => ({
    header: t(`renovation.week.col.${col}`),
    width,
    value,
  }));
