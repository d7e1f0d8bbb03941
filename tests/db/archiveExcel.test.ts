import { describe, expect, it } from 'vitest';
import { guessColumnMapping, ROSTER_COLUMNS, validateRoster } from '@shared/domain/roster';
import { buildArchiveWorkbook } from '../../renderer/src/features/archive/excel/exportArchive';
import { readRosterFile } from '../../renderer/src/features/archive/excel/readRosterFile';
import { buildRosterTemplate } from '../../renderer/src/features/archive/excel/rosterTemplate';
import { checkRoster } from '../../renderer/src/features/archive/import/rosterImport';
import { archiveClerk as clerk, makePerson, makeUnit } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

const toArrayBuffer = (bytes: Uint8Array) => bytes.slice().buffer;
const noArchive = { unitCodes: new Set<string>(), personKeys: new Set<string>() };

async function seeded() {
  const repos = makeTestRepos();
  const unit = await repos.units.create(
    makeUnit({ building: '3', entrance: '1', room: '1201' }),
    clerk,
  );
  await repos.units.create(
    makeUnit({ building: '3', entrance: '1', room: '1202', status: 'vacant' }),
    clerk,
  );
  await repos.people.create(
    unit.id,
    makePerson({ phones: ['13812345678', '0755-12345678'], plates: ['粤B12345'] }),
    clerk,
  );
  // The export reads what a manager's full-data export reads (lists come masked).
  const manager = { id: 'mgr-1', name: '张经理', role: 'manager' } as const;
  return { repos, ...(await repos.archiveExport.load(manager, false)) };
}

describe('roster template', () => {
  it('has the import’s columns, maps itself, and its sample row passes the roster rules', async () => {
    const sheet = await readRosterFile(toArrayBuffer(await buildRosterTemplate()));
    expect(sheet.headers).toEqual(ROSTER_COLUMNS.map((c) => c.header));
    const mapping = guessColumnMapping(sheet.headers);
    expect(Object.keys(mapping)).toHaveLength(ROSTER_COLUMNS.length);
    const result = validateRoster(sheet.rows, mapping, noArchive);
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(1);
  });
});

describe('archive export', () => {
  it('masks ID numbers and phones by default and lists a unit without people', async () => {
    const { units, people } = await seeded();
    const sheet = await readRosterFile(
      toArrayBuffer(await buildArchiveWorkbook({ units, people, masked: true })),
    );
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows[0]).toMatchObject({
      姓名: '张三',
      电话: '138****5678、0755-****5678',
      证件号码: '110***********002X',
      房屋状态: '已入住',
    });
    expect(sheet.rows[1]).toMatchObject({ 房号: '1202', 房屋状态: '空置' });
    expect(JSON.stringify(sheet.rows)).not.toContain('13812345678');
  });

  it('unmasked, can be imported again on another desk', async () => {
    const { units, people } = await seeded();
    const sheet = await readRosterFile(
      toArrayBuffer(await buildArchiveWorkbook({ units, people, masked: false })),
    );
    const other = makeTestRepos();
    const result = await checkRoster(other, sheet, guessColumnMapping(sheet.headers));
    expect(result.valid).toHaveLength(1);
    expect(result.valid[0]?.person).toMatchObject({
      phones: ['13812345678', '0755-12345678'],
      plates: ['粤B12345'],
      idNumber: '11010519491231002X',
    });
    // The unit without people has no name: the import says so instead of inventing a person.
    expect(new Set(result.errors.map((e) => e.row))).toEqual(new Set([3]));
    expect(result.errors).toContainEqual(expect.objectContaining({ row: 3, message: '缺少姓名' }));
  });
});
