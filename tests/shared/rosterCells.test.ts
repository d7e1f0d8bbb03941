import { describe, expect, it } from 'vitest';
import {
  excelSerialToIsoDate,
  isBlankCell,
  parseDateText,
  readCell,
} from '@shared/domain/rosterCells';

describe('excelSerialToIsoDate', () => {
  it.each([
    [61, '1900-03-01'], // after Excel's phantom 29 Feb 1900
    [25569, '1970-01-01'],
    [45658, '2025-01-01'],
    [46143, '2026-05-01'],
    [46143.75, '2026-05-01'], // a time of day is dropped
  ])('%d → %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });

  it.each([0, -5, 3_000_000, Number.NaN])('rejects %d', (serial) => {
    expect(excelSerialToIsoDate(serial)).toBeNull();
  });
});

describe('parseDateText', () => {
  it.each([
    ['2026-05-01', '2026-05-01'],
    ['2026/5/1', '2026-05-01'],
    ['2026.05.01', '2026-05-01'],
    ['2026年5月1日', '2026-05-01'],
    ['20260501', '2026-05-01'],
    ['２０２６－０５－０１', '2026-05-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['2026-02-30', '2026-13-01', '26-5-1', '5/1/2026', '明天'])('rejects %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe('readCell', () => {
  it('reads text, numbers and booleans', () => {
    expect(readCell('  张三 ', 'text')).toEqual({ ok: true, text: '张三' });
    expect(readCell(13812345678, 'digits')).toEqual({ ok: true, text: '13812345678' });
    expect(readCell(1201, 'digits')).toEqual({ ok: true, text: '1201' });
    expect(readCell(true, 'text')).toEqual({ ok: true, text: 'TRUE' });
    expect(readCell(null, 'text')).toEqual({ ok: true, text: '' });
    expect(readCell(undefined, 'date')).toEqual({ ok: true, text: '' });
  });

  it('reads dates from Date objects, serials and text', () => {
    expect(readCell(new Date(Date.UTC(2026, 4, 1)), 'date')).toEqual({
      ok: true,
      text: '2026-05-01',
    });
    expect(readCell(46143, 'date')).toEqual({ ok: true, text: '2026-05-01' });
    expect(readCell('2026/5/1', 'date')).toEqual({ ok: true, text: '2026-05-01' });
    expect(readCell(new Date(Number.NaN), 'date')).toEqual({ ok: false, error: '日期无效' });
    expect(readCell(-1, 'date')).toEqual({ ok: false, error: '日期无效' });
  });

  it('refuses a number that lost digits in Excel', () => {
    expect(readCell(110105194912310020, 'digits')).toEqual({
      ok: false,
      error: '数字过长，Excel 已丢失末几位，请把该列设为文本后重新填写',
    });
    expect(readCell(Number.POSITIVE_INFINITY, 'text')).toEqual({ ok: false, error: '数值无效' });
  });

  it('refuses a date where text was meant', () => {
    expect(readCell(new Date(Date.UTC(2026, 2, 1)), 'digits')).toEqual({
      ok: false,
      error: '单元格被 Excel 识别成了日期，请把该列设为文本后重新填写',
    });
  });

  it('reads rich text and hyperlinks, refuses formulas and error values', () => {
    expect(readCell({ richText: [{ text: '3栋' }, { text: '1单元' }] }, 'text')).toEqual({
      ok: true,
      text: '3栋1单元',
    });
    expect(readCell({ text: '官网', hyperlink: 'https://example.cn' }, 'text')).toEqual({
      ok: true,
      text: '官网',
    });
    expect(readCell({ formula: 'B2&C2', result: '张三' }, 'text')).toEqual({
      ok: false,
      error: '单元格含公式，请复制后“选择性粘贴为数值”再导入',
    });
    expect(readCell({ sharedFormula: 'A2', result: 1 }, 'digits').ok).toBe(false);
    expect(readCell({ error: '#REF!' }, 'text')).toEqual({
      ok: false,
      error: '单元格含错误值 #REF!',
    });
    expect(readCell({ foo: 1 }, 'text')).toEqual({ ok: false, error: '无法识别的单元格内容' });
    expect(readCell(Symbol('x'), 'text')).toEqual({ ok: false, error: '无法识别的单元格内容' });
  });

  it.each(['=1+1', '=cmd|"/c calc"!A1', '+SUM(A1)', '@foo', '  =HYPERLINK("x")', '+86abc'])(
    'refuses formula-looking text %j',
    (text) => {
      expect(readCell(text, 'text')).toEqual({
        ok: false,
        error: '内容以 = + @ 开头，疑似公式，已拒绝',
      });
    },
  );

  it('keeps a +86 phone, a minus and HTML as plain text', () => {
    expect(readCell('+86 138 1234 5678', 'digits')).toEqual({
      ok: true,
      text: '+86 138 1234 5678',
    });
    expect(readCell('-', 'text')).toEqual({ ok: true, text: '-' });
    expect(readCell('<img src=x onerror=alert(1)>', 'text')).toEqual({
      ok: true,
      text: '<img src=x onerror=alert(1)>',
    });
  });

  it('knows a blank cell', () => {
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell(' \t')).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell('x')).toBe(false);
  });
});
