import { describe, expect, it } from 'vitest';
import {
  idCheckChar,
  maskIdNumber,
  maskName,
  maskPhone,
  upgradeOldIdNumber,
  usccCheckChar,
  validateChineseIdNumber,
  validateCreditCode,
  validateHkMacauPermit,
  validateLandline,
  validateMobile,
  validatePassport,
  validatePhone,
} from '@shared/domain/identity';

describe('validateChineseIdNumber', () => {
  it('accepts the well-known sample 11010519491231002X', () => {
    expect(validateChineseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('accepts a hand-computed number', () => {
    // 4403051990010112 3: Σ digit×weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) = 200;
    // 200 mod 11 = 2 → check character "10X98765432"[2] = X
    expect(idCheckChar('44030519900101123')).toBe('X');
    expect(validateChineseIdNumber('44030519900101123x')).toEqual({
      ok: true,
      value: '44030519900101123X',
    });
    // 32010219881130567: Σ = 259, 259 mod 11 = 6 → "10X98765432"[6] = 6
    expect(validateChineseIdNumber(' 3201 0219 8811 3056 76 ')).toEqual({
      ok: true,
      value: '320102198811305676',
    });
    expect(validateChineseIdNumber('320102198811305675')).toEqual({
      ok: false,
      error: '身份证号校验位不正确',
    });
  });

  it.each([
    // one valid number per check character (sum mod 11 = 0…10), computed with an independent
    // Python implementation of GB 11643-1999
    '440305199001011061',
    '440305199001011010',
    '44030519900101107X',
    '440305199001011029',
    '440305199001011088',
    '440305199001011037',
    '440305199001011096',
    '440305199001011045',
    '440305199001011184',
    '440305199001011053',
    '440305199001011002',
  ])('accepts %s and refuses it with the last character changed', (id) => {
    expect(validateChineseIdNumber(id)).toEqual({ ok: true, value: id });
    const wrong = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
    expect(validateChineseIdNumber(wrong)).toEqual({ ok: false, error: '身份证号校验位不正确' });
  });

  it.each([
    ['', '请输入身份证号'],
    ['110105194912310021', '身份证号校验位不正确'],
    ['11010519491231002', '身份证号应为 18 位（末位可为 X）'],
    ['1101051949123100XX', '身份证号应为 18 位（末位可为 X）'],
    ['11010519491331002X', '身份证号出生日期无效'], // month 13
    ['110105194902300021', '身份证号出生日期无效'], // 30 February
    ['110105189912310021', '身份证号出生日期无效'], // before 1900
    ['99010519491231002X', '身份证号地区码无效'],
    ['01010519491231002X', '身份证号地区码无效'],
    ['110105491231002', '15 位旧身份证已停用，请登记 18 位身份证号'],
  ])('%j → %s', (id, error) => {
    expect(validateChineseIdNumber(id)).toEqual({ ok: false, error });
  });

  it('refuses a birth date after today when today is given', () => {
    // 2030-01-01 birth, check char computed by the documented algorithm
    const first17 = '11010520300101001';
    const id = first17 + idCheckChar(first17);
    expect(validateChineseIdNumber(id).ok).toBe(true);
    expect(validateChineseIdNumber(id, { today: '2026-06-01' })).toEqual({
      ok: false,
      error: '身份证号出生日期无效',
    });
  });

  it('upgrades a 15-digit number for the clerk to confirm', () => {
    expect(upgradeOldIdNumber('110105491231002')).toBe('11010519491231002X');
    expect(upgradeOldIdNumber('11010549123100')).toBeNull();
    expect(upgradeOldIdNumber('110105491331002')).toBeNull(); // month 13
  });
});

describe('validateCreditCode (统一社会信用代码)', () => {
  it('accepts a valid code', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
    });
    expect(validateCreditCode('91350100m000100y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
    });
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it.each(['91440300MA5F00001A', '91440300MA5F00006R', '91440300MA5F000080', '12100000000000005Y'])(
    'accepts %s (check computed independently in Python, GB 32100-2015)',
    (code) => {
      expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
      const wrong = code.slice(0, 17) + (code.endsWith('1') ? '2' : '1');
      expect(validateCreditCode(wrong)).toEqual({
        ok: false,
        error: '统一社会信用代码校验位不正确',
      });
    },
  );

  it.each([
    ['91350100M000100Y44', '统一社会信用代码校验位不正确'],
    ['91350100M000100Y4', '统一社会信用代码应为 18 位数字或大写字母'],
    ['91350100M00010OY43', '统一社会信用代码应为 18 位数字或大写字母'], // O is not used
    ['9135A100M000100Y43', '统一社会信用代码应为 18 位数字或大写字母'], // region must be digits
    ['', '请输入统一社会信用代码'],
  ])('%j → %s', (code, error) => {
    expect(validateCreditCode(code)).toEqual({ ok: false, error });
  });
});

describe('passports and HK/Macao permits', () => {
  it('accepts passport numbers', () => {
    expect(validatePassport('E12345678')).toEqual({ ok: true, value: 'E12345678' });
    expect(validatePassport(' ea1234567 ')).toEqual({ ok: true, value: 'EA1234567' });
    expect(validatePassport('X1234')).toEqual({ ok: true, value: 'X1234' });
    expect(validatePassport('E1234')).toEqual({ ok: true, value: 'E1234' });
  });

  it('refuses malformed passport numbers', () => {
    expect(validatePassport('E12')).toEqual({ ok: false, error: '护照号码应为 5–17 位字母或数字' });
    expect(validatePassport('E1234567#')).toEqual({
      ok: false,
      error: '护照号码应为 5–17 位字母或数字',
    });
    expect(validatePassport('')).toEqual({ ok: false, error: '请输入护照号码' });
  });

  it('accepts both kinds of HK/Macao permits', () => {
    for (const p of ['C12345678', 'CA1234567', 'W12345678', 'H12345678', 'M1234567890']) {
      expect(validateHkMacauPermit(p)).toEqual({ ok: true, value: p });
    }
    for (const p of ['C1234567', 'H123456789', 'K12345678', 'W1234567A']) {
      expect(validateHkMacauPermit(p)).toEqual({ ok: false, error: '港澳通行证号码格式不正确' });
    }
  });
});

describe('phones', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008619912345678', '19912345678'],
    ['１３８１２３４５６７８', '13812345678'],
  ])('mobile %j → %s', (input, value) => {
    expect(validateMobile(input)).toEqual({ ok: true, value });
  });

  it.each(['12812345678', '1381234567', '138123456789', '23812345678', 'abc'])(
    'refuses mobile %j',
    (input) => {
      expect(validateMobile(input)).toEqual({ ok: false, error: '手机号应为 1 开头的 11 位数字' });
    },
  );

  it.each([
    ['0755-12345678', '0755-12345678'],
    ['075512345678', '0755-12345678'],
    ['(0755)12345678', '0755-12345678'],
    ['（0755）12345678', '0755-12345678'],
    ['0755 1234 5678', '0755-12345678'],
    ['010-1234567', '010-1234567'],
    ['010-1234567-8001', '010-1234567-8001'],
    ['010-12345678转801', '010-12345678-801'],
    ['020-87654321', '020-87654321'],
    ['87654321', '87654321'],
    ['87654321-801', '87654321-801'],
    ['400-123-4567', '400-123-4567'],
    ['4001234567', '400-123-4567'],
  ])('landline %j → %s', (input, value) => {
    expect(validateLandline(input)).toEqual({ ok: true, value });
  });

  it.each(['0755-123456', '0755-0234567', '123456', '0755-12345678-1234567', '0755-1234-5678'])(
    'refuses landline %j',
    (input) => {
      expect(validateLandline(input)).toEqual({
        ok: false,
        error: '固定电话格式不正确，如 0755-12345678',
      });
    },
  );

  it('validatePhone tells mobiles from landlines', () => {
    expect(validatePhone('13812345678')).toEqual({
      ok: true,
      value: '13812345678',
      kind: 'mobile',
    });
    expect(validatePhone('0755-12345678')).toEqual({
      ok: true,
      value: '0755-12345678',
      kind: 'landline',
    });
    expect(validatePhone(' ')).toEqual({ ok: false, error: '请输入电话号码' });
    expect(validatePhone('12345')).toEqual({
      ok: false,
      error: '电话号码格式不正确（手机 11 位，座机如 0755-12345678）',
    });
  });
});

