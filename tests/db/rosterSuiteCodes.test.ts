/**
 * The open-source suite's room template (issue 18) through the real reader, check and write:
 * every row goes in once its codes are translated, and the translations are remembered.
 */
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@shared/domain/roster';
import { codeMapOf, findCodeColumns, untranslated } from '@shared/domain/rosterCodes';
import { BACKUP_RECORD_SCHEMAS } from '@shared/domain/backupRecords';
import { buildArchiveWorkbook } from '../../renderer/src/features/archive/excel/exportArchive';
import { readRosterFile } from '../../renderer/src/features/archive/excel/readRosterFile';
import {
  checkRoster,
  commitRoster,
  rememberRosterCodes,
} from '../../renderer/src/features/archive/import/rosterImport';
import { archiveClerk as clerk } from '../fixtures/archive';
import { SUITE_ROOM_HEADERS, sheetXlsx, suiteRooms } from '../fixtures/movingIn';
import { makeTestRepos } from './makeTestDb';

describe('the suite’s room template', () => {
  it('takes every row once the codes are translated, and remembers them', async () => {
    const repos = makeTestRepos();
    const file = await sheetXlsx(SUITE_ROOM_HEADERS, suiteRooms(), '房屋信息');
    const sheet = await readRosterFile(new Uint8Array(file).buffer);
    const mapping = { ...guessColumnMapping(sheet.headers), kind: '业主类型' };
    const columns = findCodeColumns(sheet.rows, mapping, await repos.settings.get('rosterCodes'));
    // 房屋类型 1/2, 房屋状态 2001/2002, 业主类型 1001/1003, 是否有电梯 1010/2020, 性别 1/2.
    expect(untranslated(columns)).toBe(10);
    // Untranslated, no row goes in (0 of 6, as the issue found).
    expect((await checkRoster(repos, sheet, mapping)).valid).toHaveLength(0);

    const chosen = {
      unitType: { '1': 'residential', '2': 'commercial' },
      unitStatus: { '2001': 'occupied', '2002': 'vacant' },
      kind: { '1001': 'owner', '1003': 'tenant' },
      hasElevator: { '1010': 'yes', '2020': 'no' },
      gender: { '1': 'female', '2': 'male' },
    };
    const result = await checkRoster(repos, sheet, mapping, chosen);
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(6);
    expect(result.valid.find((r) => r.person.name === '孙三')?.warnings?.[0]).toContain(
      '请核对后更正',
    );
    await commitRoster(repos, clerk, 'suite.xlsx', result, false);
    await rememberRosterCodes(repos, clerk, {}, chosen);

    const units = await repos.db.units.toArray();
    expect(units.find((u) => u.code === '2-1-101')).toMatchObject({
      unitType: 'commercial',
      status: 'vacant',
      builtArea: 120,
      innerArea: 102,
      hasElevator: false,
    });
    expect(units.find((u) => u.code === '1-1-101')).toMatchObject({
      unitType: 'residential',
      status: 'occupied',
      floor: 1,
      builtArea: 89.56,
      hasElevator: true,
    });
    const people = await repos.db.people.toArray();
    expect(people).toHaveLength(6);
    expect(people.find((p) => p.name === '李四')?.kind).toBe('tenant');
    // 性别 (n % 2) + 1: 赵一 (1) is 2 → male, 钱二 (2) is 1 → female.
    expect(people.find((p) => p.name === '赵一')?.gender).toBe('male');
    expect(people.find((p) => p.name === '钱二')?.gender).toBe('female');
    // The resident whose ID fails its check is in, with the number as written.
    expect(people.find((p) => p.name === '孙三')?.idNumber).toBe('110105197203030330');

    // The archive export carries both columns back out, in the roster's own words.
    const manager = { id: 'mgr-1', name: '张经理', role: 'manager' } as const;
    const exported = await readRosterFile(
      (
        await buildArchiveWorkbook({
          ...(await repos.archiveExport.load(manager, false)),
          masked: false,
        })
      ).slice().buffer,
    );
    expect(exported.rows.find((r) => r['姓名'] === '赵一')).toMatchObject({
      性别: '男',
      是否有电梯: '有',
    });
    expect(exported.rows.find((r) => r['姓名'] === '周五')).toMatchObject({ 是否有电梯: '无' });
    // And the backup's row check takes the stored rows as they are, and refuses a wrong value.
    for (const u of units) expect(BACKUP_RECORD_SCHEMAS.units!.safeParse(u).success).toBe(true);
    for (const p of people) expect(BACKUP_RECORD_SCHEMAS.people!.safeParse(p).success).toBe(true);
    expect(BACKUP_RECORD_SCHEMAS.people!.safeParse({ ...people[0], gender: '男' }).success).toBe(
      false,
    );
    expect(
      BACKUP_RECORD_SCHEMAS.units!.safeParse({ ...units[0], hasElevator: 'yes' }).success,
    ).toBe(false);

    const next = findCodeColumns(sheet.rows, mapping, await repos.settings.get('rosterCodes'));
    expect(untranslated(next)).toBe(0);
    expect(codeMapOf(next)).toEqual(chosen);
  });
});
