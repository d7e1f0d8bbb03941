import type {
  Deduction,
  LineRequest,
  PaymentMethod,
  ReceiptPayer,
  SourceLink,
} from '@shared/domain/receipt';

/** What the money repository takes to issue a receipt. */
export interface IssueReceiptInput extends ReceiptPayer {
  /** Made when the form opens: a repeated request (double click, retry) returns the same receipt. */
  requestId: string;
  lines: LineRequest[];
  method: PaymentMethod;
  methodRef?: string;
  source?: SourceLink;
  note?: string;
  /**
   * A line below its standard price: a supervisor's (or manager's) PIN, given at the desk, and
   * the reason. Checked by `receipts.issue` with the PIN lockout; never stored.
   */
  priceApproval?: PriceApprovalRequest;
}

export interface PriceApprovalRequest {
  approverId: string;
  pin: string;
  reason: string;
}

/** What the money repository takes to issue a refund voucher. */
export interface RefundInput {
  requestId: string;
  /** The receipt whose deposits are refunded. */
  originalId: string;
  lines: { code: string; refundFen: number }[];
  deductions: Deduction[];
  method: PaymentMethod;
  methodRef?: string;
  note?: string;
}

/** Codes a document is found by: its lines, the deposits deducted from, the fees deducted. */
export function itemCodesOf(
  lines: readonly { code: string }[],
  deductions: readonly Deduction[] = [],
): string[] {
  const codes = [...lines.map((l) => l.code), ...deductions.map((d) => d.code)];
  for (const d of deductions) if (d.feeCode) codes.push(d.feeCode);
  return [...new Set(codes)];
}

/** Drops empty optional fields, so a record holds no `undefined` or blank keys. */
export function optional<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}
