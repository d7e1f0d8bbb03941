import { describe, expect, it } from 'vitest';
import { DEFAULT_FEE_ITEMS } from '@shared/domain/fees';
import {
  newReceiptValues,
  receiptFormSchema,
  toIssueInput,
  type ReceiptFormValues,
} from '../../../renderer/src/features/money/receiptForm';
import {
  newRefundValues,
  refundFormSchema,
  suggestedRefunds,
  toRefundInput,
} from '../../../renderer/src/features/money/refundForm';
import { depositLine, feeLineOf, makeReceiptDoc, makeRefundDoc } from '../../fixtures/money';
import { builder } from '../../fixtures/builder';

const MAX = 10_000_000;

const values = builder<ReceiptFormValues>(() => ({
  ...newReceiptValues(),
  payerName: '张三',
  lines: [
    { code: 'renovation_deposit_owner', quantity: 1, unitPrice: '1,000.00' },
    { code: 'paid_service', quantity: 2, unitPrice: '35.5' },
  ],
}));

/** Path → message of every issue the schema finds. */
function issues(schema: ReturnType<typeof receiptFormSchema>, v: unknown): Record<string, string> {
  const r = schema.safeParse(v);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the receipt form', () => {
  const schema = receiptFormSchema(DEFAULT_FEE_ITEMS, MAX);

  it('gives each new form its own request id', () => {
    expect(newReceiptValues().requestId).not.toBe(newReceiptValues().requestId);
  });

  it('accepts what clerks type and turns prices into fen', () => {
    expect(issues(schema, values())).toEqual({});
    const input = toIssueInput(
      values({ methodRef: ' ', unitCode: '3-1-1201' }),
      DEFAULT_FEE_ITEMS,
      MAX,
    );
    expect(input.lines).toEqual([
      { code: 'renovation_deposit_owner', quantity: 1, unitFen: 100_000 },
      { code: 'paid_service', quantity: 2, unitFen: 3_550 },
    ]);
    expect(input.methodRef).toBeUndefined();
    expect(input.unitCode).toBe('3-1-1201');
  });

  it('puts each Chinese message at its field', () => {
    const bad = values({
      payerName: ' ',
      lines: [
        { code: 'paid_service', quantity: 1, unitPrice: '35.555' },
        { code: '', quantity: 0, unitPrice: '-5' },
      ],
    });
    expect(issues(schema, bad)).toEqual({
      payerName: '请填写缴款人',
      'lines.0.unitPrice': '金额最多两位小数（到分）',
      'lines.1.code': '请选择收费项目',
      'lines.1.quantity': '数量须为 1 到 9999 的整数',
      'lines.1.unitPrice': '金额不能为负数',
    });
  });

  it('refuses a disabled item and a total above the ceiling', () => {
    const small = receiptFormSchema(DEFAULT_FEE_ITEMS, 150_000);
    expect(
      issues(small, values({ lines: [{ code: 'debris_removal', quantity: 1, unitPrice: '10' }] })),
    ).toEqual({
      'lines.0.code': '该项目已停用',
      lines: '第 1 行（装修垃圾清运费）：装修垃圾清运费已停用',
    });
    const twoDeposits = values({
      lines: [{ code: 'renovation_deposit_owner', quantity: 2, unitPrice: '1000' }],
    });
    expect(issues(small, twoDeposits)).toEqual({
      lines: '合计金额超过单张收据上限（1,500.00 元）',
    });
  });
});

describe('the refund form', () => {
  const original = makeReceiptDoc({
    lines: [
      depositLine('renovation_deposit_owner', 100_000, '装修保证金（业主）'),
      feeLineOf('permit_fee', 2_000),
    ],
  });

  it('offers every deposit still held, in full', () => {
    const v = newRefundValues(original, []);
    expect(v.lines).toEqual([
      {
        code: 'renovation_deposit_owner',
        name: '装修保证金（业主）',
        remainingFen: 100_000,
        amount: '1,000.00',
      },
    ]);
    expect(
      newRefundValues(original, [makeRefundDoc(original, { renovation_deposit_owner: 100_000 })])
        .lines,
    ).toEqual([]);
  });

  it('suggests the deposit minus deductions, and shows what deductions exceed it by', () => {
    const v = newRefundValues(original, []);
    const lost = {
      ...v,
      deductions: [
        {
          code: 'renovation_deposit_owner',
          feeCode: 'lost_permit',
          reason: '遗失施工许可证',
          amount: '100',
        },
      ],
    };
    expect(suggestedRefunds(lost, MAX)).toEqual([
      { refundFen: 90_000, appliedDeductionFen: 10_000, shortfallFen: 0 },
    ]);
    const damage = {
      ...v,
      deductions: [
        { code: 'renovation_deposit_owner', feeCode: '', reason: '损坏电梯', amount: '1,200' },
      ],
    };
    expect(suggestedRefunds(damage, MAX)[0]?.shortfallFen).toBe(20_000);
  });

  it('refuses an over-refund with the domain message, accepts the settled one', () => {
    const schema = refundFormSchema(original, [], MAX);
    const v = newRefundValues(original, []);
    const deductions = [
      {
        code: 'renovation_deposit_owner',
        feeCode: 'lost_permit',
        reason: '遗失施工许可证',
        amount: '100',
      },
    ];
    const over = schema.safeParse({ ...v, deductions });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toContain('超过尚未退还的 1,000.00 元');
    const settled = { ...v, deductions, lines: [{ ...v.lines[0]!, amount: '900' }] };
    expect(schema.safeParse(settled).success).toBe(true);
    expect(toRefundInput(settled, original.id, MAX)).toMatchObject({
      originalId: original.id,
      lines: [{ code: 'renovation_deposit_owner', refundFen: 90_000 }],
      deductions: [
        {
          code: 'renovation_deposit_owner',
          reason: '遗失施工许可证',
          amountFen: 10_000,
          feeCode: 'lost_permit',
        },
      ],
    });
  });
});
