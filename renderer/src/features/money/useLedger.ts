import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { officeDateOf } from '@shared/domain/officeTime';
import type { MoneyDocKind, MoneyDocStatus, PaymentMethod } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { nowIso } from '../../db/ids';
import type { ReceiptFilter, ReceiptPage } from '../../db/repositories/receiptSearch';

export const LEDGER_LIMIT = 500;

/** The ledger's filter as the controls hold it. */
export interface LedgerFilterState {
  fromDate: string;
  toDate: string;
  no: string;
  unitCode: string;
  unitId: string;
  payer: string;
  itemCode?: string;
  method?: PaymentMethod;
  status?: MoneyDocStatus;
  kind?: MoneyDocKind;
}

const monthSoFar = (today: string) => ({ fromDate: `${today.slice(0, 8)}01`, toDate: today });

/** This month so far, in office dates. */
export function defaultLedgerFilter(today = officeDateOf(nowIso())): LedgerFilterState {
  return {
    ...monthSoFar(today),
    no: '',
    unitCode: '',
    unitId: '',
    payer: '',
  };
}

/**
 * The filter when the office day turns from `from` to `to` with the ledger open: still on
 * "this month so far", it moves to the new day (a receipt issued after midnight shows); dates
 * the clerk chose stay.
 */
export function followLedgerDay(f: LedgerFilterState, from: string, to: string): LedgerFilterState {
  const old = monthSoFar(from);
  if (f.fromDate !== old.fromDate || f.toDate !== old.toDate) return f;
  return { ...f, ...monthSoFar(to) };
}

function toQuery(f: LedgerFilterState): ReceiptFilter {
  return {
    ...(f.fromDate ? { fromDate: f.fromDate } : {}),
    ...(f.toDate ? { toDate: f.toDate } : {}),
    ...(f.no.trim() ? { no: f.no } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.payer.trim() ? { payer: f.payer } : {}),
    ...(f.itemCode ? { itemCode: f.itemCode } : {}),
    ...(f.method ? { method: f.method } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  };
}

/** Waits for typing to pause before the value moves on. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The ledger rows for a filter, live: a receipt issued, voided or refunded shows at once.
 * Typed filters wait 250 ms, and the repository reads only through an index.
 */
export function useLedger(filter: LedgerFilterState): {
  page: ReceiptPage | undefined;
  query: ReceiptFilter;
} {
  const repos = useRepos();
  const query = useMemo(() => toQuery(filter), [filter]);
  const key = useDebounced(JSON.stringify(query), 250);
  const settled = useMemo(() => JSON.parse(key) as ReceiptFilter, [key]);
  const page = useLiveQuery(() => repos.receipts.search(settled, LEDGER_LIMIT), [repos, settled]);
  return { page, query: settled };
}
