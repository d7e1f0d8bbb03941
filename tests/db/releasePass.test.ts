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

describe('goods in and moving appointments (issue 19)', () => {
  const moving = (from: string, to: string, lift = '1 号梯') => ({
    ...pass([{ name: '家具', quantity: 20 }]),
    direction: 'in' as const,
    moving: true,
    movingDate: '2026-11-20',
    windowFrom: from,
    windowTo: to,
    lift,
  });

  it('refuses dangerous goods coming in, with the reason, and stores the way they came', async () => {
    const repos = createRepositories(makeTestDb());
    const p = await repos.releasePasses.create(clerk, {
      ...pass([{ name: '桶装汽油', quantity: 1 }]),
      direction: 'in',
    });
    expect(p).toMatchObject({
      status: 'refused',
      direction: 'in',
      refusedReason: '危险品不得进入：桶装汽油',
    });
    const out = await repos.releasePasses.create(clerk, pass([{ name: '旧沙发', quantity: 1 }]));
    expect(out.direction).toBe('out');
  });

  it('books a lift for one move at a time and lists the day in window order', async () => {
    const repos = createRepositories(makeTestDb());
    const a = await repos.releasePasses.create(clerk, moving('13:00', '15:00'));
    await expect(repos.releasePasses.create(clerk, moving('14:00', '16:00'))).rejects.toThrow(
      `已有搬家预约（${a.no}）`,
    );
    const b = await repos.releasePasses.create(clerk, moving('09:00', '13:00'));
    const c = await repos.releasePasses.create(clerk, moving('14:00', '16:00', '2 号梯'));
    expect((await repos.releasePasses.movingsOn('2026-11-20')).map((p) => p.id)).toEqual([
      b.id,
      a.id,
      c.id,
    ]);
    // A voided appointment frees its lift.
    await repos.releasePasses.void(supervisor, a.id, '业主改期');
    await repos.releasePasses.create(clerk, moving('14:00', '16:00'));
  });
});
