import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../renderer/src/db/repositories';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

const pass = (items: { name: string; quantity: number }[]) => ({
  unitCode: '3-1-1201',
  carrier: '搬家公司 李四',
  approvedBy: '张三',
  outAt: '2026-11-23T10:00',
  items,
});

describe('release passes (放行条)', () => {
  it('numbers passes, lets the guard check one out, and finds it again', async () => {
    const repos = createRepositories(makeTestDb());
    const p = await repos.releasePasses.create(clerk, pass([{ name: '旧沙发', quantity: 1 }]));
    expect(p.no).toMatch(/^FX-\d{6}-0001$/);
    expect(p.status).toBe('issued');
    const out = await repos.releasePasses.checkOut(clerk, p.id, '门岗 赵');
    expect(out).toMatchObject({ status: 'checkedOut', guardName: '门岗 赵' });
    await expect(repos.releasePasses.checkOut(clerk, p.id, '门岗 赵')).rejects.toThrow(
      '不是待放行',
    );
    expect((await repos.releasePasses.list({ text: '李四' })).map((r) => r.id)).toEqual([p.id]);
    expect(await repos.releasePasses.list({ status: 'issued' })).toEqual([]);
  });

  it('records a pass with dangerous goods as refused and will not print it', async () => {
    const repos = createRepositories(makeTestDb());
    const p = await repos.releasePasses.create(
      clerk,
      pass([
        { name: '纸箱', quantity: 3 },
        { name: '液化气罐', quantity: 1 },
      ]),
    );
    expect(p.status).toBe('refused');
    expect(p.refusedReason).toBe('危险品不予放行：液化气罐');
    await expect(repos.releasePasses.markPrinted(clerk, p.id)).rejects.toThrow('不能打印');
  });

  it('lets only a supervisor void a pass', async () => {
    const repos = createRepositories(makeTestDb());
    const p = await repos.releasePasses.create(clerk, pass([{ name: '电脑', quantity: 1 }]));
    await expect(repos.releasePasses.void(clerk, p.id, '写错')).rejects.toThrow('主管');
    expect((await repos.releasePasses.void(supervisor, p.id, '写错')).status).toBe('void');
  });
});
