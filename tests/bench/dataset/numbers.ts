import {
  allocateDocNo,
  counterKey,
  DOC_SERIES,
  periodKey,
  type DocSeriesKey,
} from '@shared/domain/numbering';
import type { CounterRow } from '../../../renderer/src/db/records';
import { iso } from './random';

/**
 * Numbers documents the way `nextDocNo` does (per series and period, from 1), and remembers
 * each counter so the loaded database issues the next number after the generated ones.
 * Callers number in date order, as the desk did.
 */
export function makeNumberer() {
  const counters = new Map<string, number>();
  return {
    next(series: DocSeriesKey, atMs: number): string {
      const s = DOC_SERIES[series];
      const a = allocateDocNo(s, iso(atMs), counters.get(counterKey(s, periodKey(s, iso(atMs)))));
      counters.set(a.key, a.next);
      return a.docNo;
    },
    rows(): CounterRow[] {
      return [...counters].map(([key, next]) => ({ key, next }));
    },
  };
}

export type Numberer = ReturnType<typeof makeNumberer>;
