import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@shared/domain/roster';
import { buildRosterTemplate } from '../../renderer/src/features/archive/excel/rosterTemplate';
import { readRosterFile } from '../../renderer/src/features/archive/excel/readRosterFile';
import { checkRoster, commitRoster } from '../../renderer/src/features/archive/import/rosterImport';
import { archiveClerk as clerk } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

const toArrayBuffer = (bytes: Uint8Array) => bytes.slice().buffer;

describe('roster import commits (issue 15 finding 9)', () => {
  it('two commits of one checked file write its people once', async () => {
    const repos = makeTestRepos();
    const sheet = await readRosterFile(toArrayBuffer(await buildRosterTemplate()));
    const result = await checkRoster(repos, sheet, guessColumnMapping(sheet.headers));
    expect(result.valid).toHaveLength(1);
    const [a, b] = await Promise.all([
      commitRoster(repos, clerk, '名册.xlsx', result, false),
      commitRoster(repos, clerk, '名册.xlsx', result, false),
    ]);
    expect(await repos.people.count()).toBe(1);
    expect([a.peopleCreated, b.peopleCreated].sort()).toEqual([0, 1]);
    expect([a, b].find((r) => r.peopleCreated === 0)?.summary).toContain(
      '已在档案中的住户 1 人未重复导入',
    );
  });
});