describe('masking', () => {
  // Each row: the masker, then what it makes of each input.
  it.each([
    {
      what: 'masks ID numbers as in the domain brief',
      mask: maskIdNumber,
      cases: [
        ['110105194912311234', '110***********1234'],
        ['11010519491231002X', '110***********002X'],
        ['91350100M000100Y43', '913***********0Y43'],
        ['E12345678', 'E1*****78'],
        ['X1234', '*****'],
        ['', ''],
      ],
    },
    {
      what: 'masks phones',
      mask: maskPhone,
      cases: [
        ['13812345678', '138****5678'],
        ['0755-12345678', '0755-****5678'],
        ['010-1234567-8001', '010-***4567'],
        ['400-123-4567', '400-***4567'],
        ['87654321', '****4321'],
        ['87654321-801', '****4321'],
      ],
    },
    {
      what: 'masks names',
      mask: maskName,
      cases: [
        ['张三', '张*'],
        ['张三丰', '张*丰'],
        ['欧阳娜娜', '欧**娜'],
        ['李', '*'],
        ['', ''],
      ],
    },
  ] satisfies { what: string; mask: (text: string) => string; cases: [string, string][] }[])(
    '$what',
    ({ mask, cases }) => {
      for (const [input, masked] of cases) expect(mask(input), input).toBe(masked);
    },
  );
});
