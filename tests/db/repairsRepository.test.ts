import { describe, expect, it, vi } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import { RegisterRuleError } from '@shared/domain/repairs';
import { makeIntake } from '../fixtures/complaints';
import { TEST_TODAY } from '../fixtures/clock';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { WORK_ORDER_INTAKE } from '../fixtures/workOrders';
import { makeTestRepos } from './makeTestDb';

// The office month of the pinned test clock (tests/fixtures/clock.ts).
const month = () => TEST_TODAY.slice(0, 7);
const yyyymm = () => month().replace('-', '');

const intake = (over: Record<string, unknown> = {}) => ({ ...WORK_ORDER_INTAKE, ...over });
const result = (chargeFen = 0) => ({
  workDone: '更换水龙头',
  materials: '水龙头 1 个',
  worker: '李师傅',
  chargeFen,
  customerSigned: true,
});

describe('work orders', () => {
  it('numbers orders WX-yyyymm-0001…, audits them and finds them by unit, name and phone', async () => {
    const repos = makeTestRepos();
    const a = await repos.workOrders.create(clerk, intake());
    const b = await repos.workOrders.create(
      clerk,
      intake({ unitCode: '5-301', contactName: '李四', contactPhone: '13900139000' }),
    );
    expect([a.no, b.no]).toEqual([`WX-${yyyymm()}-0001`, `WX-${yyyymm()}-0002`]);
    expect(a).toMatchObject({ status: 'open', revisitStatus: 'none', receivedByName: '王前台' });
    expect((await repos.workOrders.search({ q: '3-1-1201' })).map((o) => o.no)).toEqual([a.no]);
    expect((await repos.workOrders.search({ q: '李四' })).map((o) => o.no)).toEqual([b.no]);
    expect((await repos.workOrders.search({ q: '0138000' })).map((o) => o.no)).toEqual([]);
    expect((await repos.workOrders.search({ q: '8000' })).map((o) => o.no)).toEqual([a.no]);
    expect((await repos.workOrders.search({ q: a.no.toLowerCase() })).map((o) => o.no)).toEqual([
      a.no,
    ]);
    expect((await repos.audit.list({ recordId: a.id })).map((e) => e.action)).toEqual(['create']);
  });

  it('refuses an intake the form would refuse', async () => {
    const repos = makeTestRepos();
    await expect(repos.workOrders.create(clerk, intake({ problem: ' ' }))).rejects.toThrow(
      '请填写报修内容',
    );
  });

  it('a free routine repair: result, then close (not sampled yet)', async () => {
    const repos = makeTestRepos();
    const o = await repos.workOrders.create(clerk, intake());
    const done = await repos.workOrders.complete(clerk, o.id, result());
    expect(done).toMatchObject({ status: 'done', completedMonth: month(), revisitStatus: 'none' });
    const closed = await repos.workOrders.close(clerk, o.id);
    expect(closed.status).toBe('closed');
    await expect(repos.workOrders.close(clerk, o.id)).rejects.toThrow('工作单已关闭');
  });

  it('an emergency repair is due for revisit on completion; not satisfied reopens it', async () => {
    const repos = makeTestRepos();
    const o = await repos.workOrders.create(
      clerk,
      intake({ urgency: 'emergency', place: 'public', unitCode: '' }),
    );
    await repos.workOrders.complete(clerk, o.id, result());
    expect((await repos.workOrders.search({ revisitDue: true })).map((r) => r.id)).toEqual([o.id]);
    await expect(repos.workOrders.close(clerk, o.id)).rejects.toThrow('尚未回访满意');
    const reopened = await repos.workOrders.revisit(clerk, o.id, 'unsatisfied', '仍漏水');
    expect(reopened).toMatchObject({
      status: 'open',
      reopenCount: 1,
      revisitResult: 'unsatisfied',
    });
    await repos.workOrders.complete(clerk, o.id, result());
    const again = await repos.workOrders.get(o.id);
    expect(again?.revisitStatus).toBe('due');
    const closed = await repos.workOrders.revisit(clerk, o.id, 'satisfied', '');
    expect(closed).toMatchObject({ status: 'closed', revisitResult: 'satisfied' });
  });

  it('a paid service is charged once through the ledger, linked to the order', async () => {
    const repos = makeTestRepos();
    const o = await repos.workOrders.create(
      clerk,
      intake({ kind: 'paidService', serviceType: 'cleaning', paid: true, problem: '全屋保洁' }),
    );
    await expect(
      repos.workOrders.charge(clerk, o.id, { requestId: 'r1', method: 'cash', payerName: '张三' }),
    ).rejects.toBeInstanceOf(RegisterRuleError);
    await expect(repos.workOrders.complete(clerk, o.id, result(0))).rejects.toThrow(
      '有偿工作单请填写收费金额',
    );
    await repos.workOrders.complete(clerk, o.id, result(8_000));
    const { order, receipt } = await repos.workOrders.charge(clerk, o.id, {
      requestId: 'r1',
      method: 'wechat',
      payerName: '张三',
    });
    expect(receipt).toMatchObject({
      totalFen: 8_000,
      itemCodes: ['paid_service'],
      sourceId: o.id,
      source: { kind: 'paidService', id: o.id, label: `工作单 ${o.no}` },
      unitCode: '3-1-1201',
      method: 'wechat',
    });
    expect(order).toMatchObject({ receiptId: receipt.id, receiptNo: receipt.no });
    await expect(
      repos.workOrders.charge(clerk, o.id, { requestId: 'r2', method: 'cash', payerName: '张三' }),
    ).rejects.toThrow('该工作单已收费');
    expect((await repos.receipts.search({})).rows).toHaveLength(1);
    expect((await repos.workOrders.close(clerk, o.id)).status).toBe('closed');
  });
});

