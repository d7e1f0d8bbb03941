import { describe, expect, it } from 'vitest';
import { cashDifferenceFen, checkCashupClose, summarizeCashup } from '@shared/domain/cashup';
import { depositLine, makeReceiptDoc, makeRefundDoc } from '../fixtures/money';

const receipt = (
  fen: number,
  method: 'cash' | 'wechat' | 'card' = 'cash',
  status: 'valid' | 'void' = 'valid',
) => makeReceiptDoc({ lines: [depositLine('x', fen)], totalFen: fen, method, status });

describe('summarizeCashup', () => {
  it('adds receipts, takes off refunds, leaves voids out, per method', () => {
    const deposit = receipt(100_000);
    const s = summarizeCashup({
      floatFen: 50_000,
      docs: [
        deposit,
        receipt(2_050),
        receipt(30_000, 'wechat'),
        receipt(9_900, 'cash', 'void'),
        makeRefundDoc(deposit, { x: 90_000 }),
        makeRefundDoc(deposit, { x: 5_000 }, [], { method: 'card' }),
      ],
    });
    const cash = s.byMethod.find((m) => m.method === 'cash');
    expect(cash).toMatchObject({
      receiptCount: 2,
      receivedFen: 102_050,
      refundCount: 1,
      refundedFen: 90_000,
      voidCount: 1,
      voidedFen: 9_900,
      netFen: 12_050,
    });
    expect(s.byMethod.find((m) => m.method === 'wechat')?.netFen).toBe(30_000);
    expect(s.byMethod.find((m) => m.method === 'card')?.netFen).toBe(-5_000);
    expect(s).toMatchObject({
      receiptCount: 3,
      receivedFen: 132_050,
      refundCount: 2,
      refundedFen: 95_000,
      voidCount: 1,
      voidedFen: 9_900,
      netFen: 37_050,
      expectedCashFen: 62_050,
    });
  });

  it('reverses documents of an earlier shift voided during this one', () => {
    const earlier = receipt(20_000);
    const earlierRefund = makeRefundDoc(earlier, { x: 3_000 }, [], { method: 'wechat' });
    const s = summarizeCashup({ docs: [receipt(5_000)], lateVoids: [earlier, earlierRefund] });
    expect(s.lateVoidCount).toBe(2);
    expect(s.byMethod.find((m) => m.method === 'cash')?.lateVoidFen).toBe(-20_000);
    expect(s.byMethod.find((m) => m.method === 'wechat')?.lateVoidFen).toBe(3_000);
    expect(s.expectedCashFen).toBe(-15_000);
    expect(s.lateVoidFen).toBe(-17_000);
  });

  it('lists all five methods even when a shift had none', () => {
    const s = summarizeCashup({ docs: [] });
    expect(s.byMethod.map((m) => m.method)).toEqual([
      'cash',
      'wechat',
      'alipay',
      'card',
      'transfer',
    ]);
    expect(s.expectedCashFen).toBe(0);
  });
});

describe('closing a shift (账款不相符不走)', () => {
  const summary = summarizeCashup({ docs: [receipt(100_000)], floatFen: 20_000 });

  it('closes without a word when the cash agrees', () => {
    expect(cashDifferenceFen(summary.expectedCashFen, 120_000)).toBe(0);
    expect(checkCashupClose(summary, 120_000, '')).toEqual([]);
  });

  it('needs an explanation for a shortage or a surplus', () => {
    expect(cashDifferenceFen(summary.expectedCashFen, 119_950)).toBe(-50);
    expect(checkCashupClose(summary, 119_950, '')).toEqual([
      '账款不相符（短款 0.50 元），请说明原因后再交班',
    ]);
    expect(checkCashupClose(summary, 120_100, '  ')).toEqual([
      '账款不相符（长款 1.00 元），请说明原因后再交班',
    ]);
    expect(checkCashupClose(summary, 119_950, '找零少收五角')).toEqual([]);
  });

  it('needs the counted cash', () => {
    expect(checkCashupClose(summary, Number.NaN, '')).toEqual(['请填写清点的现金金额']);
    expect(checkCashupClose(summary, -1, '')).toEqual(['请填写清点的现金金额']);
  });
});
