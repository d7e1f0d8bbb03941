import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RENOVATION_AGREEMENT,
  addedPassLines,
  fillAgreement,
  hotWorkInputSchema,
  hotWorkNo,
  hotWorkWindowProblem,
  renovationAgreementSchema,
} from '@shared/domain/renovationDocs';
import { canDo, refusal } from '@shared/domain/renovationFlow';
import {
  chargesLeft,
  damageCharges,
  damageProblems,
  splitPayerRefund,
  totalHeld,
  type HeldReceipt,
} from '@shared/domain/renovationRefundSplit';
import { parseSetting } from '@shared/domain/settingsRegistry';

const HOT = {
  place: '厨房',
  from: '2026-11-25T09:00',
  until: '2026-11-25T11:00',
  person: '赵焊工',
  guardian: '',
  precautions: '灭火器 2 具',
};

describe('hot-work permit rules', () => {
  it('needs place, person, precautions and an end after the start', () => {
    expect(hotWorkInputSchema.safeParse(HOT).success).toBe(true);
    const bad = hotWorkInputSchema.safeParse({ ...HOT, place: ' ', until: '2026-11-25T09:00' });
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual(
      ['结束时间须晚于开始时间', '请填写动火地点'].sort(),
    );
  });

  it('keeps the window inside the construction permit, first and last day included', () => {
    expect(hotWorkWindowProblem(HOT, '2026-11-25', '2026-11-25')).toBeNull();
    expect(hotWorkWindowProblem(HOT, '2026-11-26', '2027-01-20')).toContain('2026-11-26 至');
    expect(
      hotWorkWindowProblem({ ...HOT, until: '2026-11-26T01:00' }, '2026-11-01', '2026-11-25'),
    ).not.toBeNull();
  });

  it('numbers permits after the construction permit', () => {
    expect(hotWorkNo('XK2026-0007', 0)).toBe('XK2026-0007-DH1');
    expect(hotWorkNo('XK2026-0007', 2)).toBe('XK2026-0007-DH3');
  });

  it('is a supervisor action while the works run', () => {
    expect(canDo('working', 'hotWork', 'supervisor')).toBe(true);
    expect(refusal('working', 'hotWork', 'clerk')).toContain('主管');
    expect(canDo('pendingAcceptance', 'hotWork', 'manager')).toBe(false);
    expect(canDo('working', 'addPass', 'clerk')).toBe(true);
    expect(canDo('pendingAcceptance', 'addPass', 'clerk')).toBe(false);
  });

  it('charges an added pass its card fee and card deposit', () => {
    expect(addedPassLines(2)).toEqual([
      { code: 'pass_card_fee', quantity: 2 },
      { code: 'pass_card_deposit', quantity: 2 },
    ]);
    expect(() => addedPassLines(0)).toThrow(RangeError);
  });
});

describe('agreement text', () => {
  it('fills known placeholders and leaves others as written', () => {
    const out = fillAgreement('{业主}在{房号}装修，{不认识}。', {
      房号: '3-1-1201',
      业主: '李四',
      施工单位: '',
      负责人: '',
      开工日期: '',
      完工日期: '',
      施工时间: '',
    });
    expect(out).toBe('李四在3-1-1201装修，{不认识}。');
  });

  it('is a setting with a valid default; an empty text is refused', () => {
    expect(parseSetting('renovationAgreement', DEFAULT_RENOVATION_AGREEMENT).success).toBe(true);
    expect(DEFAULT_RENOVATION_AGREEMENT.text).toContain('7 个工作日');
    const bad = renovationAgreementSchema.safeParse({ title: '协议', text: '太短' });
    expect(bad.error?.issues[0]?.message).toBe('协议正文至少 20 字');
  });
});

describe('refund across several receipts of one payer', () => {
  const receipts: HeldReceipt[] = [
    {
      receiptId: 'a',
      heldFen: { pass_card_deposit: 8_000, renovation_deposit_contractor: 100_000 },
    },
    { receiptId: 'b', heldFen: { pass_card_deposit: 2_000 } },
  ];

  it('takes deductions, then refunds, from the oldest receipt first', () => {
    expect(totalHeld(receipts)).toEqual({
      pass_card_deposit: 10_000,
      renovation_deposit_contractor: 100_000,
    });
    const parts = splitPayerRefund(
      {
        lines: [
          { code: 'pass_card_deposit', refundFen: 8_000 },
          { code: 'renovation_deposit_contractor', refundFen: 92_000 },
        ],
        deductions: [
          { code: 'pass_card_deposit', reason: '遗失出入证', amountFen: 2_000 },
          { code: 'renovation_deposit_contractor', reason: '遗失出入证', amountFen: 8_000 },
        ],
      },
      receipts,
    );
    expect(parts.map((p) => [p.receiptId, p.refundFen, p.deductedFen])).toEqual([
      ['a', 98_000, 10_000],
      ['b', 2_000, 0],
    ]);
    expect(parts[0]?.lines).toEqual([
      { code: 'pass_card_deposit', refundFen: 6_000 },
      { code: 'renovation_deposit_contractor', refundFen: 92_000 },
    ]);
  });

  it('refuses to take more than the receipts hold', () => {
    expect(() =>
      splitPayerRefund(
        { lines: [{ code: 'pass_card_deposit', refundFen: 12_000 }], deductions: [] },
        receipts,
      ),
    ).toThrow(RangeError);
  });

  it('checks damages and charges them to the payer as 损坏赔偿', () => {
    expect(damageProblems([{ payer: 'owner', reason: ' ', amountFen: -1 }])).toEqual([
      '第 1 项损坏：请填写原因',
      '第 1 项损坏：金额须大于 0',
    ]);
    expect(damageCharges([{ payer: 'owner', reason: ' 电梯划伤 ', amountFen: 30_000 }])).toEqual([
      { payer: 'owner', feeCode: 'public_damage', reason: '损坏赔偿：电梯划伤', amountFen: 30_000 },
    ]);
  });
});

describe('charges left after earlier vouchers', () => {
  it('takes off what was deducted for the same charge, and nothing for others', () => {
    const lost = {
      payer: 'contractor' as const,
      feeCode: 'lost_pass_card',
      reason: '遗失出入证 CR2026-00004',
      amountFen: 10_000,
    };
    const penalty = { ...lost, feeCode: 'violation_deduction', reason: '违章', amountFen: 5_000 };
    expect(
      chargesLeft(
        [lost, penalty],
        [
          {
            code: 'pass_card_deposit',
            reason: lost.reason,
            amountFen: 2_000,
            feeCode: lost.feeCode,
          },
          { code: 'pass_card_deposit', reason: '出入证未退还，押金不退', amountFen: 2_000 },
        ],
      ),
    ).toEqual([{ ...lost, amountFen: 8_000 }, penalty]);
    expect(
      chargesLeft(
        [lost],
        [{ code: 'x', reason: lost.reason, amountFen: 12_000, feeCode: lost.feeCode }],
      ),
    ).toEqual([]);
  });
});
