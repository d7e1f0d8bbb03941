import { describe, expect, it } from 'vitest';
import { checkRefund, depositBalances, refundLines, settleDeposit } from '@shared/domain/refunds';
import { depositLine, feeLineOf, makeReceiptDoc, makeRefundDoc } from '../fixtures/money';

const DEPOSIT = 'renovation_deposit_contractor';
const PASS = 'pass_card_deposit';

/** The contractor's receipt of domain §2 for 4 workers: 1000 + 300 + 4×5 + 4×20. */
function contractorReceipt() {
  return makeReceiptDoc({
    lines: [
      depositLine(DEPOSIT, 100_000, '装修保证金（施工单位）'),
      feeLineOf('renovation_maintenance', 30_000, '装修维护费'),
      { ...feeLineOf('pass_card_fee', 500, '出入证工本费'), quantity: 4, amountFen: 2_000 },
      { ...depositLine(PASS, 2_000, '出入证押金'), quantity: 4, amountFen: 8_000 },
    ],
  });
}

describe('depositBalances', () => {
  it('lists only the refundable lines, with what valid refunds settled', () => {
    const original = contractorReceipt();
    const first = makeRefundDoc(original, { [PASS]: 6_000 });
    const voided = makeRefundDoc(original, { [DEPOSIT]: 100_000 }, [], { status: 'void' });
    const other = makeRefundDoc(makeReceiptDoc(), { [DEPOSIT]: 100_000 });
    expect(depositBalances(original, [first, voided, other])).toEqual([
      {
        code: DEPOSIT,
        name: '装修保证金（施工单位）',
        collectedFen: 100_000,
        refundedFen: 0,
        deductedFen: 0,
        remainingFen: 100_000,
      },
      {
        code: PASS,
        name: '出入证押金',
        collectedFen: 8_000,
        refundedFen: 6_000,
        deductedFen: 0,
        remainingFen: 2_000,
      },
    ]);
  });
});

