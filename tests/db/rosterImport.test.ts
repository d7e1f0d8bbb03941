import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@shared/domain/roster';
import { readRosterFile } from '../../renderer/src/features/archive/excel/readRosterFile';
import {
  checkRoster,
  commitRoster,
  errorRowCount,
} from '../../renderer/src/features/archive/import/rosterImport';
import { archiveClerk as clerk, makePerson, makeUnit } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

/** An estate's own roster: its own header words, numbers, dates, rich text, and two bad rows. */
async function rosterFile(): Promise<ArrayBuffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow([
    '楼号',
    '单元',
    '房号',
    '业主姓名',
    '身份',
    '联系电话',
    '身份证号码',
    '入住日期',
    '车牌号',
  ]);
  ws.addRow([
    '3',
    '1',
    1201,
    '张三',
    '业主',
    13812345678,
    '11010519491231002X',
    new Date(Date.UTC(2024, 4, 1)),
    '粤B12345',
  ]);
  ws.addRow([
    '3',
    '1',
    1201,
    { richText: [{ text: '李' }, { text: '四' }] },
    '家属',
    '',
    '',
    '',
    '',
  ]);
  ws.addRow(['3', '1', 1202, '王五', '租户', '13900001111', '110105194912310021', '', '']); // bad ID checksum
  ws.addRow([]);
  ws.addRow(['5', '', '', '赵六', '业主', '13700002222', '', '', '']); // no room
  ws.addRow(['5', '2', '302', '孙七', '业主', { formula: 'F2', result: 13812345678 }, '', '', '']); // formula phone
  ws.addRow(['6', '1', '101', '周八', '', '0755-12345678', '', '2023/7/9', '']);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

async function prepared() {
  const repos = makeTestRepos();
  const sheet = await readRosterFile(await rosterFile());
  const mapping = guessColumnMapping(sheet.headers);
  return { repos, sheet, mapping, result: await checkRoster(repos, sheet, mapping) };
}

describe('roster import', () => {
  it('reads the sheet keyed by header, keeping row numbers and raw cells', async () => {
    const { sheet, mapping } = await prepared();
    expect(sheet.headers[0]).toBe('楼号');
    expect(sheet.rows).toHaveLength(7);
    expect(sheet.rows[3]).toEqual({});
    expect(mapping).toMatchObject({
      building: '楼号',
      room: '房号',
      name: '业主姓名',
      phone: '联系电话',
      idNumber: '身份证号码',
    });
  });

  it('lists each bad row with its row, column and Chinese message, and writes nothing', async () => {
    const { repos, result } = await prepared();
    // Row 4's ID number fails its check: imported with a warning to correct it (issue 18).
    expect(result.valid.map((r) => r.row)).toEqual([2, 3, 4, 8]);
    expect(result.valid[2]?.warnings?.[0]).toContain('身份证号校验位不正确');
    expect(result.skipped).toBe(1);
    expect(errorRowCount(result)).toBe(2);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 6, column: '房号' }),
        expect.objectContaining({
          row: 7,
          column: '联系电话',
          message: expect.stringContaining('公式'),
        }),
      ]),
    );
    expect(result.valid[0]?.person).toMatchObject({
      moveInDate: '2024-05-01',
      phones: ['13812345678'],
    });
    expect(result.valid[3]?.person.moveInDate).toBe('2023-07-09');
    await expect(commitRoster(repos, clerk, '名册.xlsx', result, false)).rejects.toThrow(
      '2 行有误',
    );
    expect(await repos.units.count()).toBe(0);
    expect(await repos.people.count()).toBe(0);
    expect(await repos.audit.list()).toEqual([]);
  });

  it('on "仅导入无误的行" writes every valid row in one transaction with one import audit entry', async () => {
    const { repos, result } = await prepared();
    const existing = await repos.units.create(
      makeUnit({ building: '6', entrance: '1', room: '101' }),
      clerk,
    );
    const done = await commitRoster(repos, clerk, '名册.xlsx', result, true);
    expect(done).toMatchObject({ unitsCreated: 2, unitsReused: 1, peopleCreated: 4 });
    const unit = await repos.units.getByCode('3-1-1201');
    expect((await repos.people.listByUnit(unit?.id ?? '')).map((p) => p.name)).toEqual([
      '张三',
      '李四',
    ]);
    expect((await repos.people.listByUnit(existing.id)).map((p) => p.name)).toEqual(['周八']);
    const imports = (await repos.audit.list()).filter((a) => a.action === 'import');
    expect(imports).toHaveLength(1);
    expect(imports[0]?.summary).toBe(
      '导入业户名册《名册.xlsx》：新增房号 2 户，沿用已有房号 1 户，新增住户 4 人，跳过有误的行 2 行',
    );
    expect((await repos.search.query('周八', 5))[0]?.kind).toBe('person');
  });

  it('refuses a row already in the archive as a duplicate on a second import', async () => {
    const { repos, sheet, mapping, result } = await prepared();
    await commitRoster(repos, clerk, '名册.xlsx', result, true);
    const again = await checkRoster(repos, sheet, mapping);
    expect(again.valid).toEqual([]);
    expect(again.errors.filter((e) => e.message.includes('档案中已有'))).toHaveLength(4);
  });

  it('is all or nothing: a failure halfway through leaves no unit, person or audit entry', async () => {
    const repos = makeTestRepos();
    const { unitInputSchema, personInputSchema } = await import('@shared/domain/units');
    const good = {
      unit: unitInputSchema.parse(makeUnit({ room: '901' })),
      person: personInputSchema.parse(makePerson()),
    };
    // A value IndexedDB cannot store makes the people write fail after the units were added.
    const broken = {
      ...good,
      unit: unitInputSchema.parse(makeUnit({ room: '902' })),
      person: { ...good.person, notes: (() => '') as unknown as string },
    };
    await expect(
      repos.units.importBatch([good, broken], clerk, { title: '测试' }),
    ).rejects.toThrow();
    expect(await repos.units.count()).toBe(0);
    expect(await repos.db.people.count()).toBe(0);
    expect(await repos.audit.list()).toEqual([]);
  });
});
