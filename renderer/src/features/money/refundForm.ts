import { z } from 'zod';
import { formatFen, parseAmountToFen, sumFen } from '@shared/domain/money';
import { PAYMENT_METHODS, type MoneyDoc } from '@shared/domain/receipt';
import {
  checkRefund,
  depositBalances,
  settleDeposit,
  type RefundRequest,
} from '@shared/domain/refunds';
import type { RefundInput } from '../../db/repositories/receiptRepository';
import { t } from '../../i18n';

export interface RefundFormValues {
  requestId: string;
  lines: { code: string; name: string; remainingFen: number; amount: string }[];
  deductions: { code: string; feeCode: string; reason: string; amount: string }[];
  method: (typeof PAYMENT_METHODS)[number];
  methodRef: string;
  note: string;
}

/** Every deposit still held, offered in full; no deductions yet. */
export function newRefundValues(
  original: MoneyDoc,
  refunds: readonly MoneyDoc[],
): RefundFormValues {
  return {
    requestId: crypto.randomUUID(),
    lines: depositBalances(original, refunds)
      .filter((b) => b.remainingFen > 0)
      .map((b) => ({
        code: b.code,
        name: b.name,
        remainingFen: b.remainingFen,
        amount: formatFen(b.remainingFen),
      })),
    deductions: [],
    method: original.method,
    methodRef: '',
    note: '',
  };
}

const fenOf = (text: string, maxFen: number, allowZero: boolean) => {
  const parsed = parseAmountToFen(text, { maxFen, allowZero });
  return parsed.ok ? parsed.fen : undefined;
};

/** The request the domain checks; unparsable amounts count as 0 (their field shows the error). */
export function refundRequest(values: RefundFormValues, maxFen: number): RefundRequest {
  return {
    lines: values.lines.map((l) => ({
      code: l.code,
      refundFen: fenOf(l.amount, maxFen, true) ?? 0,
    })),
    deductions: values.deductions.map((d) => ({
      code: d.code,
      reason: d.reason.trim(),
      amountFen: fenOf(d.amount, maxFen, false) ?? 0,
      ...(d.feeCode ? { feeCode: d.feeCode } : {}),
    })),
  };
}

/**
 * What each deposit would pay back given the deductions typed so far (never negative), and
 * what the deductions exceed it by (owed by the payer, charged on a receipt of its own).
 */
export function suggestedRefunds(values: RefundFormValues, maxFen: number) {
  const request = refundRequest(values, maxFen);
  return values.lines.map((l) =>
    settleDeposit(
      l.remainingFen,
      sumFen(request.deductions.filter((d) => d.code === l.code).map((d) => d.amountFen)),
    ),
  );
}

/** Field checks, then the domain's refund rules on the whole request (message at `lines`). */
export function refundFormSchema(original: MoneyDoc, refunds: readonly MoneyDoc[], maxFen: number) {
  return z
    .object({
      requestId: z.string().min(1),
      lines: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          remainingFen: z.number(),
          amount: z.string(),
        }),
      ),
      deductions: z.array(
        z.object({
          code: z.string().min(1),
          feeCode: z.string(),
          reason: z.string().trim().min(1, t('money.refund.errors.reason')).max(60),
          amount: z.string(),
        }),
      ),
      method: z.enum(PAYMENT_METHODS),
      methodRef: z.string().trim().max(60),
      note: z.string().trim().max(100),
    })
    .superRefine((values, ctx) => {
      let parsed = true;
      values.lines.forEach((l, i) => {
        const r = parseAmountToFen(l.amount, { maxFen, allowZero: true });
        if (!r.ok) {
          parsed = false;
          ctx.addIssue({ code: 'custom', path: ['lines', i, 'amount'], message: r.error });
        }
      });
      values.deductions.forEach((d, i) => {
        const r = parseAmountToFen(d.amount, { maxFen, allowZero: false });
        if (!r.ok) {
          parsed = false;
          ctx.addIssue({ code: 'custom', path: ['deductions', i, 'amount'], message: r.error });
        }
      });
      if (!parsed) return;
      const problems = checkRefund(original, refunds, refundRequest(values, maxFen));
      if (problems.length > 0)
        ctx.addIssue({ code: 'custom', path: ['lines'], message: problems.join('；') });
    });
}

export function toRefundInput(
  values: RefundFormValues,
  originalId: string,
  maxFen: number,
): RefundInput {
  const request = refundRequest(values, maxFen);
  return {
    requestId: values.requestId,
    originalId,
    lines: request.lines,
    deductions: request.deductions,
    method: values.method,
    ...(values.methodRef.trim() ? { methodRef: values.methodRef.trim() } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
}