describe('checkRefund', () => {
  const refund = (
    lines: Record<string, number>,
    deductions: { code: string; amountFen: number; reason: string }[] = [],
  ) => ({
    lines: Object.entries(lines).map(([code, refundFen]) => ({ code, refundFen })),
    deductions,
  });

  it('accepts a full refund of a deposit', () => {
    expect(checkRefund(contractorReceipt(), [], refund({ [DEPOSIT]: 100_000 }))).toEqual([]);
  });

  it('refuses a second refund of the same deposit', () => {
    const original = contractorReceipt();
    const done = makeRefundDoc(original, { [DEPOSIT]: 100_000 });
    expect(checkRefund(original, [done], refund({ [DEPOSIT]: 100_000 }))).toEqual([
      '装修保证金（施工单位） 已全部退还或扣除，不能重复退款',
    ]);
  });

  it('refuses a refund one fen above what was collected', () => {
    const problems = checkRefund(contractorReceipt(), [], refund({ [DEPOSIT]: 100_001 }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('超过尚未退还的 1,000.00 元');
  });

  it('takes deductions off what can be refunded: 1000 − 100 for a lost card leaves 900', () => {
    const original = contractorReceipt();
    const lost = [{ code: DEPOSIT, amountFen: 10_000, reason: '遗失出入证 1 张' }];
    expect(checkRefund(original, [], refund({ [DEPOSIT]: 90_000 }, lost))).toEqual([]);
    const over = checkRefund(original, [], refund({ [DEPOSIT]: 90_001 }, lost));
    expect(over[0]).toContain('本次退款加扣款 1,000.01 元');
  });

  it('counts deductions of earlier vouchers', () => {
    const original = contractorReceipt();
    const earlier = makeRefundDoc(original, {}, [{ code: DEPOSIT, amountFen: 20_000 }]);
    expect(checkRefund(original, [earlier], refund({ [DEPOSIT]: 80_000 }))).toEqual([]);
    expect(checkRefund(original, [earlier], refund({ [DEPOSIT]: 80_001 }))[0]).toContain(
      '已扣 200.00',
    );
  });

  it('refunds pass deposits per card returned, up to the cards paid for', () => {
    const original = contractorReceipt();
    const three = makeRefundDoc(original, { [PASS]: 6_000 });
    expect(checkRefund(original, [three], refund({ [PASS]: 2_000 }))).toEqual([]);
    expect(checkRefund(original, [three], refund({ [PASS]: 4_000 }))[0]).toContain(
      '超过尚未退还的 20.00 元',
    );
    const last = makeRefundDoc(original, { [PASS]: 2_000 });
    expect(checkRefund(original, [three, last], refund({ [PASS]: 2_000 }))[0]).toContain(
      '不能重复退款',
    );
  });

  it('frees the amount again when a refund voucher is voided', () => {
    const original = contractorReceipt();
    const voided = makeRefundDoc(original, { [DEPOSIT]: 100_000 }, [], { status: 'void' });
    expect(checkRefund(original, [voided], refund({ [DEPOSIT]: 100_000 }))).toEqual([]);
  });

  it('refuses fees, void receipts, refund vouchers and empty requests', () => {
    const original = contractorReceipt();
    expect(checkRefund(original, [], refund({ renovation_maintenance: 30_000 }))[0]).toContain(
      '不是该收据上的押金',
    );
    expect(checkRefund({ ...original, status: 'void' }, [], refund({ [DEPOSIT]: 1 }))[0]).toContain(
      '已作废',
    );
    const voucher = makeRefundDoc(original, { [DEPOSIT]: 100 });
    expect(checkRefund(voucher, [], refund({ [DEPOSIT]: 1 }))).toEqual(['只能对收据办理退款']);
    expect(checkRefund(original, [], refund({ [DEPOSIT]: 0 }))).toEqual(['请填写退款金额或扣款']);
    const feesOnly = makeReceiptDoc({ lines: [feeLineOf('permit_fee', 2_000)] });
    expect(checkRefund(feesOnly, [], refund({ permit_fee: 2_000 }))[0]).toContain('没有可退的押金');
  });

  it('refuses negative or fractional amounts and deductions without a reason', () => {
    const original = contractorReceipt();
    expect(checkRefund(original, [], refund({ [DEPOSIT]: -100 }))).toEqual([
      '退款金额必须是不小于 0 的金额',
    ]);
    expect(checkRefund(original, [], refund({ [DEPOSIT]: 10.5 }))).toEqual([
      '退款金额必须是不小于 0 的金额',
    ]);
    const noReason = refund({ [DEPOSIT]: 90_000 }, [
      { code: DEPOSIT, amountFen: 10_000, reason: ' ' },
    ]);
    expect(checkRefund(original, [], noReason)).toEqual(['请填写扣款原因']);
  });
});

describe('refundLines', () => {
  it('has one line per deposit settled, 0 when all of it is deducted', () => {
    const original = contractorReceipt();
    const lines = refundLines(original, {
      lines: [{ code: PASS, refundFen: 6_000 }],
      deductions: [{ code: DEPOSIT, amountFen: 100_000, reason: '损坏电梯' }],
    });
    expect(lines.map((l) => [l.code, l.name, l.amountFen])).toEqual([
      [PASS, '出入证押金', 6_000],
      [DEPOSIT, '装修保证金（施工单位）', 0],
    ]);
  });
});

describe('settleDeposit', () => {
  it('refunds what the deductions leave', () => {
    expect(settleDeposit(100_000, 20_000)).toEqual({
      refundFen: 80_000,
      appliedDeductionFen: 20_000,
      shortfallFen: 0,
    });
  });

  it('shows deductions beyond the deposit as owed, never as a negative refund', () => {
    expect(settleDeposit(100_000, 120_000)).toEqual({
      refundFen: 0,
      appliedDeductionFen: 100_000,
      shortfallFen: 20_000,
    });
  });

  it('refuses negative amounts', () => {
    expect(() => settleDeposit(-1, 0)).toThrow(RangeError);
  });
});
