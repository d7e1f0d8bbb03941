/**
 * Receipts (收据) and refund vouchers (退款凭证): the money documents of the desk.
 *
 * Policy: a document is never deleted. A wrong one is voided (作废) by a supervisor with a
 * reason and keeps its number; a refund is its own document that points at the original
 * receipt. Every amount is integer fen; `totalFen` is what changed hands (collected for a
 * receipt, paid back for a refund), so a cash-up can add documents up by method.
 */
import { BIDI_CONTROL_MESSAGE, hasBidiControl } from './textSafety';
import { findFeeItem, feeLine, linesTotalFen, type FeeItem, type FeeLine } from './fees';
import { formatFen } from './money';

export const PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'card', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYER_KINDS = ['person', 'company'] as const;
export type PayerKind = (typeof PAYER_KINDS)[number];

/** What a payment belongs to; later registers link their records here. */
export const SOURCE_KINDS = [
  'renovation',
  'workOrder',
  'paidService',
  'moveIn',
  'venueBooking',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceLink {
  kind: SourceKind;
  id: string;
  /** How the source reads on the receipt, e.g. `装修 3-1-1201`. */
  label?: string;
}

export type MoneyDocKind = 'receipt' | 'refund';
export type MoneyDocStatus = 'valid' | 'void';

/** One line of a receipt: a fee line of the schedule, plus whether it is a refundable deposit. */
export interface ReceiptLine extends FeeLine {
  /** Copied from the fee item at issue time: a deposit (押金/保证金) that can later be refunded. */
  refundable: boolean;
  /** Set only when the line was charged below its standard price (with `MoneyDoc.priceOverride`). */
  standardUnitFen?: number;
}

/**
 * A price below the standard, authorised by a supervisor's PIN at the desk (issue 15): who
 * authorised it and why. Listed on the cash-up and the day book.
 */
export interface PriceOverride {
  approverId: string;
  approverName: string;
  reason: string;
}

/** The shortest reason accepted for a price below the standard. */
export const MIN_OVERRIDE_REASON_LENGTH = 2;
export const MAX_OVERRIDE_REASON_LENGTH = 200;

/** An amount kept back from a deposit when it is refunded (lost pass card, damage, penalty). */
export interface Deduction {
  /** The deposit item the amount is kept from. */
  code: string;
  reason: string;
  amountFen: number;
  /** The fee item the deduction charges, when there is one (遗失出入证, 违章施工扣款…). */
  feeCode?: string;
}

/** The fields of a money document the rules need; the stored record carries more. */
export interface MoneyDoc {
  id: string;
  no: string;
  kind: MoneyDocKind;
  status: MoneyDocStatus;
  issuedAt: string;
  method: PaymentMethod;
  totalFen: number;
  lines: ReceiptLine[];
  /** Refunds only: the deductions settled together with the amounts paid back. */
  deductions?: Deduction[];
  /** Refunds only: the receipt this refund belongs to. */
  refundOf?: string;
  clerkId: string;
  voidedAt?: string;
  /** Receipts only: a supervisor authorised a line below its standard price. */
  priceOverride?: PriceOverride;
}

/** Who pays a money document, and for which unit when it is a unit's. */
export interface ReceiptPayer {
  payerKind: PayerKind;
  payerName: string;
  payerPhone?: string;
  unitId?: string;
  unitCode?: string;
}

/** Highest quantity on one line: a guard against a mistyped count, not a business limit. */
export const MAX_LINE_QUANTITY = 9999;

/** A line as asked for: a fee item code, a count, and the unit price when the clerk typed one. */
export interface LineRequest {
  code: string;
  quantity: number;
  /** Omitted: the item's standard price. */
  unitFen?: number;
}

export type BuildLinesResult =
  { ok: true; lines: ReceiptLine[]; totalFen: number } | { ok: false; problems: string[] };

/**
 * Prices the lines of a new receipt from the fee schedule and checks them; errors are Chinese
 * messages. The repository calls this, so no caller can write a receipt the form would refuse.
 *
 * Policy (issue 15): an item with a standard price (`amountFen` > 0) is charged exactly that.
 * A lower unit price needs `override` (a supervisor's PIN, checked by the repository, and a
 * reason); the line then keeps its `standardUnitFen`. A higher one is refused: more units is
 * a quantity. Items without a standard price (paid services, property fees) take the typed price.
 */
export function buildReceiptLines(
  requests: readonly LineRequest[],
  items: readonly FeeItem[],
  maxFen: number,
  override?: PriceOverride,
): BuildLinesResult {
  if (requests.length === 0) return { ok: false, problems: ['收据至少要有一个收费项目'] };
  const problems: string[] = [];
  const lines: ReceiptLine[] = [];
  requests.forEach((req, i) => {
    const item = findFeeItem(items, req.code);
    const at = `第 ${i + 1} 行`;
    if (!item) {
      problems.push(`${at}：收费项目不存在（${req.code || '未选择'}）`);
      return;
    }
    if (req.quantity > MAX_LINE_QUANTITY) {
      problems.push(`${at}（${item.name}）：数量不能超过 ${MAX_LINE_QUANTITY}`);
      return;
    }
    const unitFen = req.unitFen ?? item.amountFen;
    const standard = item.amountFen;
    if (standard > 0 && unitFen > standard) {
      problems.push(`${at}（${item.name}）：不能高于标准价 ${formatFen(standard)} 元`);
      return;
    }
    const below = standard > 0 && unitFen < standard;
    if (below && !override) {
      problems.push(
        `${at}（${item.name}）：低于标准价 ${formatFen(standard)} 元，须主管输入 PIN 授权并填写原因`,
      );
      return;
    }
    const priced = feeLine(item, req.quantity, unitFen);
    if (priced.ok) {
      lines.push({
        ...priced.line,
        refundable: item.refundable,
        ...(below ? { standardUnitFen: standard } : {}),
      });
    } else problems.push(`${at}（${item.name}）：${priced.error}`);
  });
  if (override) problems.push(...checkOverrideReason(override.reason));
  if (problems.length > 0) return { ok: false, problems };
  const totalFen = linesTotalFen(lines);
  if (totalFen > maxFen)
    return { ok: false, problems: [`合计金额超过单张收据上限（${formatFen(maxFen)} 元）`] };
  return { ok: true, lines, totalFen };
}

/** Problems with a price override's reason (blank, too short, too long). */
export function checkOverrideReason(reason: string): string[] {
  const length = reason.trim().length;
  if (length < MIN_OVERRIDE_REASON_LENGTH) return ['请填写低于标准价的原因'];
  if (length > MAX_OVERRIDE_REASON_LENGTH) return [`原因最多 ${MAX_OVERRIDE_REASON_LENGTH} 个字`];
  return [];
}

/** Whether any line of `lines` is below its standard price. */
export function hasPriceBelowStandard(lines: readonly ReceiptLine[]): boolean {
  return lines.some((l) => l.standardUnitFen !== undefined);
}

/** The shortest void reason accepted: "录错" is enough, a blank or a single character is not. */
export const MIN_VOID_REASON_LENGTH = 2;

/**
 * Whether a document may be voided. A receipt with a refund still standing cannot: the refund
 * would point at nothing; void the refund first.
 */
export function checkVoid(
  doc: MoneyDoc,
  refundsOfDoc: readonly MoneyDoc[],
  reason: string,
): string[] {
  const problems: string[] = [];
  if (doc.status === 'void') problems.push(`${doc.no} 已作废，不能重复作废`);
  if (doc.kind === 'receipt' && refundsOfDoc.some((r) => r.status === 'valid')) {
    problems.push(`${doc.no} 已有退款凭证，请先作废退款凭证`);
  }
  if (reason.trim().length < MIN_VOID_REASON_LENGTH) problems.push('请填写作废原因');
  return problems;
}

/** Thrown by the money repositories when a rule refuses an action; `message` is shown as is. */
export class MoneyRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'MoneyRuleError';
  }
}

