import type { TodayItem, TodayState } from './todayBoard';

/**
 * One register's item for the today board: its state fixed by the register's rule (`state`), or
 * worked out from `dueAt` by the board, `overdue` when the register already knows it is late.
 */
export type BoardDue = Omit<TodayItem, 'state'> & { state?: TodayState; overdue?: boolean };

/** The route that opens a record of a register (`/keys?open=…`). */
export const openRoute = (path: string, id: string) => `${path}?open=${encodeURIComponent(id)}`;
