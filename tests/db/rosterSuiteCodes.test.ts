/**
 * The open-source suite's room template (issue 18) through the real reader, check and write:
 * every row goes in once its codes are translated, and the translations are remembered.
 */
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@shared/domain/roster';
import { codeMapOf, findCodeColumns, untranslated } from '@shared/domain/rosterCodes';
import { readRosterFile } from '../../renderer/src/features/archive/excel/readRosterFile';
import {
  checkRoster,
  commitRoster,
  rememberRosterCodes,
} from '../../renderer/src/features/archive/import/rosterImport';
import { validId } from '../e2e/foundation/rosterFile';
import { archiveClerk as clerk } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

const HEADERS = [
  '楼号',
  '单元',
  '房间',
  '楼层',
  '总层数',
  '是否有电梯',
  '房屋类型',
  '房屋户型',
  '建筑面积',
  '室内面积',
  '租金',
  '房屋状态',
  '业主名称',
  '性别',
  '手机号',
  '身份证号',
  '业主类型',
];

async function suiteFile(): Promise<ArrayBuffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('房屋信息');
  ws.addRow(HEADERS);
  ws.addRow([
    1,
    1,
    101,
    1,
    18,
    1010,
    1,
    '三室两厅',
    89.56,
    76.2,
    0,
    2001,
    '赵一',
    1,
    13900000001,
    validId('19700101', '011'),
    1001,
  ]);
  ws.addRow([
    1,
    1,
    102,
    1,
    18,
    1010,
    1,
    '两室',
    72.3,
    60.1,
    0,
    2002,
    '钱二',
    2,
    13900000002,
    '110105197203030330',
    1001,
  ]);
  ws.addRow([
    2,
    1,
    101,
    1,
    6,
    2020,
    2,
    '商铺',
    120,
    110.5,
    3000,
    2001,
    '孙三',
    1,
    13900000003,
    validId('19750505', '055'),
    1003,
  ]);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe('the suite’s room template', () => {
  it('takes every row once the codes are translated, and remembers them', async () => {
    const repos = makeTestRepos();
    const sheet = await readRosterFile(await suiteFile());
    const mapping = { ...guessColumnMapping(sheet.headers), kind: '业主类型' };
    const columns = findCodeColumns(sheet.rows, mapping, await repos.settings.get('rosterCodes'));
    expect(untranslated(columns)).toBe(6);
    // Untranslated, no row goes in (0 of 3, as the issue found).
    expect((await checkRoster(repos, sheet, mapping)).valid).toHaveLength(0);

    const chosen = {
      unitType: { '1': 'residential', '2': 'commercial' },
      unitStatus: { '2001': 'occupied', '2002': 'vacant' },
      kind: { '1001': 'owner', '1003': 'tenant' },
    };
    const result = await checkRoster(repos, sheet, mapping, chosen);
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(3);
    expect(result.valid[1]?.warnings?.[0]).toContain('请核对后更正');
    await commitRoster(repos, clerk, 'suite.xlsx', result, false);
    await rememberRosterCodes(repos, clerk, {}, chosen);

    const units = await repos.db.units.toArray();
    const shop = units.find((u) => u.code === '2-1-101');
    expect(shop).toMatchObject({
      unitType: 'commercial',
      status: 'occupied',
      builtArea: 120,
      innerArea: 110.5,
    });
    expect(units.find((u) => u.code === '1-1-102')?.status).toBe('vacant');
    const people = await repos.db.people.toArray();
    expect(people.map((p) => [p.name, p.kind]).sort()).toEqual([
      ['孙三', 'tenant'],
      ['赵一', 'owner'],
      ['钱二', 'owner'],
    ]);
    // The resident whose ID fails its check is in, with the number as written.
    expect(people.find((p) => p.name === '钱二')?.idNumber).toBe('110105197203030330');

    const next = findCodeColumns(sheet.rows, mapping, await repos.settings.get('rosterCodes'));
    expect(untranslated(next)).toBe(0);
    expect(codeMapOf(next)).toEqual(chosen);
  });
});