/** The longest payer name accepted (a company's full registered name fits). */
export const MAX_PAYER_NAME_LENGTH = 60;

/** Checks who paid and how; returns Chinese messages, empty when fine. */
export function checkReceiptHeader(header: { payerName: string; method: string }): string[] {
  const problems: string[] = [];
  const name = header.payerName.trim();
  if (name === '') problems.push('请填写缴款人');
  else if (name.length > MAX_PAYER_NAME_LENGTH)
    problems.push(`缴款人最多 ${MAX_PAYER_NAME_LENGTH} 个字`);
  else if (hasBidiControl(name)) problems.push(BIDI_CONTROL_MESSAGE);
  if (!isPaymentMethod(header.method)) problems.push('请选择收款方式');
  return problems;
}

export function isPaymentMethod(value: string): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly string[]).includes(value);
}

/** What a stored document is compared on when a request id comes back (issue 15 item 10). */
export interface StoredRequestDoc {
  no: string;
  kind: MoneyDocKind;
  status: MoneyDocStatus;
  payerName: string;
  unitId?: string;
  lines: readonly { code: string; quantity: number; unitFen: number; amountFen: number }[];
  deductions?: readonly Deduction[];
  refundOf?: string;
}

/** A receipt or refund as asked for under a request id. */
export type RequestedDoc =
  | { kind: 'receipt'; payerName: string; unitId?: string; lines: readonly LineRequest[] }
  | {
      kind: 'refund';
      originalId: string;
      lines: readonly { code: string; refundFen: number }[];
      deductions: readonly Deduction[];
    };

const byCode = (rows: readonly { code: string; fen: number }[]) => {
  const out = new Map<string, number>();
  for (const r of rows) if (r.fen !== 0) out.set(r.code, (out.get(r.code) ?? 0) + r.fen);
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).join(';');
};

/**
 * Policy: a request id names one document. A request that comes back with it (double click,
 * retry after a crash) is answered with that document only when it asks for the same thing;
 * a different document, or one since voided, is refused — never returned in its place.
 * Returns the Chinese refusal, or null when `existing` is the answer.
 */
export function reusedRequestProblem(
  existing: StoredRequestDoc,
  request: RequestedDoc,
): string | null {
  const refusal = `本次办理的编号已用于 ${existing.no}，内容不同，不能重复使用；请关闭后重新办理`;
  if (existing.kind !== request.kind) return refusal;
  if (request.kind === 'receipt') {
    const same =
      existing.payerName === request.payerName.trim() &&
      (existing.unitId ?? '') === (request.unitId ?? '') &&
      existing.lines.length === request.lines.length &&
      request.lines.every((l, i) => {
        const s = existing.lines[i];
        return (
          s !== undefined &&
          s.code === l.code &&
          s.quantity === l.quantity &&
          (l.unitFen === undefined || s.unitFen === l.unitFen)
        );
      });
    if (!same) return refusal;
  } else {
    const same =
      existing.refundOf === request.originalId &&
      byCode(existing.lines.map((l) => ({ code: l.code, fen: l.amountFen }))) ===
        byCode(request.lines.map((l) => ({ code: l.code, fen: l.refundFen }))) &&
      byCode((existing.deductions ?? []).map((d) => ({ code: d.code, fen: d.amountFen }))) ===
        byCode(request.deductions.map((d) => ({ code: d.code, fen: d.amountFen })));
    if (!same) return refusal;
  }
  if (existing.status === 'void')
    return `本次办理的编号已用于 ${existing.no}，该单据已作废；请关闭后重新办理`;
  return null;
}
