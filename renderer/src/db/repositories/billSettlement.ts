/**
 * Settlements of bills by receipts (issue 18), shared by the bill repository (paying) and the
 * receipt repository (voiding reopens what a receipt paid). Every helper runs inside the
 * caller's transaction, which must include `billTables(db)` and the audit table.
 */
import type { Actor } from '@shared/domain/record';
import { brokenPromises } from '@shared/domain/arrears';
import { MoneyRuleError } from '@shared/domain/receipt';
import { formatFen } from '@shared/domain/money';
import { updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import type { ArrearsChaseRecord, BillPaymentRecord, BillRecord, BillStatus } from '../feeRecords';
import { newId, nowIso } from '../ids';
import type { ReceiptRecord } from '../records';

/** The tables a settlement touches besides the receipts'. */
export function billTables(db: TaizhangDB) {
  return [db.bills, db.billPayments];
}

/** A bill's status from its amounts. */
export function billStatusOf(
  bill: Pick<BillRecord, 'amountFen' | 'paidFen' | 'status'>,
): BillStatus {
  if (bill.status === 'waived') return 'waived';
  return bill.paidFen >= bill.amountFen ? 'paid' : 'open';
}

/** A settlement row with its record fields; the receipt's or bill's audit entry covers it. */
export function paymentRow(
  actor: Actor,
  row: Omit<BillPaymentRecord, 'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'at'>,
): BillPaymentRecord {
  const now = nowIso();
  return {
    ...row,
    id: newId(),
    at: now,
    createdAt: now,
    updatedAt: now,
    createdBy: actor.id,
    updatedBy: actor.id,
  };
}

/** The unit's prepayment (预存) still held: prepaid by valid receipts minus what bills used. */
export async function creditOf(db: TaizhangDB, unitId: string): Promise<number> {
  const rows = await db.billPayments.where('unitId').equals(unitId).toArray();
  let credit = 0;
  for (const r of rows) {
    if (r.voidedAt) continue;
    if (r.kind === 'prepay') credit += r.amountFen;
    else if (r.kind === 'credit') credit -= r.amountFen;
  }
  return credit;
}

/** Adds `fen` to a bill's paid amount (negative to take it off), audited on the bill. */
export async function settleBill(
  db: TaizhangDB,
  actor: Actor,
  bill: BillRecord,
  fen: number,
): Promise<BillRecord> {
  const paidFen = bill.paidFen + fen;
  return updateAudited(
    db,
    db.bills,
    bill.id,
    { paidFen, status: billStatusOf({ ...bill, paidFen }) },
    actor,
  );
}

/**
 * Voiding a receipt: what it paid on bills is taken off them (they reopen) and what it held as
 * prepayment is withdrawn. Refused when that prepayment was already used on later bills: the
 * money is no longer there to take back.
 */
export async function reopenBillsOf(
  db: TaizhangDB,
  actor: Actor,
  receipt: ReceiptRecord,
): Promise<void> {
  const rows = (await db.billPayments.where('receiptId').equals(receipt.id).toArray()).filter(
    (r) => !r.voidedAt,
  );
  if (rows.length === 0) return;
  const prepaid = rows.filter((r) => r.kind === 'prepay').reduce((s, r) => s + r.amountFen, 0);
  if (prepaid > 0 && receipt.unitId) {
    const credit = await creditOf(db, receipt.unitId);
    if (credit < prepaid) {
      throw new MoneyRuleError([
        `${receipt.no} 的预存款 ${formatFen(prepaid)} 元已有 ${formatFen(prepaid - Math.max(credit, 0))} 元抵扣了后续账单，不能作废`,
      ]);
    }
  }
  const voidedAt = nowIso();
  for (const row of rows) {
    await db.billPayments.put({ ...row, voidedAt, updatedAt: voidedAt, updatedBy: actor.id });
    if (row.kind !== 'bill' || !row.billId) continue;
    const bill = await db.bills.get(row.billId);
    if (bill) await settleBill(db, actor, bill, -row.amountFen);
  }
}

/** Promises to pay (承诺缴费) whose date is before `today` while the unit still owes. */
export async function brokenPromisesAt(
  db: TaizhangDB,
  today: string,
): Promise<ArrearsChaseRecord[]> {
  const passed = await db.arrearsChases.where('promiseDate').below(today).toArray();
  if (passed.length === 0) return [];
  const units = [...new Set(passed.map((c) => c.unitId))];
  const [chases, bills] = await Promise.all([
    db.arrearsChases.where('unitId').anyOf(units).toArray(),
    db.bills.where('unitId').anyOf(units).toArray(),
  ]);
  // A newer promise (not yet due) replaces an older broken one: the rule reads them all.
  const owing = new Set(bills.filter((b) => b.status === 'open').map((b) => b.unitId));
  return brokenPromises(chases, owing, today);
}
