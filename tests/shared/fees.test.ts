import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEE_ITEMS,
  feeItemSchema,
  feeLine,
  feeScheduleSchema,
  findFeeItem,
  linesTotalFen,
  renovationCharges,
  type FeeItem,
} from '@shared/domain/fees';

const byCode = (code: string): FeeItem => {
  const found = findFeeItem(DEFAULT_FEE_ITEMS, code);
  if (!found) throw new Error(`missing ${code}`);
  return found;
};

describe('default fee schedule (001 第十二条)', () => {
  it.each([
    [
      'renovation_deposit_contractor',
      '装修保证金（施工单位）',
      'contractor',
      'job',
      100000,
      true,
      'deposit',
    ],
    ['renovation_deposit_owner', '装修保证金（业主）', 'owner', 'job', 100000, true, 'deposit'],
    ['renovation_maintenance', '装修维护费', 'contractor', 'job', 30000, false, 'fee'],
    ['pass_card_fee', '出入证工本费', 'contractor', 'card', 500, false, 'fee'],
    ['pass_card_deposit', '出入证押金', 'contractor', 'card', 2000, true, 'deposit'],
    ['permit_fee', '施工许可证工本费', 'owner', 'permit', 2000, false, 'fee'],
    ['lost_pass_card', '遗失出入证', 'contractor', 'card', 10000, false, 'penalty'],
    ['lost_permit', '遗失施工许可证', 'any', 'permit', 10000, false, 'penalty'],
  ] as const)('%s', (code, name, payer, unit, amountFen, refundable, category) => {
    expect(byCode(code)).toMatchObject({
      name,
      payer,
      unit,
      amountFen,
      refundable,
      category,
      enabled: true,
    });
  });

  it('has the debris fee of manual 004 disabled, without a standard price', () => {
    expect(byCode('debris_removal')).toMatchObject({
      name: '装修垃圾清运费',
      amountFen: 0,
      enabled: false,
    });
  });

  it('has the desk’s everyday items with amounts typed at the desk', () => {
    expect(byCode('paid_service')).toMatchObject({
      name: '有偿服务费',
      amountFen: 0,
      category: 'service',
    });
    expect(byCode('property_fee')).toMatchObject({
      name: '物业管理费',
      amountFen: 0,
      payer: 'owner',
    });
  });

  it('passes its own schema', () => {
    expect(feeScheduleSchema.safeParse(DEFAULT_FEE_ITEMS).success).toBe(true);
  });
});

describe('fee schema', () => {
  const valid = {
    code: 'copy_fee',
    name: '复印费',
    payer: 'any',
    unit: 'item',
    amountFen: 50,
    refundable: false,
    category: 'service',
  };

  it('fills allowZero and enabled', () => {
    expect(feeItemSchema.parse(valid)).toEqual({ ...valid, allowZero: false, enabled: true });
  });

  it('refuses bad items with Chinese messages', () => {
    const r = feeItemSchema.safeParse({ ...valid, code: 'Copy Fee', name: ' ', amountFen: 12.5 });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      '编码只能用小写字母、数字和下划线',
      '请输入项目名称',
      '金额须为整数分',
    ]);
  });

  it('refuses a non-refundable deposit', () => {
    const r = feeItemSchema.safeParse({ ...valid, category: 'deposit' });
    expect(r.error?.issues[0]?.message).toBe('押金类项目必须可退');
  });

  it('refuses duplicate codes in the table', () => {
    const r = feeScheduleSchema.safeParse([valid, { ...valid, name: '打印费' }]);
    expect(r.error?.issues[0]).toMatchObject({ message: '编码重复：copy_fee', path: [1, 'code'] });
  });
});

describe('feeLine', () => {
  it('prices cards at the standard price', () => {
    expect(feeLine(byCode('pass_card_fee'), 3)).toEqual({
      ok: true,
      line: {
        code: 'pass_card_fee',
        name: '出入证工本费',
        quantity: 3,
        unitFen: 500,
        amountFen: 1500,
      },
    });
  });

  it('takes a typed price for items without a standard price', () => {
    expect(feeLine(byCode('paid_service'), 1, 8800)).toMatchObject({
      ok: true,
      line: { amountFen: 8800 },
    });
    expect(feeLine(byCode('paid_service'), 1)).toEqual({
      ok: false,
      error: '请输入有偿服务费金额',
    });
  });

  it('refuses disabled items and bad quantities', () => {
    expect(feeLine(byCode('debris_removal'), 1, 5000)).toEqual({
      ok: false,
      error: '装修垃圾清运费已停用',
    });
    expect(feeLine(byCode('pass_card_fee'), 0)).toEqual({ ok: false, error: '数量须为正整数' });
    expect(feeLine(byCode('pass_card_fee'), 1.5)).toEqual({ ok: false, error: '数量须为正整数' });
    expect(feeLine(byCode('pass_card_fee'), 1, -1)).toEqual({ ok: false, error: '金额无效' });
  });

  it('allows a zero price only where the item allows it', () => {
    const waivable = { ...byCode('permit_fee'), allowZero: true };
    expect(feeLine(waivable, 1, 0)).toMatchObject({ ok: true, line: { amountFen: 0 } });
  });
});

describe('renovationCharges', () => {
  it('collects 2,370 元 for two workers and one permit', () => {
    const lines = renovationCharges({ passCards: 2, permits: 1 }, DEFAULT_FEE_ITEMS);
    expect(lines.map((l) => [l.code, l.quantity, l.amountFen])).toEqual([
      ['renovation_deposit_contractor', 1, 100000],
      ['renovation_deposit_owner', 1, 100000],
      ['renovation_maintenance', 1, 30000],
      ['pass_card_fee', 2, 1000],
      ['pass_card_deposit', 2, 4000],
      ['permit_fee', 1, 2000],
    ]);
    // 1000 + 1000 + 300 + 10 + 40 + 20
    expect(linesTotalFen(lines)).toBe(237000);
  });

  it('switches to the debris fee when an estate follows manual 004', () => {
    const items = DEFAULT_FEE_ITEMS.map((i) =>
      i.code === 'renovation_maintenance'
        ? { ...i, enabled: false }
        : i.code === 'debris_removal'
          ? { ...i, enabled: true, amountFen: 20000 }
          : i,
    );
    const codes = renovationCharges({ passCards: 0, permits: 1 }, items).map((l) => l.code);
    expect(codes).toEqual([
      'renovation_deposit_contractor',
      'renovation_deposit_owner',
      'debris_removal',
      'permit_fee',
    ]);
  });

  it('refuses impossible counts', () => {
    expect(() => renovationCharges({ passCards: -1, permits: 1 }, DEFAULT_FEE_ITEMS)).toThrow(
      RangeError,
    );
  });
});
