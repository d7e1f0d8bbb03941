import { DEFAULT_FEE_ITEMS, feeLine, type FeeItem } from '@shared/domain/fees';
import type { PaymentMethod, ReceiptLine } from '@shared/domain/receipt';
import type { PersonRecord, ReceiptRecord, UnitRecord } from '../../../renderer/src/db/records';
import { BENCH_CLERK } from './archive';
import type { Numberer } from './numbers';
import { iso, spreadInstants, type Random } from './random';

function item(code: string): FeeItem {
  const found = DEFAULT_FEE_ITEMS.find((i) => i.code === code);
  if (!found) throw new Error(`fee item ${code} missing`);
  return found;
}

function line(code: string, quantity: number, unitFen?: number): ReceiptLine {
  const fee = item(code);
  const made = feeLine(fee, quantity, unitFen ?? (fee.amountFen || 10_000));
  if (!made.ok) throw new Error(made.error);
  return { ...made.line, refundable: fee.refundable };
}

/** What a receipt at a residential desk is mostly for: fees first, services, then the rest. */
function receiptLines(r: Random): ReceiptLine[] {
  const what = r.weighted([
    ['property', 70],
    ['service', 15],
    ['card', 8],
    ['key', 4],
    ['damage', 3],
  ] as const);
  switch (what) {
    case 'property':
      return [line('property_fee', r.int(1, 12), r.int(150, 600) * 100)];
    case 'service':
      return [line('paid_service', 1, r.int(20, 300) * 100)];
    case 'card':
      return [line('pass_card_fee', r.int(1, 3)), line('pass_card_deposit', r.int(1, 3))];
    case 'key':
      return [line('lost_key', 1, r.int(20, 80) * 100)];
    case 'damage':
      return [line('public_damage', 1, r.int(100, 2000) * 100)];
  }
}

export interface ReceiptPayer {
  unit: UnitRecord;
  person: PersonRecord;
}

/**
 * `count` money documents over the window: receipts with about 1 % voided and 2 % refund
 * vouchers (TK) against earlier deposit receipts.
 */
export function generateReceipts(
  r: Random,
  count: number,
  window: { fromMs: number; toMs: number },
  payer: () => ReceiptPayer,
  numbers: Numberer,
): ReceiptRecord[] {
  const docs: ReceiptRecord[] = [];
  const deposits: ReceiptRecord[] = [];
  for (const ms of spreadInstants(r, count, window.fromMs, window.toMs)) {
    const { unit, person } = payer();
    const at = iso(ms);
    const refundOf = deposits.length > 0 && r.chance(0.02) ? r.pick(deposits) : undefined;
    const lines = refundOf ? refundOf.lines.filter((l) => l.refundable) : receiptLines(r);
    const totalFen = lines.reduce((s, l) => s + l.amountFen, 0);
    const method = r.weighted<PaymentMethod>([
      ['wechat', 45],
      ['alipay', 20],
      ['cash', 20],
      ['card', 10],
      ['transfer', 5],
    ]);
    const voided = r.chance(0.01);
    const doc: ReceiptRecord = {
      id: r.id(),
      createdAt: at,
      updatedAt: at,
      createdBy: BENCH_CLERK.id,
      updatedBy: BENCH_CLERK.id,
      no: numbers.next(refundOf ? 'refund' : 'receipt', ms),
      kind: refundOf ? 'refund' : 'receipt',
      status: voided ? 'void' : 'valid',
      issuedAt: at,
      method,
      totalFen,
      lines,
      clerkId: BENCH_CLERK.id,
      clerkName: BENCH_CLERK.name,
      requestId: r.id(),
      payerKind: person.kind === 'company' ? 'company' : 'person',
      payerName: person.name,
      unitId: unit.id,
      unitCode: unit.code,
      itemCodes: lines.map((l) => l.code),
      printCount: 1,
      lastPrintedAt: at,
    };
    if (refundOf) {
      doc.refundOf = refundOf.id;
      doc.refundOfNo = refundOf.no;
      doc.deductions = [];
    }
    if (voided) {
      doc.voidedAt = at;
      doc.voidReason = '金额录入错误，重开';
      doc.voidedBy = BENCH_CLERK.id;
      doc.voidedByName = BENCH_CLERK.name;
    }
    // A voided receipt is never refunded (the restore refuses it).
    if (!refundOf && !voided && lines.some((l) => l.refundable)) deposits.push(doc);
    docs.push(doc);
  }
  return docs;
}
