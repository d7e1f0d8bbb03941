import { z } from 'zod';
import { findFeeItem, type FeeItem } from '@shared/domain/fees';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import {
  MAX_LINE_QUANTITY,
  MAX_PAYER_NAME_LENGTH,
  PAYER_KINDS,
  PAYMENT_METHODS,
  buildReceiptLines,
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
  };
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
      const built = buildReceiptLines(lineRequests(values, items, maxFen), items, maxFen);
      if (!built.ok)
        ctx.addIssue({ code: 'custom', path: ['lines'], message: built.problems.join('；') });
    });
}

/** What the repository's `issue` takes, from valid form values. */
export function toIssueInput(
  values: ReceiptFormValues,
  items: readonly FeeItem[],
  maxFen: number,
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
  };
}
