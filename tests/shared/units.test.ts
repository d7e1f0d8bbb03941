import { describe, expect, it } from 'vitest';
import {
  UNIT_STATUSES,
  floorFromRoom,
  formatUnitCode,
  parseUnitCode,
  personInputSchema,
  unitInputSchema,
  validateIdByType,
} from '@shared/domain/units';

describe('unit codes', () => {
  it('formats building-entrance-room and building-room', () => {
    expect(formatUnitCode({ building: '3', entrance: '1', room: '1201' })).toBe('3-1-1201');
    expect(formatUnitCode({ building: '3', room: '1201' })).toBe('3-1201');
    expect(formatUnitCode({ building: ' 03 ', entrance: '', room: '1201' })).toBe('3-1201');
    expect(formatUnitCode({ building: 'a', entrance: '02', room: '0301' })).toBe('A-2-0301');
  });

  it.each([
    ['3-1-1201', { building: '3', entrance: '1', room: '1201' }],
    ['3-1201', { building: '3', room: '1201' }],
    ['3栋1单元1201', { building: '3', entrance: '1', room: '1201' }],
    ['3栋1单元1201室', { building: '3', entrance: '1', room: '1201' }],
    ['3幢1201', { building: '3', room: '1201' }],
    ['3号楼2单元301', { building: '3', entrance: '2', room: '301' }],
    ['A座1201', { building: 'A', room: '1201' }],
    ['b座 15 01', { building: 'B', room: '1501' }],
    ['３－１－１２０１', { building: '3', entrance: '1', room: '1201' }],
    ['3—1—1201', { building: '3', entrance: '1', room: '1201' }],
    [' 3 - 1 - 1201 ', { building: '3', entrance: '1', room: '1201' }],
    ['03栋01单元1201', { building: '3', entrance: '1', room: '1201' }],
    ['紫荆阁-1201', { building: '紫荆阁', room: '1201' }],
  ])('parses %j', (text, parts) => {
    expect(parseUnitCode(text)).toEqual(parts);
  });

  it.each(['', '1201', '3-1-12-01', '3栋', '紫荆阁1201', '3-1-12#1', '3-12345-1201'])(
    'rejects %j',
    (text) => {
      expect(parseUnitCode(text)).toBeNull();
    },
  );

  it('round-trips formatted codes', () => {
    for (const code of ['3-1-1201', '3-1201', 'A-2-0301']) {
      const parts = parseUnitCode(code);
      expect(parts && formatUnitCode(parts)).toBe(code);
    }
  });

  it('derives the floor from the room number', () => {
    expect(floorFromRoom('1201')).toBe(12);
    expect(floorFromRoom('301')).toBe(3);
    expect(floorFromRoom('2503')).toBe(25);
    expect(floorFromRoom('12')).toBeUndefined();
    expect(floorFromRoom('B101')).toBeUndefined();
  });

  it('labels the four statuses', () => {
    expect(UNIT_STATUSES).toEqual({
      vacant: '空置',
      occupied: '已入住',
      renovating: '装修中',
      custody: '托管',
    });
  });
});

describe('unitInputSchema', () => {
  it('normalizes and defaults', () => {
    expect(unitInputSchema.parse({ building: '03', entrance: '', room: ' 1201 ' })).toEqual({
      building: '3',
      room: '1201',
      status: 'occupied',
    });
    expect(
      unitInputSchema.parse({
        building: 'a',
        entrance: '1',
        floor: 12,
        room: '1201',
        status: 'custody',
      }),
    ).toEqual({
      building: 'A',
      entrance: '1',
      floor: 12,
      room: '1201',
      status: 'custody',
    });
  });

  it('refuses with Chinese messages', () => {
    const r = unitInputSchema.safeParse({ building: '3-1', room: '', floor: 2.5, status: 'sold' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['building', '楼栋只能是字母、数字或汉字，如 3、A'],
      ['floor', '楼层须为整数'],
      ['room', '请输入房号'],
      ['status', '请选择房屋状态'],
    ]);
  });
});

describe('personInputSchema', () => {
  const owner = { kind: 'owner', name: ' 张三 ', phones: ['138 1234 5678'] };

  it('normalizes and defaults', () => {
    expect(personInputSchema.parse(owner)).toEqual({
      kind: 'owner',
      name: '张三',
      phones: ['13812345678'],
      plates: [],
      grade: 'normal',
    });
  });

  it('checks the ID number by type and takes an untyped one as 身份证', () => {
    expect(personInputSchema.parse({ ...owner, idNumber: '11010519491231002x' })).toMatchObject({
      idType: 'idCard',
      idNumber: '11010519491231002X',
    });
    const bad = personInputSchema.safeParse({ ...owner, idNumber: '110105194912310021' });
    expect(bad.error?.issues).toMatchObject([
      { path: ['idNumber'], message: '身份证号校验位不正确' },
    ]);
    expect(
      personInputSchema.parse({ ...owner, idType: 'passport', idNumber: 'e12345678' }),
    ).toMatchObject({
      idType: 'passport',
      idNumber: 'E12345678',
    });
  });

  it('requires a contact person and takes a credit code for a company', () => {
    const company = {
      kind: 'company',
      name: '某某科技有限公司',
      phones: ['0755-12345678'],
      idNumber: '91350100M000100Y43',
    };
    expect(personInputSchema.safeParse(company).error?.issues).toMatchObject([
      { path: ['contactPerson'], message: '单位请填写联系人' },
    ]);
    expect(personInputSchema.parse({ ...company, contactPerson: '李四' })).toMatchObject({
      idType: 'businessLicense',
      idNumber: '91350100M000100Y43',
    });
  });

  it('requires a phone for owners, tenants and companies, not for family members', () => {
    expect(
      personInputSchema.safeParse({ kind: 'tenant', name: '王五', phones: [] }).error?.issues,
    ).toMatchObject([{ path: ['phones'], message: '租户至少需要一个联系电话' }]);
    expect(personInputSchema.safeParse({ kind: 'family', name: '王小五' }).success).toBe(true);
  });

  it('reports every bad field at once, with Chinese messages', () => {
    const r = personInputSchema.safeParse({
      kind: 'owner',
      name: '',
      phones: ['12345'],
      plates: ['粤B1234'],
      moveInDate: '2026/5/1',
      grade: 'gold',
      idNumber: '123',
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', '请输入姓名'],
      ['phones.0', '电话号码格式不正确（手机 11 位，座机如 0755-12345678）'],
      ['moveInDate', '入住日期格式应为 YYYY-MM-DD'],
      ['plates.0', '车牌号格式不正确，如 粤B12345 或 粤B·D12345'],
      ['grade', '请选择客户等级'],
      ['idNumber', '身份证号应为 18 位（末位可为 X）'],
    ]);
  });

  it('keeps plates and phones once each, normalized', () => {
    const p = personInputSchema.parse({
      ...owner,
      phones: ['13812345678', '138-1234-5678'],
      plates: ['粤B·D12345', '粤BD12345'],
    });
    expect(p.phones).toEqual(['13812345678']);
    expect(p.plates).toEqual(['粤BD12345']);
  });

  it('keeps HTML as plain text', () => {
    expect(personInputSchema.parse({ ...owner, notes: '<script>alert(1)</script>' }).notes).toBe(
      '<script>alert(1)</script>',
    );
  });

  it('validateIdByType covers 其他', () => {
    expect(validateIdByType('other', ' 军官证123 ')).toEqual({ ok: true, value: '军官证123' });
    expect(validateIdByType('other', 'x')).toEqual({
      ok: false,
      error: '证件号码应为 2–30 个字符',
    });
  });
});