describe('the month revisit sample', () => {
  it('is drawn by a supervisor on or after the 26th, and the same month gives the same sample', async () => {
    const repos = makeTestRepos();
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      const o = await repos.workOrders.create(clerk, intake({ contactName: `业主${i}` }));
      await repos.workOrders.complete(clerk, o.id, result());
      ids.push(o.id);
    }
    const emergency = await repos.workOrders.create(clerk, intake({ urgency: 'emergency' }));
    await repos.workOrders.complete(clerk, emergency.id, result());
    const m = month();
    await expect(repos.workOrders.drawSample(clerk, m, `${m}-28`)).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(repos.workOrders.drawSample(supervisor, m, `${m}-25`)).rejects.toThrow(
      `抽样日为 ${m}-26，未到抽样日`,
    );
    const first = await repos.workOrders.drawSample(supervisor, m, `${m}-26`);
    // 120 routine orders → 30 % → 36; the emergency order is revisited anyway and not counted.
    expect(first.completed).toBe(120);
    expect(first.picked).toHaveLength(36);
    const due = await repos.workOrders.search({ revisitDue: true });
    expect(due).toHaveLength(37);
    const again = await repos.workOrders.drawSample(supervisor, m, `${m}-27`);
    expect(again.picked).toEqual([]);
    const sampled = due
      .filter((o) => o.revisitReason === 'sample')
      .map((o) => o.id)
      .sort();
    expect(sampled).toEqual(first.picked.map((o) => o.id).sort());
  });
});

describe('revisits the review counts as due', () => {
  it('a free order closed before the draw and then sampled is revisited; 不满意 reopens it', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
    try {
      const repos = makeTestRepos();
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const o = await repos.workOrders.create(clerk, intake({ contactName: `业主${i}` }));
        await repos.workOrders.complete(clerk, o.id, result());
        await repos.workOrders.close(clerk, o.id);
        ids.push(o.id);
      }
      // ≤ 100 orders: every one is picked, though each was closed already.
      const drawn = await repos.workOrders.drawSample(supervisor, '2026-11', '2026-11-26');
      expect(drawn.picked.map((o) => o.status)).toEqual(['closed', 'closed', 'closed']);

      const kept = await repos.workOrders.revisit(clerk, ids[0]!, 'satisfied', '');
      expect(kept).toMatchObject({ status: 'closed', revisitStatus: 'done' });
      expect(kept.revisitAt).toBeTruthy();

      const reopened = await repos.workOrders.revisit(clerk, ids[1]!, 'unsatisfied', '又漏了');
      expect(reopened).toMatchObject({ status: 'open', reopenCount: 1, revisitNote: '又漏了' });
      expect(reopened.closedAt).toBeUndefined();
      await expect(repos.workOrders.revisit(clerk, ids[0]!, 'satisfied', '')).rejects.toThrow(
        '只有已完工或待回访的工作单可以回访',
      );
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a complaint turned into a work order (转派工单)', () => {
  it('creates the order from the case and links both ways, once', async () => {
    const repos = makeTestRepos();
    const c = await repos.complaints.intake(clerk, makeIntake({ content: '卫生间天花板漏水' }));
    const order = await repos.workOrders.createFromCase(
      clerk,
      c.id,
      intake({ contactName: c.customerName, problem: c.content }),
    );
    expect(order).toMatchObject({ caseId: c.id, caseNo: c.no, problem: '卫生间天花板漏水' });
    const linked = await repos.complaints.get(c.id);
    expect(linked).toMatchObject({ workOrderId: order.id, workOrderNo: order.no });
    expect(linked?.history.at(-1)).toMatchObject({ kind: 'workOrder', byName: '王前台' });
    // The order is found by the case number too.
    expect((await repos.workOrders.search({ q: c.no })).map((o) => o.id)).toEqual([order.id]);
    await expect(repos.workOrders.createFromCase(clerk, c.id, intake())).rejects.toThrow(
      `该投诉已转派工单 ${order.no}`,
    );
    expect(await repos.db.workOrders.count()).toBe(1);
    const audited = await repos.audit.list();
    expect(audited.filter((e) => e.recordId === c.id).map((e) => e.action)).toContain('update');
    expect(audited.filter((e) => e.recordId === order.id).map((e) => e.action)).toEqual(['create']);
  });

  it('refuses a case already handled and writes nothing', async () => {
    const repos = makeTestRepos();
    const c = await repos.complaints.intake(clerk, makeIntake());
    await repos.complaints.close(clerk, c.id, { result: '已更换灯管' });
    await expect(repos.workOrders.createFromCase(clerk, c.id, intake())).rejects.toBeInstanceOf(
      RegisterRuleError,
    );
    expect(await repos.db.workOrders.count()).toBe(0);
  });
});
