import { z } from 'zod';
import { findFeeItem, type FeeItem } from '@shared/domain/fees';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import {
  MAX_LINE_QUANTITY,
  MAX_PAYER_NAME_LENGTH,
  PAYER_KINDS,
  PAYMENT_METHODS,
  buildReceiptLines,
  checkOverrideReason,
  type LineRequest,
} from '@shared/domain/receipt';
import type { IssueReceiptInput } from '../../db/repositories/receiptRepository';
import { t } from '../../i18n';

/** The form as the clerk fills it: amounts are the text typed, parsed only when checked. */
export interface ReceiptFormValues {
  /** Made when the form opens and kept in the draft: a repeated 收款 returns the same receipt. */
  requestId: string;
  payerKind: (typeof PAYER_KINDS)[number];
  unitId: string;
  unitCode: string;
  payerName: string;
  payerPhone: string;
  lines: { code: string; quantity: number; unitPrice: string }[];
  method: (typeof PAYMENT_METHODS)[number];
  methodRef: string;
  note: string;
  /** A line below its standard price: the supervisor authorising it and why (never the PIN). */
  approverId: string;
  overrideReason: string;
}

export function newReceiptValues(): ReceiptFormValues {
  return {
    requestId: crypto.randomUUID(),
    payerKind: 'person',
    unitId: '',
    unitCode: '',
    payerName: '',
    payerPhone: '',
    lines: [{ code: '', quantity: 1, unitPrice: '' }],
    method: 'cash',
    methodRef: '',
    note: '',
    approverId: '',
    overrideReason: '',
  };
}

/** Whether a line of the form is priced below its item's standard price (needs authorising). */
export function isBelowStandard(
  values: Pick<ReceiptFormValues, 'lines'>,
  items: readonly FeeItem[],
  maxFen: number,
): boolean {
  return values.lines.some((l) => {
    const item = findFeeItem(items, l.code);
    const fen = linePriceFen(l.unitPrice, item, maxFen);
    return item !== undefined && item.amountFen > 0 && fen !== undefined && fen < item.amountFen;
  });
}

/** The price text a line starts with when its item is chosen: the standard price, if any. */
export function standardPriceText(item: FeeItem | undefined): string {
  return item && item.amountFen > 0 ? formatFen(item.amountFen) : '';
}

/** A line's price in fen, or undefined while the text is not a valid amount. */
export function linePriceFen(
  text: string,
  item: FeeItem | undefined,
  maxFen: number,
): number | undefined {
  const parsed = parseAmountToFen(text, { maxFen, allowZero: item?.allowZero ?? false });
  return parsed.ok ? parsed.fen : undefined;
}

/** The lines as the repository takes them; call on valid values only. */
export function lineRequests(
  values: ReceiptFormValues,
  items: readonly FeeItem[],
  maxFen: number,
): LineRequest[] {
  return values.lines.map((l) => ({
    code: l.code,
    quantity: l.quantity,
    unitFen: linePriceFen(l.unitPrice, findFeeItem(items, l.code), maxFen) ?? 0,
  }));
}

const text = (max: number) => z.string().trim().max(max, t('money.form.errors.text', { max }));

/**
 * Checks the form with the domain's rules (amount parsing, fee items, the receipt ceiling);
 * each message lands at its field: `lines.2.unitPrice`, `payerName` …
 */
export function receiptFormSchema(items: readonly FeeItem[], maxFen: number) {
  return z
    .object({
      requestId: z.string().min(1),
      payerKind: z.enum(PAYER_KINDS),
      unitId: z.string(),
      unitCode: text(30),
      payerName: z
        .string()
        .trim()
        .min(1, t('money.form.errors.payerName'))
        .max(MAX_PAYER_NAME_LENGTH, t('money.form.errors.payerNameLong')),
      payerPhone: z.string().trim().max(30, t('money.form.errors.phone')),
      lines: z
        .array(
          z.object({
            code: z.string().min(1, t('money.form.errors.item')),
            quantity: z
              .number(t('money.form.errors.quantity'))
              .int(t('money.form.errors.quantity'))
              .min(1, t('money.form.errors.quantity'))
              .max(MAX_LINE_QUANTITY, t('money.form.errors.quantity')),
            unitPrice: z.string(),
          }),
        )
        .min(1),
      method: z.enum(PAYMENT_METHODS),
      methodRef: text(60),
      note: text(100),
      approverId: z.string(),
      overrideReason: z.string(),
    })
    .superRefine((values, ctx) => {
      let allPriced = true;
      values.lines.forEach((line, i) => {
        const item = findFeeItem(items, line.code);
        if (line.code && (!item || !item.enabled)) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', i, 'code'],
            message: t('money.form.errors.itemDisabled'),
          });
        }
        const parsed = parseAmountToFen(line.unitPrice, {
          maxFen,
          allowZero: item?.allowZero ?? false,
        });
        if (!parsed.ok) {
          allPriced = false;
          ctx.addIssue({ code: 'custom', path: ['lines', i, 'unitPrice'], message: parsed.error });
        }
      });
      if (!allPriced) return;
      const below = isBelowStandard(values, items, maxFen);
      if (below && !values.approverId) {
        ctx.addIssue({
          code: 'custom',
          path: ['approverId'],
          message: t('money.form.errors.approver'),
        });
      }
      const reasonProblem = below ? checkOverrideReason(values.overrideReason)[0] : undefined;
      if (reasonProblem) {
        ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: reasonProblem });
      }
      // The PIN is checked by the repository; here the lines are checked as authorised.
      const override = below
        ? { approverId: values.approverId, approverName: '', reason: values.overrideReason || '--' }
        : undefined;
      const built = buildReceiptLines(lineRequests(values, items, maxFen), items, maxFen, override);
      if (!built.ok)
        ctx.addIssue({ code: 'custom', path: ['lines'], message: built.problems.join('；') });
    });
}

/**
 * What the repository's `issue` takes, from valid form values; `approverPin` is the
 * supervisor's PIN typed for a price below the standard (kept out of the form and its draft).
 */
export function toIssueInput(
  values: ReceiptFormValues,
  items: readonly FeeItem[],
  maxFen: number,
  approverPin = '',
): IssueReceiptInput {
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    requestId: values.requestId,
    payerKind: values.payerKind,
    payerName: values.payerName.trim(),
    payerPhone: optional(values.payerPhone),
    unitId: optional(values.unitId),
    unitCode: optional(values.unitCode),
    lines: lineRequests(values, items, maxFen),
    method: values.method,
    methodRef: optional(values.methodRef),
    note: optional(values.note),
    ...(isBelowStandard(values, items, maxFen)
      ? {
          priceApproval: {
            approverId: values.approverId,
            pin: approverPin,
            reason: values.overrideReason.trim(),
          },
        }
      : {}),
  };
}
