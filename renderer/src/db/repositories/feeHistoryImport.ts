/**
 * Writing a checked fee-history file (issue 18, rules in shared/domain/feeHistory.ts): past
 * bills, the other system's payments on them and so the opening arrears, in ONE transaction
 * with ONE `import` audit entry. Payments are stored as history (`BillPaymentRecord.history`),
 * never as receipts of this desk's ledger: see feeRecords.ts for why.
 */
import {
  checkFeeHistory,
  feeHistoryTotals,
  type FeeHistoryMapping,
  type FeeHistoryRecord,
  type FeeHistoryResult,
} from '@shared/domain/feeHistory';
import type { BillingSettings } from '@shared/domain/billing';
import { formatFen } from '@shared/domain/money';
import { toIsoInstant } from '@shared/domain/officeTime';
import { requireRole, type Actor } from '@shared/domain/record';
import { writeImportAudit } from '../audited';
import type { TaizhangDB } from '../database';
import type { BillPaymentRecord, BillRecord } from '../feeRecords';
import { newId, nowIso } from '../ids';

export interface FeeHistoryImportResult {
  bills: number;
  payments: number;
  /** Rows whose bill was stored meanwhile (another desk, a second click): left out. */
  already: number;
  openingArrearsFen: number;
  summary: string;
}

export function createFeeHistoryImport(db: TaizhangDB, billing: () => Promise<BillingSettings>) {
  return {
    /** Checks a sheet against the archive and the stored bills. Writes nothing. */
    async check(
      rows: readonly Record<string, unknown>[],
      mapping: FeeHistoryMapping,
      today: string,
    ): Promise<FeeHistoryResult> {
      const [units, keys, settings] = await Promise.all([
        db.units.toArray(),
        db.bills.orderBy('key').keys(),
        billing(),
      ]);
      // Any standard's item names: history reaches back before today's standard.
      const items = settings.standards.flatMap((s) => s.monthlyItems);
      return checkFeeHistory(rows, mapping, {
        units: new Map(
          units
            .filter((u) => !u.deletedAt)
            .map((u) => [u.code, { id: u.id, code: u.code, building: u.building }]),
        ),
        items,
        existingKeys: new Set(keys as string[]),
        today,
      });
    },

    /**
     * Writes the checked rows as past bills (source `imported`) and their payments as history,
     * supervisors only: it states what the estate is owed. A bill whose key is stored by the
     * time of the write is left out with its payment, so importing a file twice adds nothing.
     */
    async commit(
      actor: Actor,
      file: string,
      rows: readonly FeeHistoryRecord[],
      skippedRows: number,
    ): Promise<FeeHistoryImportResult> {
      requireRole(actor, 'supervisor');
      return db.transaction('rw', [db.bills, db.billPayments, db.audit], async () => {
        const taken = new Set(
          (
            await db.bills
              .where('key')
              .anyOf(rows.map((r) => r.key))
              .toArray()
          ).map((b) => b.key),
        );
        const fresh = rows.filter((r) => !taken.has(r.key));
        const at = nowIso();
        const stamp = { createdAt: at, updatedAt: at, createdBy: actor.id, updatedBy: actor.id };
        const bills: BillRecord[] = [];
        const payments: BillPaymentRecord[] = [];
        for (const r of fresh) {
          const id = newId();
          bills.push({
            id,
            key: r.key,
            unitId: r.unitId,
            unitCode: r.unitCode,
            building: r.building,
            period: r.period,
            dueMonth: r.dueMonth,
            itemCode: r.itemCode,
            itemName: r.itemName,
            amountFen: r.dueFen,
            baseFen: r.dueFen,
            paidFen: r.paidFen,
            status: r.paidFen >= r.dueFen ? 'paid' : 'open',
            basis: r.basis,
            source: 'imported',
            adjustments: [],
            ...(r.notes ? { note: r.notes } : {}),
            ...stamp,
          });
          if (r.paidFen > 0 && r.paidOn) {
            payments.push({
              id: newId(),
              kind: 'bill',
              unitId: r.unitId,
              billId: id,
              amountFen: r.paidFen,
              at: toIsoInstant(r.paidOn),
              history: { cashier: r.cashier, paidOn: r.paidOn, file },
              ...stamp,
            });
          }
        }
        await db.bills.bulkAdd(bills);
        if (payments.length) await db.billPayments.bulkAdd(payments);
        const totals = feeHistoryTotals(fresh);
        const parts = [
          `历史账单 ${bills.length} 条`,
          `原系统收款 ${payments.length} 笔 ${formatFen(totals.paidFen)} 元`,
          `期初欠费 ${formatFen(totals.openingArrearsFen)} 元`,
        ];
        if (taken.size) parts.push(`已有账单 ${taken.size} 条未重复导入`);
        if (skippedRows) parts.push(`跳过有误的行 ${skippedRows} 行`);
        const summary = `导入历史缴费《${file}》：${parts.join('，')}`;
        await writeImportAudit(db, actor, 'bills', summary, {
          bills: bills.length,
          billPayments: payments.length,
        });
        return {
          bills: bills.length,
          payments: payments.length,
          already: taken.size,
          openingArrearsFen: totals.openingArrearsFen,
          summary,
        };
      });
    },
  };
}
