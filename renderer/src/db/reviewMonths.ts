/**
 * The monthly review's stored months (`reviewMonths`, schema version 17, issue 21): each month
 * that is over, its figures and trend point as the review computed them, so a review opened in
 * a new session reads a few stored rows instead of the records of thirteen months.
 *
 * Policy:
 * - Derived, never edited: written only by the review (reviewRepository.ts) from the same pure
 *   functions it shows (shared/domain/review), and only for months that are over (the running
 *   month depends on the clock). A row is stamped with `REVIEW_MONTHS_VERSION`: a row of another
 *   version (figures of an older app) is not read.
 * - Dropped in the same transaction as the write that could change it: every read-write
 *   transaction on a table the review reads also gets `reviewMonths` (database.ts), and the
 *   middleware below turns each change of a row into "every stored month from the earliest
 *   month the row (before or after) names, on" (`earliestMonth`). A record counts only in months
 *   from its own earliest date on (received, issued, applied, due, paid …), so the months before
 *   it keep. What every month reads as it is now drops every month: a unit becoming or ceasing to
 *   be a household, a key lent or returned (the key board), a survey round, a setting the figures
 *   may take (all but this PC's own and a few read afresh), a renovation job's ledger links (its deposits' dates are on the receipts).
 *   A bill drops months only when a field the figures read changed (a payment changes the bill's
 *   paid amount, and its settlement row carries the payment's date).
 * - Local to the desk, like `billArrears`: not replicated (each desk derives its own), and a
 *   restore does not write a backup's rows of it (DERIVED_TABLES): the fresh database starts
 *   with none and the review stores months again as it computes them.
 * - After the commit the desk's review cache is told the earliest month dropped
 *   (`onStoredMonthsDropped`), so months it had taken from the table are read again.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { officeMonthFast } from '@shared/domain/review/facts';
import type { MonthlyFigures, TrendPoint } from '@shared/domain/review/figures';
import { isHousehold } from '@shared/domain/units';
import type { UnitStatus } from '@shared/domain/units';
import { rowsBeforeWrite } from './writtenRows';

export const REVIEW_MONTHS_TABLE = 'reviewMonths';

/** The shape of the stored figures; a change of MonthlyFigures or of how it is computed bumps it. */
export const REVIEW_MONTHS_VERSION = 1;

export interface ReviewMonthRecord {
  /** `YYYY-MM`, office time; a month that is over. */
  month: string;
  v: number;
  figures: MonthlyFigures;
  point: TrendPoint;
}

/** The tables a review window reads, and the settings its figures take. */
export const REVIEW_TABLES: ReadonlySet<string> = new Set([
  'cases',
  'workOrders',
  'renovations',
  'receipts',
  'mailItems',
  'visits',
  'keyLoans',
  'keys',
  'units',
  'settings',
  'enquiries',
  'surveyRounds',
  'surveyResponses',
  'bills',
  'billPayments',
]);

/**
 * Settings that change no stored month: this PC's own, what the review reads afresh each time
 * (the estate's name, the rate targets) and the importers' remembered columns. Any other
 * (deadlines, the working-day calendar, billing thresholds …) drops every month.
 */
const NOT_IN_FIGURES = new Set([
  'printing',
  'sync',
  'language',
  'profile',
  'rateTargets',
  'rosterCodes',
  'feeHistoryColumns',
  'renovationAgreement',
]);

/** Drops every stored month. */
const ALL = '';

const DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** When a row was written, not what it records: no figure reads them (shared/domain/review). */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'deletedAt']);

/**
 * The earliest office month any date, instant or month of `value` names (at any depth), leaving
 * out a record's own bookkeeping times.
 */
function earliestDate(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') {
    if (!DATE.test(value)) return undefined;
    return value.includes('T') ? officeMonthFast(value) : value.slice(0, 7);
  }
  if (depth > 4 || value === null || typeof value !== 'object') return undefined;
  let earliest: string | undefined;
  const values = Array.isArray(value)
    ? value
    : Object.entries(value).flatMap(([k, v]) => (depth === 0 && BOOKKEEPING.has(k) ? [] : [v]));
  for (const v of values) {
    const m = earliestDate(v, depth + 1);
    if (m !== undefined && (earliest === undefined || m < earliest)) earliest = m;
  }
  return earliest;
}

type Row = Record<string, unknown> | undefined;

const linksOf = (job: Row) =>
  JSON.stringify(
    [job?.['receipts'], job?.['refunds']].map((links) =>
      Array.isArray(links) ? links.map((l: { docId?: unknown }) => l.docId) : [],
    ),
  );

/** What a bill tells the figures (BillFacts): a change of anything else drops no month. */
const billFacts = (bill: Row) =>
  bill === undefined
    ? ''
    : JSON.stringify([
        bill['unitId'],
        bill['unitCode'],
        bill['building'],
        bill['dueMonth'],
        bill['itemCode'],
        bill['amountFen'],
        bill['status'] === 'waived',
        bill['deletedAt'] !== undefined,
      ]);

