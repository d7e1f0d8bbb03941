/**
 * Document numbers taken inside the transaction that stores the document.
 *
 * Policy: the counter row is read and advanced in the same `rw` transaction as the record
 * that carries the number. IndexedDB runs overlapping read-write transactions one after
 * another (across windows too), so two clicks or two windows never get the same number; if
 * the transaction fails, the counter change rolls back with the record, so no number is lost.
 * The rules of the number itself (series, period, width) live in `shared/domain/numbering`.
 */
import Dexie from 'dexie';
import {
  DOC_SERIES,
  allocateDocNo,
  counterKey,
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
  const row = await db.counters.get(counterKey(spec, periodKey(spec, date)));
  const allocation = allocateDocNo(spec, date, row?.next);
  await db.counters.put({ key: allocation.key, next: allocation.next });
  return allocation.docNo;
}

/** The number the next document of `series` dated `date` would get; for display only. */
export async function peekDocNo(
  db: TaizhangDB,
  series: DocSeriesKey,
  date: string,
): Promise<string> {
  const spec = DOC_SERIES[series];
  const row = await db.counters.get(counterKey(spec, periodKey(spec, date)));
  return allocateDocNo(spec, date, row?.next).docNo;
}
