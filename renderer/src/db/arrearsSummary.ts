/**
 * The per-unit arrears summary (`billArrears`, issue 21): what each unit still owes by due month,
 * kept current by a DBCore middleware in the same transaction as every change of `bills`.
 *
 * Policy:
 * - The arrears list read every open bill of the estate (and grew with every period left
 *   unpaid); it now reads one summary row per owing unit and ages it as of the month asked.
 * - The summary is derived, never edited: every read-write transaction that includes `bills`
 *   also gets `billArrears` (database.ts), and the middleware below turns each put, add or
 *   delete of a bill into the change of its unit's row — whichever code wrote the bill
 *   (generating, paying, voiding, adjusting, waiving, the fee-history import, rows applied from
 *   another desk, a restore filling a fresh database), so no write path can forget it.
 * - It is local to the desk: each desk derives it from its own bills. A backup carries it like
 *   any table, but a restore does not write the file's rows: the fresh database derives them
 *   again as the bills are written (a merge mixes bills of both sides). Schema version 15
 *   fills it from the open bills on upgrade.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import { applyBillChanges, type ArrearsSummary, type SummaryBill } from '@shared/domain/arrears';
import { REVIEW_MONTHS_TABLE } from './reviewMonths';
import { rowsBeforeWrite } from './writtenRows';

export const SUMMARY_TABLE = 'billArrears';
const BILLS = 'bills';

/** Tables derived from others on this desk: a restore derives them again, never writes them. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set([SUMMARY_TABLE, REVIEW_MONTHS_TABLE]);

interface NativeTransaction {
  objectStoreNames?: { contains(name: string): boolean };
}

function keeps(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as NativeTransaction).objectStoreNames;
  return !!names?.contains(SUMMARY_TABLE);
}

type Change = { before?: SummaryBill | undefined; after?: SummaryBill | undefined };

/** Every bill change grouped by unit (a bill moved to another unit changes both). */
function byUnit(changes: readonly Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  const push = (unitId: string, c: Change) => out.set(unitId, [...(out.get(unitId) ?? []), c]);
  for (const c of changes) {
    const a = c.before?.unitId;
    const b = c.after?.unitId;
    if (a !== undefined && b !== undefined && a !== b) {
      push(a, { before: c.before });
      push(b, { after: c.after });
    } else if (a !== undefined || b !== undefined) push((a ?? b)!, c);
  }
  return out;
}

/** Applies the changes to the units' summary rows, in `trans`. */
async function applyChanges(
  summary: DBCoreTable,
  trans: DBCoreTransaction,
  changes: readonly Change[],
): Promise<void> {
  const units = byUnit(changes);
  if (units.size === 0) return;
  const ids = [...units.keys()];
  const rows = (await summary.getMany({ trans, keys: ids })) as (ArrearsSummary | undefined)[];
  const puts: ArrearsSummary[] = [];
  const deletes: string[] = [];
  ids.forEach((id, i) => {
    const next = applyBillChanges(rows[i], id, units.get(id)!);
    if (next) puts.push(next);
    else if (rows[i]) deletes.push(id);
  });
  if (puts.length > 0) await summary.mutate({ type: 'put', trans, values: puts });
  if (deletes.length > 0) await summary.mutate({ type: 'delete', trans, keys: deletes });
}

/** Every row of a table in `trans` (a range over the whole primary key). */
async function allRows(table: DBCoreTable, trans: DBCoreTransaction): Promise<unknown[]> {
  const { result } = await table.query({
    trans,
    values: true,
    query: {
      index: table.schema.primaryKey,
      range: { type: 3 as DBCoreRangeType /* Any */, lower: undefined, upper: undefined },
    },
  });
  return result;
}

function keepingTable(down: DBCore, bills: DBCoreTable): DBCoreTable {
  return {
    ...bills,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (!keeps(req.trans)) return bills.mutate(req);
      const summary = down.table(SUMMARY_TABLE);
      if (req.type === 'deleteRange') {
        // Only `clear()` deletes by range: derive the summary afresh from what is left.
        const res = await bills.mutate(req);
        const before = (await allRows(summary, req.trans)) as ArrearsSummary[];
        if (before.length > 0)
          await summary.mutate({
            type: 'delete',
            trans: req.trans,
            keys: before.map((r) => r.unitId),
          });
        const left = (await allRows(bills, req.trans)) as SummaryBill[];
        await applyChanges(
          summary,
          req.trans,
          left.map((after) => ({ after })),
        );
        return res;
      }
      const { keys, before } = await rowsBeforeWrite<SummaryBill>(bills, req);
      const res = await bills.mutate(req);
      const changes: Change[] = [];
      for (let i = 0; i < keys.length; i++) {
        if (Object.hasOwn(res.failures, i)) continue;
        const after = req.type === 'delete' ? undefined : (req.values[i] as SummaryBill);
        changes.push({ before: before[i], after });
      }
      await applyChanges(summary, req.trans, changes);
      return res;
    },
  };
}

/** The middleware; installed once per database (database.ts). */
export function arrearsSummaryMiddleware(): Middleware<DBCore> {
  const create = (down: DBCore): DBCore => ({
    ...down,
    table: (name) => (name === BILLS ? keepingTable(down, down.table(name)) : down.table(name)),
  });
  return { stack: 'dbcore', name: 'arrearsSummary', create };
}

/** Schema version 15's upgrade: the summary of every unit, from the open bills stored. */
export async function fillArrearsSummary(tx: Transaction): Promise<void> {
  const open = (await tx.table(BILLS).where('status').equals('open').toArray()) as SummaryBill[];
  const units = byUnit(open.map((after) => ({ after })));
  const rows: ArrearsSummary[] = [];
  for (const [id, changes] of units) {
    const row = applyBillChanges(undefined, id, changes);
    if (row) rows.push(row);
  }
  await tx.table(SUMMARY_TABLE).clear();
  await tx.table(SUMMARY_TABLE).bulkAdd(rows);
}
