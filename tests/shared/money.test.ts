import { describe, expect, it } from 'vitest';
import {
  formatFen,
  formatYuan,
  multiplyFen,
  parseAmountToFen,
  sumFen,
  toChineseCapital,
} from '@shared/domain/money';

const MAX = 10_000_000; // 100,000.00 元
const parse = (input: string, allowZero = false) =>
  parseAmountToFen(input, { maxFen: MAX, allowZero });

describe('parseAmountToFen accepts what clerks type', () => {
  it.each([
    ['1000', 100000],
    ['1,000.50', 100050],
    ['1000.5', 100050],
    ['1000.05', 100005],
    ['0.01', 1],
    ['１０００．５', 100050],
    ['１，０００．５０', 100050],
    ['1000。5', 100050],
    ['  1000 ', 100000],
    ['\u30001000\u3000', 100000],
    ['¥1000', 100000],
    ['￥ 1,000.50', 100050],
    ['1000元', 100000],
    ['1000.', 100000],
    ['007', 700],
  ])('%s → %i fen', (input, fen) => {
    expect(parse(input)).toEqual({ ok: true, fen });
  });

  it('reads long grouped amounts under a higher ceiling', () => {
    expect(parseAmountToFen('12,345,678.90', { maxFen: 2_000_000_000 })).toEqual({
      ok: true,
      fen: 1_234_567_890,
    });
  });

  it('is exact where floating point is not (0.29 × 100 = 28.999…)', () => {
    expect(parse('0.29')).toEqual({ ok: true, fen: 29 });
    expect(parse('1.13')).toEqual({ ok: true, fen: 113 });
    expect(parse('4.35')).toEqual({ ok: true, fen: 435 });
  });

  it('accepts zero only when allowed', () => {
    expect(parse('0')).toEqual({ ok: false, error: '金额必须大于 0' });
    expect(parse('0.00')).toEqual({ ok: false, error: '金额必须大于 0' });
    expect(parse('0', true)).toEqual({ ok: true, fen: 0 });
  });

  it('accepts the ceiling itself', () => {
    expect(parse('100,000.00')).toEqual({ ok: true, fen: 10_000_000 });
  });
});

describe('parseAmountToFen refuses with a Chinese message', () => {
  it.each([
    ['', '请输入金额'],
    ['   ', '请输入金额'],
    ['-5', '金额不能为负数'],
    ['－5', '金额不能为负数'],
    ['-0.5', '金额不能为负数'],
    ['10.001', '金额最多两位小数（到分）'],
    ['10.500', '金额最多两位小数（到分）'],
    ['1,00', '千位分隔符位置不正确'],
    ['10,00.5', '千位分隔符位置不正确'],
    ['1,0000', '千位分隔符位置不正确'],
    [',100', '千位分隔符位置不正确'],
    ['1.2.3', '金额只能有一个小数点'],
    ['abc', '请输入数字金额，如 1000 或 1,000.50'],
    ['一千', '请输入数字金额，如 1000 或 1,000.50'],
    ['NaN', '请输入数字金额，如 1000 或 1,000.50'],
    ['Infinity', '请输入数字金额，如 1000 或 1,000.50'],
    ['1e3', '请输入数字金额，如 1000 或 1,000.50'],
    ['.5', '请输入数字金额，如 1000 或 1,000.50'],
    ['0x10', '请输入数字金额，如 1000 或 1,000.50'],
    ['100000.01', '金额不能超过 100,000.00 元'],
    ['99999999999999999999999', '金额不能超过 100,000.00 元'],
  ])('%j → %s', (input, error) => {
    expect(parse(input)).toEqual({ ok: false, error });
  });

  it('refuses a bad ceiling as a programming error', () => {
    expect(() => parseAmountToFen('1', { maxFen: 1.5 })).toThrow(RangeError);
    expect(() => parseAmountToFen('1', { maxFen: -1 })).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it.each([
    [0, '0.00', '¥0.00'],
    [5, '0.05', '¥0.05'],
    [100050, '1,000.50', '¥1,000.50'],
    [99999, '999.99', '¥999.99'],
    [123456789, '1,234,567.89', '¥1,234,567.89'],
    [-100050, '-1,000.50', '-¥1,000.50'],
  ])('%i fen → %s / %s', (fen, figures, yuan) => {
    expect(formatFen(fen)).toBe(figures);
    expect(formatYuan(fen)).toBe(yuan);
  });

  it('refuses fractional fen', () => {
    expect(() => formatFen(10.5)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
  });
});

describe('toChineseCapital (大写)', () => {
  it.each([
    [208000, '贰仟零捌拾元整'],
    [132550, '壹仟叁佰贰拾伍元伍角'],
    [132500, '壹仟叁佰贰拾伍元整'],
    [100005, '壹仟元零伍分'],
    [10000000, '壹拾万元整'],
    [1030, '壹拾元叁角'],
    [1000, '壹拾元整'],
    [5, '伍分'],
    [50, '伍角'],
    [10001000, '壹拾万零壹拾元整'],
    [100100001, '壹佰万壹仟元零壹分'],
    [0, '零元整'],
    [101, '壹元零壹分'],
    [1234, '壹拾贰元叁角肆分'],
    [237000, '贰仟叁佰柒拾元整'],
    [10000000000, '壹亿元整'],
    [-30000, '负叁佰元整'],
  ])('%i fen → %s', (fen, capital) => {
    expect(toChineseCapital(fen)).toBe(capital);
  });

  it.each([
    [208000, '貳仟零捌拾元整'],
    [1234567, '壹萬貳仟參佰肆拾伍元陸角柒分'],
    [100005, '壹仟元零伍分'],
    [10000000000, '壹億元整'],
    [5, '伍分'],
    [-30000, '負參佰元整'],
  ])('%i fen → %s in traditional characters (繁體 大寫)', (fen, capital) => {
    expect(toChineseCapital(fen, 'traditional')).toBe(capital);
  });
});

describe('arithmetic', () => {
  it('sums fen', () => {
    expect(sumFen([100000, 100000, 30000, 500, 500, 2000, 2000, 2000])).toBe(237000);
    expect(sumFen([])).toBe(0);
    expect(() => sumFen([1, 0.5])).toThrow(RangeError);
  });

  it('multiplies by whole quantities', () => {
    expect(multiplyFen(500, 3)).toBe(1500);
    expect(multiplyFen(2000, 0)).toBe(0);
    expect(() => multiplyFen(500, 1.5)).toThrow(RangeError);
    expect(() => multiplyFen(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
});
