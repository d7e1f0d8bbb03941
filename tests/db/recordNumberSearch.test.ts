import { describe, expect, it } from 'vitest';
import { makeIssueInput, clerk } from '../fixtures/moneyActors';
import { makeTestRepos } from './makeTestDb';

describe('global search by document number', () => {
  it('finds a receipt by a prefix of its number, typed in lower case, first in the list', async () => {
    const repos = makeTestRepos();
    const first = await repos.receipts.issue(clerk, makeIssueInput({ payerName: '张三' }));
    await repos.receipts.issue(clerk, makeIssueInput({ payerName: '李四' }));
    const year = first.no.slice(2, 6);

    const hits = await repos.search.query(`sj${year}-000001`, 10);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'record',
      id: first.id,
      title: `SJ${year}-000001`,
      subtitle: '收据 · 张三 · ¥1,020.00',
      path: `/money?no=SJ${year}-000001`,
    });
    expect((await repos.search.query(`SJ${year}`, 10)).map((h) => h.title)).toEqual([
      `SJ${year}-000001`,
      `SJ${year}-000002`,
    ]);
  });

  it('does not look for numbers when the query cannot be one', async () => {
    const repos = makeTestRepos();
    await repos.receipts.issue(clerk, makeIssueInput());
    expect((await repos.search.query('2026', 10)).filter((h) => h.kind === 'record')).toEqual([]);
  });

  it('finds release passes (FX) and handovers (JB) by their numbers', async () => {
    const repos = makeTestRepos();
    const pass = await repos.releasePasses.create(clerk, {
      unitCode: '3-1-1201',
      carrier: '搬家公司 李四',
      approvedBy: '张三',
      outAt: '2026-11-23T10:00',
      items: [{ name: '旧沙发', quantity: 1 }],
    });
    const shift = await repos.handovers.open(clerk);

    const passHits = await repos.search.query(pass.no.toLowerCase(), 10);
    expect(passHits).toEqual([
      {
        kind: 'record',
        id: pass.id,
        title: pass.no,
        subtitle: '放行条 · 3-1-1201 · 搬家公司 李四',
        path: `/release?no=${pass.no}`,
      },
    ]);
    const shiftHits = await repos.search.query('JB-', 10);
    expect(shiftHits.filter((h) => h.kind === 'record')).toEqual([
      {
        kind: 'record',
        id: shift.id,
        title: shift.no,
        subtitle: `交接班记录 · ${clerk.name} → 未交班`,
        path: `/handover?no=${shift.no}`,
      },
    ]);
  });
});
