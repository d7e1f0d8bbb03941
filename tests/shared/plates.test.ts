import { describe, expect, it } from 'vitest';
import { formatPlate, isNewEnergyPlate, splitPlates, validatePlate } from '@shared/domain/plates';

const WRONG = '车牌号格式不正确，如 粤B12345 或 粤B·D12345';

describe('plates', () => {
  it.each([
    ['京A12345', '京A12345', false],
    ['粤b d12345', '粤BD12345', true],
    ['沪ＡＢ１２３４', '沪AB1234', false],
    ['苏E1234挂', '苏E1234挂', false],
    ['使123456', '使123456', false],
    // New-energy plates (新能源) have eight characters.
    ['粤BD12345', '粤BD12345', true],
    ['粤B·D12345', '粤BD12345', true],
    ['粤B·FA1234', '粤BFA1234', true],
    ['京AA00001', '京AA00001', true],
    ['沪A12345D', '沪A12345D', true],
    ['川a 12345f', '川A12345F', true],
  ])('accepts %j as %j (new energy: %s)', (input, value, newEnergy) => {
    expect(validatePlate(input)).toEqual({ ok: true, value });
    expect(isNewEnergyPlate(value)).toBe(newEnergy);
  });

  it.each([
    'A12345',
    '粤12345',
    '粤B1234',
    '粤B123456789',
    'X京12345',
    // A small car's third character is its energy letter, not any letter.
    '粤BX12345',
    // A large car's energy letter comes after five digits.
    '粤B1234AD',
    // The serial of a small car ends in four digits.
    '粤BD1234A',
    // I and O are never issued.
    '粤BDI2345',
    '粤B12O45',
    // Nine characters.
    '粤BD123456',
  ])('refuses %j', (input) => {
    expect(validatePlate(input)).toEqual({ ok: false, error: WRONG });
  });

  it('shows the dot after the issuing office', () => {
    expect(formatPlate('粤BD12345')).toBe('粤B·D12345');
    expect(formatPlate('京A12345')).toBe('京A·12345');
    expect(formatPlate('使123456')).toBe('使123456');
  });

  it('an ordinary plate is not a new-energy one', () => {
    expect(isNewEnergyPlate('粤B12345')).toBe(false);
    expect(isNewEnergyPlate('粤B·12345')).toBe(false);
  });
});

describe('several plates typed into one box', () => {
  it('splits at spaces, commas (full-width too), 、 and semicolons, keeping the dot', () => {
    expect(splitPlates(' 粤B12345，粤B·D12345、京A1234学; 沪C12345  ')).toEqual([
      '粤B12345',
      '粤B·D12345',
      '京A1234学',
      '沪C12345',
    ]);
    expect(splitPlates('  ')).toEqual([]);
  });
});

describe('a plate typed on a Traditional-script keyboard (zh-TW desk)', () => {
  it('is stored in the simplified characters on the plate', () => {
    expect(validatePlate('粵B·D12345')).toEqual({ ok: true, value: '粤BD12345' });
    expect(validatePlate('滬A1234學')).toEqual({ ok: true, value: '沪A1234学' });
  });
});