/**
 * The earliest stored month that a row of `table` changing from `before` to `after` could
 * change: `ALL` for every month, undefined for none.
 */
export function earliestMonth(table: string, before: Row, after: Row): string | undefined {
  switch (table) {
    case 'settings':
      return NOT_IN_FIGURES.has(String((before ?? after)?.['key'])) ? undefined : ALL;
    case 'units': {
      const household = (u: Row) => u !== undefined && isHousehold(u['status'] as UnitStatus);
      return household(before) !== household(after) ? ALL : undefined;
    }
    case 'keys':
      return before?.['loanId'] !== after?.['loanId'] ? ALL : undefined;
    case 'surveyRounds':
      return ALL;
    case 'renovations':
      if (linksOf(before) !== linksOf(after)) return ALL;
      break;
    case 'bills':
      if (billFacts(before) === billFacts(after)) return undefined;
      break;
  }
  const dates = [earliestDate(before), earliestDate(after)].filter(
    (m): m is string => m !== undefined,
  );
  // A row naming no date at all: nothing tells which months it counts in.
  return dates.length === 0 ? ALL : dates.reduce((a, b) => (b < a ? b : a));
}

interface NativeTransaction {
  objectStoreNames?: { contains(name: string): boolean };
  addEventListener?(type: 'complete', listener: () => void): void;
}

const keeps = (trans: DBCoreTransaction) =>
  !!(trans as unknown as NativeTransaction).objectStoreNames?.contains(REVIEW_MONTHS_TABLE);

type DropListener = (dbName: string, from: string) => void;
const dropListeners = new Set<DropListener>();

/**
 * Calls `listener(dbName, from)` after each commit that dropped the stored months from `from`
 * (`''`: all) on; returns the undo.
 */
export function onStoredMonthsDropped(listener: DropListener): () => void {
  dropListeners.add(listener);
  return () => dropListeners.delete(listener);
}

/** The earliest month each open transaction dropped, reported once it commits. */
const droppedIn = new WeakMap<DBCoreTransaction, string>();

function noteDrop(dbName: string, trans: DBCoreTransaction, from: string): void {
  const known = droppedIn.get(trans);
  if (known !== undefined && known <= from) return;
  if (known === undefined)
    (trans as unknown as NativeTransaction).addEventListener?.('complete', () => {
      const earliest = droppedIn.get(trans);
      if (earliest === undefined) return;
      for (const listener of dropListeners) listener(dbName, earliest);
    });
  droppedIn.set(trans, from);
}

const ANY = 3 as DBCoreRangeType; // DBCoreRangeType.Any
const RANGE = 2 as DBCoreRangeType; // DBCoreRangeType.Range
const EVERY = { type: ANY, lower: undefined, upper: undefined };

async function storedCount(stored: DBCoreTable, trans: DBCoreTransaction): Promise<number> {
  return stored.count({
    trans,
    query: { index: stored.schema.primaryKey, range: EVERY },
  });
}

/** Deletes the stored months from `from` on (all for `ALL`), in `trans`. */
async function dropFrom(stored: DBCoreTable, trans: DBCoreTransaction, from: string) {
  await stored.mutate({
    type: 'deleteRange',
    trans,
    range:
      from === ALL
        ? EVERY
        : { type: RANGE, lower: from, lowerOpen: false, upper: '9999-99', upperOpen: false },
  });
}

function droppingTable(dbName: string, down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (!keeps(req.trans)) return table.mutate(req);
      const stored = down.table(REVIEW_MONTHS_TABLE);
      // Nothing stored (a fresh database, a restore filling one): nothing to drop, nothing read.
      if ((await storedCount(stored, req.trans)) === 0) return table.mutate(req);
      if (req.type === 'deleteRange') {
        const res = await table.mutate(req);
        await dropFrom(stored, req.trans, ALL);
        noteDrop(dbName, req.trans, ALL);
        return res;
      }
      const { keys, before } = await rowsBeforeWrite<Row>(table, req);
      const res = await table.mutate(req);
      let from: string | undefined;
      for (let i = 0; i < keys.length; i++) {
        if (Object.hasOwn(res.failures, i)) continue;
        const after = req.type === 'delete' ? undefined : (req.values[i] as Row);
        const m = earliestMonth(table.name, before[i], after);
        if (m !== undefined && (from === undefined || m < from)) from = m;
        if (from === ALL) break;
      }
      if (from !== undefined) {
        await dropFrom(stored, req.trans, from);
        noteDrop(dbName, req.trans, from);
      }
      return res;
    },
  };
}

/** The middleware; installed once per database (database.ts). */
export function reviewMonthsMiddleware(dbName: () => string): Middleware<DBCore> {
  const create = (down: DBCore): DBCore => ({
    ...down,
    table: (name) =>
      REVIEW_TABLES.has(name) ? droppingTable(dbName(), down, down.table(name)) : down.table(name),
  });
  return { stack: 'dbcore', name: 'reviewMonths', create };
}
