import type { RenovationMonthRow, RenovationMonthStats } from '@shared/domain/renovationStats';
import { t, type MessageKey } from '../../i18n';

/** The text columns of 每月装修统计表, in order; 押金 (heldFen) follows as the money column. */
const TEXT_COLUMNS: readonly (readonly [keyof RenovationMonthRow, MessageKey])[] = [
  ['no', 'renovation.col.no'],
  ['unitCode', 'renovation.col.unit'],
  ['ownerName', 'renovation.col.owner'],
  ['contractorName', 'renovation.col.contractor'],
  ['appliedOn', 'renovation.print.applied'],
  ['startedOn', 'renovation.print.started'],
  ['acceptedOn', 'renovation.print.accepted'],
  ['closedOn', 'renovation.print.closed'],
  ['stateLabel', 'renovation.print.state'],
];

/**
 * The month's statistics column by column, one list for the screen, the printed form and the
 * workbook: each column's field and head, 押金 last.
 */
export const statsColumns = (): { field: keyof RenovationMonthRow; head: string }[] => [
  ...TEXT_COLUMNS.map(([field, key]) => ({ field, head: t(key) })),
  { field: 'heldFen', head: t('renovation.print.held') },
];

/** A row's text cells (without 押金), in the columns' order. */
export const statsTextCells = (r: RenovationMonthRow): string[] =>
  TEXT_COLUMNS.map(([field]) => String(r[field]));

/** 本月申请 … 押金在管 above the list, with the held deposits written by `held`. */
export const statsSummary = (stats: RenovationMonthStats, held: (fen: number) => string) =>
  t('renovation.print.statsSummary', {
    applied: stats.applied,
    started: stats.started,
    accepted: stats.accepted,
    closed: stats.closed,
    inWorks: stats.inWorks,
    held: held(stats.heldFen),
  });
