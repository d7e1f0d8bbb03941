/**
 * Document numbers taken inside the transaction that stores the document.
 *
 * Policy: the counter row is read and advanced in the same `rw` transaction as the record
 * that carries the number. IndexedDB runs overlapping read-write transactions one after
 * another (across windows too), so two clicks or two windows never get the same number; if
 * the transaction fails, the counter change rolls back with the record, so no number is lost.
 * The rules of the number itself (series, period, width) live in `shared/domain/numbering`.
 * Each desk numbers in its own series (issue 20): its code is the counters row
 * `DESK_SERIES_KEY`, read in the same transaction, so every register's numbers follow it with
 * no change at their call sites.
 */
import Dexie from 'dexie';
import {
  DOC_SERIES,
  allocateDocNo,
  counterKey,
  DESK_SERIES_KEY,
  isDeskSeries,
  periodKey,
  type DocSeries,
  type DocSeriesKey,
} from '@shared/domain/numbering';
import type { TaizhangDB } from '../database';

/**
 * The next number of `series` for a document dated `date` (ISO), advancing the counter.
 * Must be awaited inside a `db.transaction('rw', [..., db.counters], …)`.
 */
export async function nextDocNo(
  db: TaizhangDB,
  series: DocSeriesKey | DocSeries,
  date: string,
): Promise<string> {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.db !== db || tx.mode !== 'readwrite' || !tx.storeNames.includes('counters')) {
    throw new Error(
      'nextDocNo must run inside a read-write transaction that includes the counters table',
    );
  }
  const spec = typeof series === 'string' ? DOC_SERIES[series] : series;
  const desk = await deskSeries(db);
  const row = await db.counters.get(counterKey(spec, periodKey(spec, date), desk));
  const allocation = allocateDocNo(spec, date, row?.next, desk);
  await db.counters.put({ key: allocation.key, next: allocation.next });
  return allocation.docNo;
}

/** This desk's series code ('' = the first desk's unlettered series). */
export async function deskSeries(db: TaizhangDB): Promise<string> {
  const row = await db.counters.get(DESK_SERIES_KEY);
  const code = row?.series ?? '';
  return isDeskSeries(code) ? code : '';
}

/**
 * Sets this desk's series (settings → 多台电脑同步). Switching series later never reuses a
 * number: each series keeps its own counter rows.
 */
export async function setDeskSeries(db: TaizhangDB, code: string): Promise<void> {
  if (!isDeskSeries(code)) throw new RangeError(`Invalid desk series: ${code}`);
  await db.counters.put({ key: DESK_SERIES_KEY, next: 1, series: code });
}

/** The number the next document of `series` dated `date` would get; for display only. */
export async function peekDocNo(
  db: TaizhangDB,
  series: DocSeriesKey,
  date: string,
): Promise<string> {
  const spec = DOC_SERIES[series];
  const desk = await deskSeries(db);
  const row = await db.counters.get(counterKey(spec, periodKey(spec, date), desk));
  return allocateDocNo(spec, date, row?.next, desk).docNo;
}
