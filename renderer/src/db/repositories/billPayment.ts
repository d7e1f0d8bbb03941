/**
 * Paying bills (issue 18): one receipt of the ledger per payment, so the fees are one money
 * trail with one numbering; the bills settled and any prepayment are written in the receipt's
 * own transaction.
 */
import { PREPAYMENT_ITEM, periodLabel } from '@shared/domain/billing';
import { checkAllocations, type Allocation } from '@shared/domain/arrears';
import type { Actor } from '@shared/domain/record';
import {
  MoneyRuleError,
  type PayerKind,
  type PaymentMethod,
  type ReceiptLine,
} from '@shared/domain/receipt';
import { mustLive } from '../audited';
import type { TaizhangDB } from '../database';
import type { BillRecord } from '../feeRecords';
import type { ReceiptRecord } from '../records';
import type { MoneySettingsReader } from './moneySettings';
import { receiptTables, type ReceiptRepository } from './receiptRepository';
import { billTables, paymentRow, settleBill } from './billSettlement';
import { optional } from './receiptInputs';

export interface PayBillsInput {
  requestId: string;
  unitId: string;
  payerKind: PayerKind;
  payerName: string;
  payerPhone?: string;
  method: PaymentMethod;
  methodRef?: string;
  note?: string;
  /** The bills paid and how much of each (oldest first by default: `settleOldestFirst`). */
  allocations: Allocation[];
  /** Paid beyond the bills, held as prepayment (预存). */
  prepayFen: number;
}

/** The `pay` action of the bill repository. */
export function createBillPayment(
  db: TaizhangDB,
  money: MoneySettingsReader,
  receipts: ReceiptRepository,
) {
  /**
   * Pays bills with one receipt of the ledger (SJ number): the picked allocations are put on
   * the bills and any extra is held as prepayment, all in the receipt's transaction.
   */
  return async function pay(actor: Actor, input: PayBillsInput): Promise<ReceiptRecord> {
    const { maxReceiptFen } = await money();
    return db.transaction('rw', [...receiptTables(db), ...billTables(db), db.units], async () => {
      const unit = await mustLive(db.units, input.unitId);
      const already = await db.receipts.where('requestId').equals(input.requestId).first();
      const bills = await Promise.all(input.allocations.map((a) => db.bills.get(a.billId)));
      const open = bills
        .filter((b): b is BillRecord => !!b && b.unitId === unit.id && b.status === 'open')
        .map((b) => ({ ...b, openFen: b.amountFen - b.paidFen }));
      if (!already) {
        const problems = checkAllocations(open, input.allocations);
        if (!Number.isSafeInteger(input.prepayFen) || input.prepayFen < 0)
          problems.push('预存金额无效');
        if (problems.length > 0) throw new MoneyRuleError(problems);
      }
      const lines: ReceiptLine[] = input.allocations.map((a) => {
        const bill = bills.find((b) => b?.id === a.billId);
        return {
          code: bill?.itemCode ?? 'property_fee',
          name: `${bill?.itemName ?? ''}（${bill ? periodLabel(bill.period) : ''}）`,
          quantity: 1,
          unitFen: a.fen,
          amountFen: a.fen,
          refundable: false,
        };
      });
      if (input.prepayFen > 0)
        lines.push({
          code: PREPAYMENT_ITEM,
          name: '预存款',
          quantity: 1,
          unitFen: input.prepayFen,
          amountFen: input.prepayFen,
          refundable: false,
        });
      const receipt = await receipts.issuePricedWithin(
        actor,
        {
          ...optional({
            payerPhone: input.payerPhone,
            methodRef: input.methodRef,
            note: input.note,
          }),
          requestId: input.requestId,
          payerKind: input.payerKind,
          payerName: input.payerName,
          unitId: unit.id,
          unitCode: unit.code,
          method: input.method,
        },
        lines,
        maxReceiptFen,
      );
      if (already) return receipt; // a repeat of the same request: settled the first time
      for (const a of input.allocations) {
        const bill = open.find((b) => b.id === a.billId)!;
        await db.billPayments.add(
          paymentRow(actor, {
            kind: 'bill',
            unitId: unit.id,
            billId: bill.id,
            receiptId: receipt.id,
            receiptNo: receipt.no,
            amountFen: a.fen,
          }),
        );
        await settleBill(db, actor, bill, a.fen);
      }
      if (input.prepayFen > 0)
        await db.billPayments.add(
          paymentRow(actor, {
            kind: 'prepay',
            unitId: unit.id,
            receiptId: receipt.id,
            receiptNo: receipt.no,
            amountFen: input.prepayFen,
          }),
        );
      return receipt;
    });
  };
}
