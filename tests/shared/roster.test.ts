import { describe, expect, it } from 'vitest';
import {
  ROSTER_COLUMNS,
  ROSTER_MAX_ROWS,
  guessColumnMapping,
  personDedupKeys,
  validateRoster,
  type ExistingArchive,
  type RosterMapping,
} from '@shared/domain/roster';
import { SUITE_ROOM_HEADERS } from '../fixtures/movingIn';

/** The template's own headers map to themselves. */
const TEMPLATE_MAPPING: RosterMapping = Object.fromEntries(
  ROSTER_COLUMNS.map((c) => [c.field, c.header]),
);
const EMPTY: ExistingArchive = { unitCodes: new Set(), personKeys: new Set() };

/** A good roster row as exceljs would hand it over; override cells by header. */
function makeRow(cells: Record<string, unknown> = {}): Record<string, unknown> {
  return { 楼栋: 3, 单元: 1, 房号: 1201, 姓名: '张三', 身份: '业主', 电话: 13812345678, ...cells };
}

const check = (rows: Record<string, unknown>[], existing = EMPTY) =>
  validateRoster(rows, TEMPLATE_MAPPING, existing);

describe('ROSTER_COLUMNS', () => {
  it('lists the template columns in order', () => {
    expect(ROSTER_COLUMNS.map((c) => c.header)).toEqual([
      '楼栋',
      '单元',
      '房号',
      '姓名',
      '身份',
      '电话',
      '证件类型',
      '证件号码',
      '入住日期',
      '车牌',
      '备注',
      '客户等级',
      '联系人',
      '楼层',
      '建筑面积',
      '室内面积',
      '房屋类型',
      '房屋状态',
      '是否有电梯',
      '性别',
    ]);
    expect(ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.header)).toEqual([
      '楼栋',
      '房号',
      '姓名',
    ]);
  });
});

describe('guessColumnMapping', () => {
  it('maps the template headers, marked required or spaced', () => {
    expect(guessColumnMapping(['楼栋*', ' 单元 ', '房号（必填）', '姓名', '电话'])).toEqual({
      building: '楼栋*',
      entrance: ' 单元 ',
      room: '房号（必填）',
      name: '姓名',
      phone: '电话',
    });
  });

  it('maps estates’ own headers by alias and by containment', () => {
    expect(
      guessColumnMapping([
        '楼号',
        '房间号',
        '业主姓名',
        '联系电话',
        '身份证号码',
        '人员类型',
        '车牌号码',
        '交房日期',
      ]),
    ).toEqual({
      building: '楼号',
      room: '房间号',
      name: '业主姓名',
      phone: '联系电话',
      idNumber: '身份证号码',
      kind: '人员类型',
      plates: '车牌号码',
      moveInDate: '交房日期',
    });
    expect(
      guessColumnMapping(['所在楼栋', '房号', '客户名称', '手机号码1', '证件类型', '证件号码']),
    ).toEqual({
      building: '所在楼栋',
      room: '房号',
      name: '客户名称',
      phone: '手机号码1',
      idType: '证件类型',
      idNumber: '证件号码',
    });
  });

  it('does not match one-character aliases inside longer headers', () => {
    expect(guessColumnMapping(['座机', '房号', '姓名'])).toEqual({
      phone: '座机',
      room: '房号',
      name: '姓名',
    });
    expect(guessColumnMapping(['座', '房号'])).toEqual({ building: '座', room: '房号' });
  });

  it('does not give one header to two fields', () => {
    const m = guessColumnMapping(['身份证', '房号', '楼栋', '姓名']);
    expect(m.idNumber).toBe('身份证');
    expect(m.kind).toBeUndefined();
  });
});

