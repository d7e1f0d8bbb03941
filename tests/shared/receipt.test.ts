import { describe, expect, it } from 'vitest';
import { DEFAULT_FEE_ITEMS } from '@shared/domain/fees';
import { buildReceiptLines, checkVoid } from '@shared/domain/receipt';
import { makeReceiptDoc, makeRefundDoc } from '../fixtures/money';

const MAX = 10_000_000;

describe('buildReceiptLines', () => {
  it('prices lines from the fee schedule: contractor for 4 workers = 1000 + 300 + 4×5 + 4×20', () => {
    const r = buildReceiptLines(
      [
        { code: 'renovation_deposit_contractor', quantity: 1 },
        { code: 'renovation_maintenance', quantity: 1 },
        { code: 'pass_card_fee', quantity: 4 },
        { code: 'pass_card_deposit', quantity: 4 },
      ],
      DEFAULT_FEE_ITEMS,
      MAX,
    );
    expect(r.ok && r.totalFen).toBe(140_000);
    expect(r.ok && r.lines.map((l) => [l.code, l.amountFen, l.refundable])).toEqual([
      ['renovation_deposit_contractor', 100_000, true],
      ['renovation_maintenance', 30_000, false],
      ['pass_card_fee', 2_000, false],
      ['pass_card_deposit', 8_000, true],
    ]);
  });

  it('takes a typed price for items without a standard one', () => {
    const r = buildReceiptLines(
      [{ code: 'paid_service', quantity: 2, unitFen: 3_550 }],
      DEFAULT_FEE_ITEMS,
      MAX,
    );
    expect(r).toMatchObject({ ok: true, totalFen: 7_100 });
  });

  it('refuses an empty receipt, unknown and disabled items, a missing price, a bad count', () => {
    const problems = (lines: Parameters<typeof buildReceiptLines>[0]) => {
      const r = buildReceiptLines(lines, DEFAULT_FEE_ITEMS, MAX);
      return r.ok ? [] : r.problems;
    };
    expect(problems([])).toEqual(['收据至少要有一个收费项目']);
    expect(problems([{ code: 'nope', quantity: 1 }])).toEqual(['第 1 行：收费项目不存在（nope）']);
    expect(problems([{ code: 'debris_removal', quantity: 1, unitFen: 100 }])).toEqual([
      '第 1 行（装修垃圾清运费）：装修垃圾清运费已停用',
    ]);
    expect(problems([{ code: 'paid_service', quantity: 1 }])).toEqual([
      '第 1 行（有偿服务费）：请输入有偿服务费金额',
    ]);
    expect(problems([{ code: 'permit_fee', quantity: 0 }])).toEqual([
      '第 1 行（施工许可证工本费）：数量须为正整数',
    ]);
    expect(problems([{ code: 'permit_fee', quantity: 10_000 }])).toEqual([
      '第 1 行（施工许可证工本费）：数量不能超过 9999',
    ]);
  });

  it('refuses a total above the ceiling', () => {
    const r = buildReceiptLines(
      [{ code: 'renovation_deposit_owner', quantity: 2 }],
      DEFAULT_FEE_ITEMS,
      150_000,
    );
    expect(r).toEqual({ ok: false, problems: ['合计金额超过单张收据上限（1,500.00 元）'] });
  });
});

describe('checkVoid', () => {
  it('allows a void with a reason', () => {
    expect(checkVoid(makeReceiptDoc(), [], '金额录错')).toEqual([]);
  });

  it('needs a reason', () => {
    expect(checkVoid(makeReceiptDoc(), [], ' 错 ')).toEqual(['请填写作废原因']);
  });

  it('refuses to void twice', () => {
    const doc = makeReceiptDoc({ status: 'void' });
    expect(checkVoid(doc, [], '重复')).toEqual([`${doc.no} 已作废，不能重复作废`]);
  });

  it('refuses to void a receipt with a standing refund, allows it once the refund is void', () => {
    const doc = makeReceiptDoc();
    const refund = makeRefundDoc(doc, { renovation_deposit_owner: 100_000 });
    expect(checkVoid(doc, [refund], '开错')).toEqual([`${doc.no} 已有退款凭证，请先作废退款凭证`]);
    expect(checkVoid(doc, [{ ...refund, status: 'void' }], '开错')).toEqual([]);
  });
});
