import { describe, expect, it } from 'vitest';
import { toIsoInstant } from '@shared/domain/officeTime';
import { PermissionError } from '@shared/domain/record';
import { blankChecklist } from '@shared/domain/siteChecks';
import { createRepositories } from '../../renderer/src/db/repositories';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { MANAGER_PIN, seedOperators } from '../renderer/operators/fixtures';
import { makeSessionRepos, makeTestDb } from './makeTestDb';

const manager = { id: 'mgr-1', name: '张经理', role: 'manager' as const };
const at = (local: string) => toIsoInstant(local);
const patrol = (local: string, findings: string[] = []) => ({
  kind: 'patrol' as const,
  at: at(local),
  inspector: '王保安',
  route: '1 号楼 → 2 号楼 → 地库',
  points: ['1 号楼大堂', '地库 B1'],
  findings: findings.map((text) => ({ text })),
});
const order = {
  kind: 'repair' as const,
  unitCode: '',
  contactName: '王保安',
  contactPhone: '13800001111',
  problem: '消防栓玻璃破损',
  place: 'public' as const,
  urgency: 'routine' as const,
  paid: false,
  department: '工程部',
  appointment: '',
};

describe('site checks (巡查检查)', () => {
  it('numbers a patrol, scores an inspection, and finds both again', async () => {
    const repos = createRepositories(makeTestDb());
    const p = await repos.siteChecks.create(clerk, patrol('2026-11-17 09:00', ['地库积水']));
    expect(p.no).toMatch(/^XC-202611-0001$/);
    const checklist = blankChecklist('cleaning').map((r, i) =>
      i === 0 ? { ...r, ok: false, note: '大堂地面有污渍' } : r,
    );
    const c = await repos.siteChecks.create(supervisor, {
      kind: 'cleaning',
      at: at('2026-11-17 09:30'),
      inspector: '赵主管',
      checklist,
    });
    expect(c.score).toBe(83);
    expect((await repos.siteChecks.list({ text: '王保安' })).map((r) => r.id)).toEqual([p.id]);
    expect((await repos.siteChecks.list({ kind: 'cleaning' })).map((r) => r.id)).toEqual([c.id]);
    const day = await repos.siteChecks.day('2026-11-17');
    expect(day.records).toHaveLength(2);
  });

  it('turns a finding into a work order, linked both ways, once', async () => {
    const repos = createRepositories(makeTestDb());
    const p = await repos.siteChecks.create(clerk, patrol('2026-11-17 09:00', ['消防栓玻璃破损']));
    const wo = await repos.siteChecks.findingToWorkOrder(clerk, p.id, 0, order);
    expect(wo).toMatchObject({ siteCheckId: p.id, siteCheckNo: p.no, department: '工程部' });
    const after = await repos.siteChecks.get(p.id);
    expect(after?.findings?.[0]).toMatchObject({ workOrderId: wo.id, workOrderNo: wo.no });
    await expect(repos.siteChecks.findingToWorkOrder(clerk, p.id, 0, order)).rejects.toThrow(
      '已转工单',
    );
    // The order is found by the patrol's number.
    expect((await repos.workOrders.search({ q: p.no })).map((o) => o.id)).toContain(wo.id);
  });

  it('only a manager signs (签阅), once; a clerk claiming manager is refused by her row', async () => {
    const repos = createRepositories(makeTestDb());
    const p = await repos.siteChecks.create(clerk, patrol('2026-11-16 09:00'));
    await expect(repos.siteChecks.sign(supervisor, 'siteChecks', p.id)).rejects.toBeInstanceOf(
      PermissionError,
    );
    const s = await repos.siteChecks.sign(manager, 'siteChecks', p.id, '已阅');
    expect(s).toMatchObject({ signedByName: '张经理', subject: `siteChecks:${p.id}` });
    await expect(repos.siteChecks.sign(manager, 'siteChecks', p.id)).rejects.toThrow('已签阅');

    const session = makeSessionRepos();
    const ops = await seedOperators(session);
    await session.operators.signIn(ops.clerk.id, '8642');
    const q = await session.siteChecks.create(ops.clerk, patrol('2026-11-16 09:00'));
    await expect(
      session.siteChecks.sign({ ...ops.clerk, role: 'manager' }, 'siteChecks', q.id),
    ).rejects.toBeInstanceOf(PermissionError);
    session.operators.endSession();
    await session.operators.signIn(ops.manager.id, MANAGER_PIN);
    await session.siteChecks.sign(ops.manager, 'siteChecks', q.id);
    const audit = await session.db.audit.where('table').equals('signoffs').toArray();
    expect(audit.map((a) => a.summary)).toEqual([`签阅 ${q.no}`]);
  });

  it('puts an unsigned record older than a day on the board, and takes it off once signed', async () => {
    const repos = createRepositories(makeTestDb());
    const old = await repos.siteChecks.create(clerk, patrol('2026-11-16 09:00'));
    await repos.siteChecks.create(clerk, patrol('2026-11-17 09:00'));
    const now = at('2026-11-17 10:30');
    const signoffs = async () =>
      (await repos.today.items(now)).filter((i) => i.kind === 'signoff').map((i) => i.recordId);
    expect(await signoffs()).toEqual([old.id]);
    await repos.siteChecks.sign(manager, 'siteChecks', old.id);
    expect(await signoffs()).toEqual([]);
    // One patrol today meets the first slot; the other two are still open.
    const slots = (await repos.today.items(now)).filter((i) => i.kind === 'sitePatrol');
    expect(slots.map((i) => i.detail)).toEqual(['2/3', '3/3']);
  });

  it('refuses a rain round without its alert', async () => {
    const repos = createRepositories(makeTestDb());
    await expect(
      repos.siteChecks.create(clerk, {
        kind: 'custodyRain',
        at: at('2026-11-17 09:00'),
        inspector: '王',
        phase: 'before',
        alertId: 'nope',
      }),
    ).rejects.toThrow('暴雨预警');
  });
});