describe('validateRoster: good rows', () => {
  it('reads numbers, dates and lists as the clerk meant them', () => {
    const r = check([
      makeRow({
        证件号码: '11010519491231002X',
        入住日期: new Date(Date.UTC(2026, 4, 1)),
        车牌: '粤B·D12345，京A12345',
        电话: '13812345678 / 0755-12345678',
        客户等级: 'VIP',
        备注: '<script>alert(1)</script>',
      }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.valid).toEqual([
      {
        row: 2,
        unitCode: '3-1-1201',
        unit: { building: '3', entrance: '1', floor: 12, room: '1201', status: 'occupied' },
        unitExists: false,
        person: {
          kind: 'owner',
          name: '张三',
          phones: ['13812345678', '0755-12345678'],
          idType: 'idCard',
          idNumber: '11010519491231002X',
          moveInDate: '2026-05-01',
          plates: ['粤BD12345', '京A12345'],
          notes: '<script>alert(1)</script>',
          grade: 'vip',
        },
      },
    ]);
  });

  it('reads Excel date serials and Chinese date text', () => {
    // serial 46143 = 2026-05-01 (25,569 days from 1899-12-30 to 1970-01-01, + 20,574)
    const r = check([
      makeRow({ 入住日期: 46143 }),
      makeRow({ 姓名: '李四', 电话: '13900001111', 入住日期: '2025年12月3日' }),
    ]);
    expect(r.valid.map((v) => v.person.moveInDate)).toEqual(['2026-05-01', '2025-12-03']);
  });

  it('accepts units written the Chinese way and without entrance', () => {
    const r = check([
      makeRow({ 楼栋: '3栋', 单元: '1单元', 房号: '1201室' }),
      makeRow({ 楼栋: 'A座', 单元: null, 房号: '0301', 姓名: '李四' }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.valid.map((v) => v.unitCode)).toEqual(['3-1-1201', 'A-0301']);
  });

  it('marks units already in the archive', () => {
    const r = check([makeRow()], { unitCodes: new Set(['3-1-1201']), personKeys: new Set() });
    expect(r.valid[0]?.unitExists).toBe(true);
  });

  it('maps kind words and reads rich text and hyperlink cells', () => {
    const r = check([
      makeRow({ 姓名: { richText: [{ text: '王' }, { text: '五' }] }, 身份: '租客' }),
      makeRow({ 姓名: { text: '赵六', hyperlink: 'mailto:x@y.cn' }, 身份: '家属', 电话: null }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.valid.map((v) => [v.person.name, v.person.kind])).toEqual([
      ['王五', 'tenant'],
      ['赵六', 'family'],
    ]);
  });

  it('skips blank rows but keeps Excel row numbers', () => {
    const r = check([{}, { 楼栋: '  ', 姓名: null }, makeRow({ 身份: '' })]);
    expect(r.skipped).toBe(2);
    expect(r.valid.map((v) => v.row)).toEqual([4]);
  });
});

describe('validateRoster: bad rows', () => {
  it('names the row and column of each problem', () => {
    const r = check([
      makeRow(),
      makeRow({ 楼栋: null, 房号: '', 姓名: '李四' }),
      makeRow({ 姓名: '  ', 电话: '12345' }),
      makeRow({ 姓名: '王五', 证件号码: '110105194912310021' }),
    ]);
    // A 身份证 failing its check keeps the resident, with a warning to correct it (issue 18).
    expect(r.valid.map((v) => v.row)).toEqual([2, 5]);
    expect(r.valid[1]?.person.idNumber).toBe('110105194912310021');
    expect(r.valid[1]?.warnings?.[0]).toContain('身份证号校验位不正确');
    // The preview is a list: the number is masked there, never shown whole.
    expect(r.valid[1]?.warnings?.[0]).toContain('110***********0021');
    expect(r.valid[1]?.warnings?.[0]).not.toContain('110105194912310021');
    expect(r.errors).toEqual([
      { row: 3, column: '楼栋', message: '缺少楼栋' },
      { row: 3, column: '房号', message: '缺少房号' },
      { row: 4, column: '姓名', message: '缺少姓名' },
      { row: 4, column: '电话', message: '电话号码格式不正确（手机 11 位，座机如 0755-12345678）' },
    ]);
  });

  it('reads a room template from another suite: unit columns to the unit, never to the person', () => {
    const headers = [...SUITE_ROOM_HEADERS];
    const mapping = guessColumnMapping(headers);
    expect(mapping).toMatchObject({
      building: '楼号',
      entrance: '单元',
      room: '房间',
      floor: '楼层',
      unitType: '房屋类型',
      builtArea: '建筑面积',
      innerArea: '室内面积',
      unitStatus: '房屋状态',
      name: '业主名称',
      phone: '手机号',
      idNumber: '身份证号',
    });
    expect(Object.values(mapping)).not.toContain('房屋户型');
    const r = validateRoster(
      [
        {
          楼号: 3,
          单元: 1,
          房间: 1201,
          楼层: 12,
          房屋类型: '住宅',
          建筑面积: 89.56,
          室内面积: 72.3,
          房屋状态: '空置',
          业主名称: '张三',
          手机号: 13812345678,
        },
      ],
      { ...mapping, kind: undefined },
      { unitCodes: new Set(), personKeys: new Set() },
    );
    expect(r.errors).toEqual([]);
    expect(r.valid[0]?.unit).toMatchObject({
      floor: 12,
      builtArea: 89.56,
      innerArea: 72.3,
      unitType: 'residential',
      status: 'vacant',
    });
  });

  it('refuses formulas and formula-looking text, but not a +86 phone', () => {
    const r = check([
      makeRow({ 姓名: '=HYPERLINK("http://x","点我")' }),
      makeRow({ 姓名: '李四', 备注: '+cmd|/c calc' }),
      makeRow({ 姓名: '王五', 备注: '@SUM(A1)' }),
      makeRow({ 姓名: '赵六', 房号: { formula: 'A1+1', result: 1202 } }),
      makeRow({ 姓名: '钱七', 电话: '+86 139 0000 1111' }),
    ]);
    expect(r.errors).toEqual([
      { row: 2, column: '姓名', message: '内容以 = + @ 开头，疑似公式，已拒绝' },
      { row: 3, column: '备注', message: '内容以 = + @ 开头，疑似公式，已拒绝' },
      { row: 4, column: '备注', message: '内容以 = + @ 开头，疑似公式，已拒绝' },
      { row: 5, column: '房号', message: '单元格含公式，请复制后“选择性粘贴为数值”再导入' },
    ]);
    expect(r.valid.map((v) => v.person.phones)).toEqual([['13900001111']]);
  });

  it('explains numbers and dates Excel has mangled', () => {
    const r = check([
      makeRow({ 证件号码: 110105194912310000 }),
      makeRow({ 姓名: '李四', 房号: new Date(Date.UTC(2026, 11, 1)) }),
      makeRow({ 姓名: '王五', 入住日期: '2026-02-30' }),
      makeRow({ 姓名: '赵六', 电话: { error: '#N/A' } }),
    ]);
    expect(r.errors).toEqual([
      {
        row: 2,
        column: '证件号码',
        message: '数字过长，Excel 已丢失末几位，请把该列设为文本后重新填写',
      },
      {
        row: 3,
        column: '房号',
        message: '单元格被 Excel 识别成了日期，请把该列设为文本后重新填写',
      },
      { row: 4, column: '入住日期', message: '日期格式不正确，如 2026-05-01' },
      { row: 5, column: '电话', message: '单元格含错误值 #N/A' },
    ]);
  });

  it('refuses unknown kind, ID type and grade words', () => {
    const r = check([makeRow({ 身份: '朋友', 证件类型: '驾照', 证件号码: 'X', 客户等级: '金牌' })]);
    expect(r.errors).toEqual([
      {
        row: 2,
        column: '身份',
        message: '身份应为 业主、租户、家属或单位（文件中为“朋友”，可在代码对应中对应或不导入）',
      },
      {
        row: 2,
        column: '证件类型',
        message:
          '证件类型应为 身份证、护照、港澳通行证、营业执照或其他（文件中为“驾照”，可在代码对应中对应或不导入）',
      },
      {
        row: 2,
        column: '客户等级',
        message: '客户等级应为 普通、大客户或 VIP（文件中为“金牌”，可在代码对应中对应或不导入）',
      },
    ]);
  });

  it('asks for the contact person of a company', () => {
    const r = check([makeRow({ 姓名: '某某科技有限公司', 身份: '单位', 电话: '0755-12345678' })]);
    expect(r.errors).toEqual([{ row: 2, column: '联系人', message: '单位请填写联系人' }]);
  });

  it('refuses an unreadable unit', () => {
    const r = check([makeRow({ 楼栋: '3-1', 单元: '2', 房号: '1201' })]);
    expect(r.errors).toEqual([{ row: 2, column: '房号', message: '无法识别的房号：3-1 2 1201' }]);
  });
});

describe('validateRoster: duplicates', () => {
  it('finds the same unit + name + phone earlier in the file', () => {
    const r = check([makeRow(), makeRow({ 房号: '1201室', 电话: '138-1234-5678' })]);
    expect(r.valid.map((v) => v.row)).toEqual([2]);
    expect(r.errors).toEqual([
      { row: 3, column: '姓名', message: '与第 2 行重复（同房号、姓名和电话）' },
    ]);
  });

  it('finds the same ID number in the same unit', () => {
    const id = '11010519491231002X';
    const r = check([
      makeRow({ 证件号码: id }),
      makeRow({ 电话: '13900001111', 证件号码: id.toLowerCase() }),
    ]);
    expect(r.errors).toEqual([
      { row: 3, column: '证件号码', message: '与第 2 行重复（同房号同证件号码）' },
    ]);
  });

  it('lets one owner hold two flats, but not one ID under two names', () => {
    const id = '11010519491231002X';
    const r = check([
      makeRow({ 证件号码: id }),
      makeRow({ 房号: 1202, 证件号码: id }),
      makeRow({ 房号: 1203, 姓名: '张叁', 证件号码: id }),
    ]);
    expect(r.valid.map((v) => v.unitCode)).toEqual(['3-1-1201', '3-1-1202']);
    expect(r.errors).toEqual([
      { row: 4, column: '证件号码', message: '证件号码与第 3 行相同但姓名不同（张三）' },
    ]);
  });

  it('finds people already in the archive', () => {
    const existing: ExistingArchive = {
      unitCodes: new Set(['3-1-1201']),
      personKeys: new Set(personDedupKeys('3-1-1201', { name: '张三', phones: ['13812345678'] })),
    };
    expect(
      personDedupKeys('3-1-1201', {
        name: '张三',
        phones: ['13812345678'],
        idNumber: '11010519491231002x',
      }),
    ).toEqual(['unit:3-1-1201|张三|13812345678', 'id:3-1-1201|11010519491231002X']);
    const r = check([makeRow()], existing);
    expect(r.errors).toEqual([
      { row: 2, column: '姓名', message: '档案中已有此人（同房号、姓名和电话）' },
    ]);
  });
});

describe('validateRoster: the whole file', () => {
  it('refuses more than 50,000 rows', () => {
    // Rows with something in them: blank rows do not count (issue 15).
    const rows = Array.from({ length: ROSTER_MAX_ROWS + 1 }, () => ({ 楼栋: '1' }));
    expect(check(rows)).toEqual({
      valid: [],
      errors: [{ row: 0, message: '一次最多导入 50,000 行，本文件有 50,001 行，请分批导入' }],
      skipped: 0,
    });
  });

  it('refuses a mapping without the required columns', () => {
    const r = validateRoster([makeRow()], { name: '姓名', phone: '电话' }, EMPTY);
    expect(r.errors).toEqual([{ row: 0, message: '缺少必需的列：楼栋、房号' }]);
  });

  it('checks 50,000 rows in reasonable time', () => {
    const rows = Array.from({ length: ROSTER_MAX_ROWS }, (_, i) =>
      makeRow({ 楼栋: 1 + Math.floor(i / 1000), 房号: 101 + (i % 1000), 电话: 13800000000 + i }),
    );
    const t = performance.now();
    const r = check(rows);
    expect(r.errors).toEqual([]);
    expect(r.valid).toHaveLength(ROSTER_MAX_ROWS);
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});
