import { describe, expect, it } from 'vitest';
import { guessColumnMapping, validateRoster, type ExistingArchive } from '@shared/domain/roster';
import {
  codeMapOf,
  codeMapSchema,
  findCodeColumns,
  rememberCodes,
  translateCell,
  untranslated,
} from '@shared/domain/rosterCodes';
import { SUITE_ROOM_HEADERS } from '../fixtures/movingIn';

const SUITE_HEADERS = SUITE_ROOM_HEADERS;
const EMPTY: ExistingArchive = { unitCodes: new Set(), personKeys: new Set() };

const suiteRow = (over: Record<string, unknown> = {}) => ({
  楼号: 1,
  单元: 1,
  房间: 101,
  楼层: 1,
  总层数: 18,
  是否有电梯: 1010,
  房屋类型: 1,
  房屋户型: '三室两厅',
  建筑面积: 89.56,
  室内面积: 76.2,
  租金: 0,
  房屋状态: 2001,
  业主名称: '张三',
  性别: 1,
  手机号: 13812345678,
  身份证号: '110105199001011234',
  业主类型: 1001,
  ...over,
});

describe('guessing the suite’s room template', () => {
  it('guesses what each header names and leaves the rest to the clerk', () => {
    expect(guessColumnMapping(SUITE_HEADERS)).toEqual({
      building: '楼号',
      entrance: '单元',
      room: '房间',
      floor: '楼层',
      builtArea: '建筑面积',
      innerArea: '室内面积',
      unitType: '房屋类型',
      unitStatus: '房屋状态',
      name: '业主名称',
      phone: '手机号',
      idNumber: '身份证号',
      hasElevator: '是否有电梯',
      gender: '性别',
    });
  });

  it('never takes 业主类型 or 房屋类型 as the person’s 身份 or name', () => {
    expect(guessColumnMapping(['楼栋', '房号', '业主类型'])).toEqual({
      building: '楼栋',
      room: '房号',
    });
    expect(guessColumnMapping(['楼栋', '房号', '类型', '房屋类型'])).toEqual({
      building: '楼栋',
      room: '房号',
      unitType: '房屋类型',
    });
  });

  it('still guesses headers with neutral words around a name', () => {
    expect(guessColumnMapping(['业主手机', '建筑面积(平方米)', '所在楼栋'])).toEqual({
      phone: '业主手机',
      builtArea: '建筑面积(平方米)',
      building: '所在楼栋',
    });
  });
});

describe('code columns', () => {
  const mapping = { ...guessColumnMapping(SUITE_HEADERS), kind: '业主类型' };
  const rows = [
    suiteRow(),
    suiteRow({ 房间: 102, 房屋类型: 2, 房屋状态: 2002, 业主类型: 1003 }),
    suiteRow({ 房间: 103, 房屋类型: '住宅' }),
  ];

  it('lists each distinct code not already a word, with its rows', () => {
    const cols = findCodeColumns(rows, mapping, {});
    expect(cols.map((c) => [c.field, c.header, c.codes.map((x) => [x.code, x.rows])])).toEqual([
      [
        'unitType',
        '房屋类型',
        [
          ['1', 1],
          ['2', 1],
        ],
      ],
      [
        'unitStatus',
        '房屋状态',
        [
          ['2001', 2],
          ['2002', 1],
        ],
      ],
      [
        'kind',
        '业主类型',
        [
          ['1001', 2],
          ['1003', 1],
        ],
      ],
      ['hasElevator', '是否有电梯', [['1010', 3]]],
      ['gender', '性别', [['1', 3]]],
    ]);
    expect(untranslated(cols)).toBe(8);
  });

  it('fills in what was remembered from an earlier import', () => {
    const cols = findCodeColumns(rows, mapping, {
      unitStatus: { '2001': 'occupied', '2002': null },
    });
    const status = cols.find((c) => c.field === 'unitStatus')!;
    expect(status.codes.map((c) => c.value)).toEqual(['occupied', null]);
    expect(codeMapOf(cols)).toEqual({ unitStatus: { '2001': 'occupied', '2002': null } });
  });

  it('a row with an untranslated code is in error; translated it goes in', () => {
    const before = validateRoster(rows, mapping, EMPTY);
    expect(before.valid).toHaveLength(0);
    expect(before.errors.some((e) => e.column === '房屋类型' && e.message.includes('“1”'))).toBe(
      true,
    );
    const codes = {
      unitType: { '1': 'residential', '2': 'commercial' },
      unitStatus: { '2001': 'occupied', '2002': null },
      kind: { '1001': 'owner', '1003': 'tenant' },
      hasElevator: { '1010': 'yes' },
      gender: { '1': 'male' },
    };
    const after = validateRoster(rows, mapping, EMPTY, codes);
    expect(after.errors).toEqual([]);
    expect(after.valid.map((r) => [r.unit.hasElevator, r.person.gender])).toEqual([
      [true, 'male'],
      [true, 'male'],
      [true, 'male'],
    ]);
    expect(after.valid.map((r) => [r.unit.unitType, r.unit.status, r.person.kind])).toEqual([
      ['residential', 'occupied', 'owner'],
      // 2002 left out: the default status.
      ['commercial', 'occupied', 'tenant'],
      ['residential', 'occupied', 'owner'],
    ]);
    expect(after.valid[0]!.unit.builtArea).toBe(89.56);
  });

  it('reads 性别 and 是否有电梯 as words, codes or left out; blank stays unknown', () => {
    const words = validateRoster(
      [
        suiteRow({
          性别: '女',
          是否有电梯: '无',
          房屋类型: '住宅',
          房屋状态: '已入住',
          业主类型: '业主',
        }),
        suiteRow({
          房间: 102,
          性别: '',
          是否有电梯: '',
          房屋类型: '住宅',
          房屋状态: '已入住',
          业主类型: '业主',
        }),
        suiteRow({
          房间: 103,
          性别: 2,
          是否有电梯: 2020,
          房屋类型: '住宅',
          房屋状态: '已入住',
          业主类型: '业主',
        }),
      ],
      mapping,
      EMPTY,
      { gender: { '2': null }, hasElevator: { '2020': 'no' } },
    );
    expect(words.errors).toEqual([]);
    expect(words.valid.map((r) => [r.unit.hasElevator, r.person.gender])).toEqual([
      [false, 'female'],
      [undefined, undefined],
      [false, undefined],
    ]);
    const untold = validateRoster([suiteRow({ 性别: 3 })], mapping, EMPTY, {});
    expect(untold.errors.some((e) => e.column === '性别' && e.message.includes('“3”'))).toBe(true);
  });

  it('translates words, codes and left-out codes', () => {
    const codes = { kind: { '1002': 'family', '9': null } };
    expect(translateCell('kind', '租户', codes)).toBe('tenant');
    expect(translateCell('kind', ' 1002 ', codes)).toBe('family');
    expect(translateCell('kind', '9', codes)).toBeNull();
    expect(translateCell('kind', '7', codes)).toBeUndefined();
  });

  it('remembers the new translations over the old and refuses a value the app lacks', () => {
    expect(
      rememberCodes(
        { kind: { '1001': 'owner', '1002': 'tenant' } },
        { kind: { '1002': 'family' } },
      ),
    ).toEqual({ kind: { '1001': 'owner', '1002': 'family' } });
    expect(codeMapSchema.safeParse({ kind: { '1': 'landlord' } }).success).toBe(false);
    expect(codeMapSchema.safeParse({ unitType: { '1': 'villa', '2': null } }).success).toBe(true);
  });
});
