import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROSTER_MAX_ROWS, guessColumnMapping } from '@shared/domain/roster';
import {
  RosterFileError,
  readRosterFile,
} from '../../renderer/src/features/archive/excel/readRosterFile';
import { checkRoster, commitRoster } from '../../renderer/src/features/archive/import/rosterImport';
import type { Repositories } from '../../renderer/src/db/repositories';
import { archiveClerk as clerk } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

// Issue 8 bad-input corpus, Excel roster path: every hostile file ends in a Chinese message,
// never a crash, and the archive and audit log stay empty.

const HEADER = ['楼号', '单元', '房号', '业主姓名', '身份', '联系电话', '身份证号码'];
const CJK = /[\u4e00-\u9fff]/;

async function xlsx(rows: unknown[][]): Promise<ArrayBuffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('名册');
  for (const r of rows) ws.addRow(r);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

async function nothingWritten(repos: Repositories): Promise<void> {
  expect(await repos.units.listAll()).toEqual([]);
  expect(await repos.people.listAll()).toEqual([]);
  expect(await repos.audit.list({})).toEqual([]);
}

/** Reads, checks and tries to commit (without "仅导入无误的行"); returns the messages shown. */
async function tryImport(repos: Repositories, data: ArrayBuffer): Promise<string[]> {
  let sheet;
  try {
    sheet = await readRosterFile(data);
  } catch (err) {
    expect(err).toBeInstanceOf(RosterFileError);
    return [(err as Error).message];
  }
  const result = await checkRoster(repos, sheet, guessColumnMapping(sheet.headers));
  const messages = result.errors.map((e) => `第${e.row}行 ${e.column ?? ''} ${e.message}`);
  await expect(commitRoster(repos, clerk, 'bad.xlsx', result, false)).rejects.toThrow(CJK);
  return messages;
}

describe('bad roster files', () => {
  it.each([
    ['an empty file', new ArrayBuffer(0)],
    ['text renamed .xlsx', bytes('楼号,单元,房号\n3,1,1201\n')],
    ['a PDF renamed .xlsx', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['a zip that is not a workbook', bytes('PK\u0003\u0004garbage-not-a-real-zip')],
  ])('%s: a clear message, nothing written', async (_name, data) => {
    const repos = makeTestRepos();
    const messages = await tryImport(repos, data);
    expect(messages).toEqual(['无法读取该文件，请选择 Excel 2007 及以上的 .xlsx 文件']);
    await nothingWritten(repos);
  });

  it('a workbook with no data or no header row', async () => {
    const repos = makeTestRepos();
    expect(await tryImport(repos, await xlsx([]))).toEqual(['文件中没有数据']);
    expect(await tryImport(repos, await xlsx([[null, null], []]))).toHaveLength(1);
    await nothingWritten(repos);
  });

  it('a sheet over the row limit is refused as a whole', async () => {
    const repos = makeTestRepos();
    const sheet = {
      sheetName: '名册',
      headers: HEADER,
      rows: Array.from({ length: ROSTER_MAX_ROWS + 1 }, (_, i) => ({
        楼号: '1',
        单元: '1',
        房号: String(100 + i),
        业主姓名: '张三',
      })),
    };
    const result = await checkRoster(repos, sheet, guessColumnMapping(HEADER));
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      { row: 0, message: '一次最多导入 50,000 行，本文件有 50,001 行，请分批导入' },
    ]);
    await expect(commitRoster(repos, clerk, 'huge.xlsx', result, true)).rejects.toThrow(CJK);
    await nothingWritten(repos);
  });

  it('wrong types, formulas, script text and duplicates: each row refused by row and column', async () => {
    const repos = makeTestRepos();
    const data = await xlsx([
      HEADER,
      ['3', '1', '1201', '张三', '业主', '13812345678', '11010519491231002X'], // row 2: good
      ['3', '1', '1202', true, '业主', '', ''], // row 3: a boolean name
      ['3', '1', '1203', '李四', '业主', new Date(Date.UTC(2024, 0, 1)), ''], // row 4: date phone
      [
        '3',
        '1',
        '1204',
        { formula: 'HYPERLINK("http://x","王五")', result: '王五' },
        '业主',
        '',
        '',
      ], // row 5
      ['3', '1', '1205', '=1+1', '业主', '', ''], // row 6: text that would become a formula
      ['3', '1', '1206', '<script>alert(1)</script>', '业主', '', ''], // row 7
      ['3', '1', '1201', '张三', '业主', '13812345678', '11010519491231002X'], // row 8: duplicate of 2
    ]);
    const messages = await tryImport(repos, data);
    const rows = new Set(messages.map((m) => Number(/第(\d+)行/.exec(m)?.[1])));
    // Every hostile row is refused, the script-text name included (not a plausible name).
    expect([...rows].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8]);
    for (const m of messages) expect(m).toMatch(CJK);
    await nothingWritten(repos);
  });
});
