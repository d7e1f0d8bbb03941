import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseRuleError } from '@shared/domain/complaints';
import { PermissionError } from '@shared/domain/record';
import { createRepositories } from '../../renderer/src/db/repositories';
import { makeIntake } from '../fixtures/complaints';
import { clerk, otherClerk, supervisor } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

function setup() {
  return createRepositories(makeTestDb());
}

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the clock (office time) for the steps that stamp "now". */
function at(officeTime: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(officeTime));
}

/** Tuesday 17 November 2026, 10:30 office time, with a complaint taken down at 09:00. */
async function complaintThisMorning() {
  const { complaints } = setup();
  at('2026-11-17T10:30:00+08:00');
  const c = await complaints.intake(clerk, makeIntake({ receivedAt: '2026-11-17T09:00:00+08:00' }));
  return { complaints, c };
}

describe('complaint register (投诉/建议)', () => {
  it('numbers complaints and suggestions per series and month, without repeats', async () => {
    const { complaints } = setup();
    const a = await complaints.intake(
      clerk,
      makeIntake({ receivedAt: '2026-04-30T23:50:00+08:00' }),
    );
    const b = await complaints.intake(
      clerk,
      makeIntake({ receivedAt: '2026-04-30T10:00:00+08:00' }),
    );
    const s = await complaints.intake(
      clerk,
      makeIntake({ kind: 'suggestion', receivedAt: '2026-04-30T11:00:00+08:00' }),
    );
    // 1 May 00:10 in China is still 30 April in UTC: the number follows office time.
    const c = await complaints.intake(clerk, makeIntake({ receivedAt: '2026-04-30T16:10:00Z' }));
    const d = await complaints.intake(
      clerk,
      makeIntake({ receivedAt: '2026-05-02T09:00:00+08:00' }),
    );
    expect([a.no, b.no, s.no, c.no, d.no]).toEqual([
      'TS-202604-0001',
      'TS-202604-0002',
      'JY-202604-0001',
      'TS-202605-0001',
      'TS-202605-0002',
    ]);
    expect(c.month).toBe('2026-05');
    expect(a).toMatchObject({ status: 'open', ownerName: '王前台', receiverName: '王前台' });
  });

  it('runs intake → classify → dispatch → reply → close → 不满意 reopens → close → 满意', async () => {
    const repos = setup();
    const { complaints } = repos;
    // Received Thursday 30 April 15:00, the afternoon before May Day; the steps follow at once.
    at('2026-04-30T15:10:00+08:00');
    const c = await complaints.intake(
      clerk,
      makeIntake({ receivedAt: '2026-04-30T15:00:00+08:00' }),
    );
    await complaints.classify(clerk, c.id, { category: 'class1', severity: 'major', valid: true });
    await complaints.dispatch(clerk, c.id, { department: 'cleaning', note: '' });
    // Reassigned: the first dispatch stays.
    const re = await complaints.dispatch(supervisor, c.id, {
      department: 'engineering',
      note: '属电路问题',
    });
    expect(re.dispatches.map((d) => d.department)).toEqual(['cleaning', 'engineering']);
    expect(re).toMatchObject({ status: 'dispatched', department: 'engineering' });
    const replied = await complaints.departmentReply(clerk, c.id, {
      action: '更换灯管',
      dueBy: '2026-05-06T12:00:00+08:00',
    });
    expect(replied.dispatches[1]).toMatchObject({
      action: '更换灯管',
      dueBy: '2026-05-06T04:00:00.000Z',
    });

    at('2026-05-06T14:00:00+08:00');
    const closed = await complaints.close(clerk, c.id, { result: '已更换灯管' });
    // Major: due Wednesday 6 May 15:00 (May Day skipped); revisit due 3 days after the close (004).
    expect(closed).toMatchObject({
      status: 'closed',
      closedOnTime: true,
      revisitDueAt: '2026-05-09T06:00:00.000Z',
    });

    at('2026-05-08T11:00:00+08:00');
    await expect(
      complaints.revisit(clerk, c.id, {
        method: 'phone',
        satisfaction: 'unsatisfied',
        comment: '',
      }),
    ).rejects.toThrow('客户不满意时请填写原因');
    const reopened = await complaints.revisit(clerk, c.id, {
      method: 'phone',
      satisfaction: 'unsatisfied',
      comment: '灯又不亮了',
    });
    expect(reopened).toMatchObject({ status: 'open', reopenedAt: '2026-05-08T03:00:00.000Z' });
    expect(reopened.history.at(-1)).toMatchObject({ kind: 'reopen', text: '灯又不亮了' });

    // Reopened Friday 11:00, major: due Saturday 9 May 11:00 (调休上班); closed Monday = late.
    at('2026-05-11T09:00:00+08:00');
    const again = await complaints.close(clerk, c.id, { result: '更换镇流器' });
    expect(again.closedOnTime).toBe(false);
    at('2026-05-12T09:00:00+08:00');
    const done = await complaints.revisit(clerk, c.id, {
      method: 'visit',
      satisfaction: 'satisfied',
      comment: '',
      signed: true,
      signedName: '张三',
    });
    expect(done.status).toBe('revisited');
    expect(done.revisits.map((r) => r.satisfaction)).toEqual(['unsatisfied', 'satisfied']);
    await expect(complaints.close(clerk, c.id, { result: 'x' })).rejects.toThrow(CaseRuleError);
    const audit = await repos.audit.list({ table: 'cases' });
    expect(audit.length).toBeGreaterThanOrEqual(9);
  });

  it('refuses an agreed date or 完成期限 already past, or keeps it with a reason and counts late', async () => {
    const { complaints, c } = await complaintThisMorning();
    await complaints.classify(clerk, c.id, {
      category: 'class1',
      severity: 'general',
      valid: true,
    });
    const yesterday = '2026-11-16T17:30:00+08:00';
    await expect(
      complaints.agreeDate(clerk, c.id, { dueAt: yesterday, note: '客户同意' }),
    ).rejects.toThrow('约定日期早于当前时间');
    expect((await complaints.get(c.id))?.agreedDueAt).toBeUndefined();

    await complaints.dispatch(clerk, c.id, { department: 'engineering', note: '' });
    await expect(
      complaints.departmentReply(clerk, c.id, { action: '更换灯管', dueBy: yesterday }),
    ).rejects.toThrow('完成期限早于当前时间');

    // A date ahead is a plain deadline.
    const ahead = await complaints.agreeDate(clerk, c.id, {
      dueAt: '2026-11-20T17:30:00+08:00',
      note: '客户同意周五前',
    });
    expect(ahead.agreedAt?.slice(0, 16)).toBe('2026-11-17T02:30');
    expect(ahead.pastDateReason).toBeUndefined();

    // Recorded after the fact with a reason: kept, and the close is late though "in time".
    const backdated = await complaints.agreeDate(clerk, c.id, {
      dueAt: yesterday,
      note: '昨日电话中约定',
      pastReason: '昨日系统停电，今日补录',
    });
    expect(backdated).toMatchObject({
      agreedDueAt: '2026-11-16T09:30:00.000Z',
      pastDateReason: '昨日系统停电，今日补录',
    });
    expect(backdated.history.at(-1)?.text).toContain('补录：昨日系统停电，今日补录');
    const closed = await complaints.close(clerk, c.id, { result: '已处理' });
    expect(closed.closedOnTime).toBe(false);
    // The revisit falls due 3 days after handling (004).
    expect(closed.revisitDueAt?.slice(0, 16)).toBe('2026-11-20T02:30');
  });

  it('keeps a past 完成期限 with a reason on the dispatch and the case', async () => {
    const { complaints, c } = await complaintThisMorning();
    await complaints.dispatch(clerk, c.id, { department: 'engineering', note: '' });
    const replied = await complaints.departmentReply(clerk, c.id, {
      action: '更换灯管',
      dueBy: '2026-11-17T09:30:00+08:00',
      pastReason: '部门回单晚交',
    });
    expect(replied.dispatches[0]).toMatchObject({ pastReason: '部门回单晚交' });
    expect(replied.pastDateReason).toBe('部门回单晚交');
    expect((await complaints.close(clerk, c.id, { result: '已处理' })).closedOnTime).toBe(false);
  });

  it('answers a suggestion and keeps it out of the queue', async () => {
    const { complaints } = setup();
    const s = await complaints.intake(
      clerk,
      makeIntake({ kind: 'suggestion', content: '增设快递柜' }),
    );
    expect((await complaints.active()).map((c) => c.no)).toEqual([s.no]);
    const done = await complaints.replySuggestion(clerk, s.id, {
      adopted: true,
      reply: '已采纳，月底安装',
    });
    expect(done).toMatchObject({ status: 'closed', adopted: true });
    expect(await complaints.active()).toEqual([]);
    await expect(
      complaints.revisit(clerk, s.id, { method: 'phone', satisfaction: 'satisfied' }),
    ).rejects.toThrow(CaseRuleError);
  });

  it('lets only the owner or a supervisor hand a case over (首问负责)', async () => {
    const { complaints } = setup();
    const c = await complaints.intake(clerk, makeIntake());
    await expect(
      complaints.handOver(otherClerk, c.id, { id: otherClerk.id, name: otherClerk.name }),
    ).rejects.toBeInstanceOf(PermissionError);
    const moved = await complaints.handOver(clerk, c.id, {
      id: otherClerk.id,
      name: otherClerk.name,
    });
    expect(moved).toMatchObject({ ownerId: 'clerk-2', ownerName: '李前台' });
    expect(moved.history[0]).toMatchObject({ kind: 'handOver', text: '王前台 → 李前台' });
    const back = await complaints.handOver(supervisor, c.id, { id: clerk.id, name: clerk.name });
    expect(back.ownerName).toBe('王前台');
  });

  it('finds cases by number, name, phone and unit, and by month', async () => {
    const { complaints } = setup();
    const c = await complaints.intake(clerk, makeIntake());
    await complaints.intake(
      clerk,
      makeIntake({
        customerName: '李四',
        customerPhone: '13900001111',
        unitCode: '5-2-301',
        receivedAt: '2026-06-01T09:00:00+08:00',
      }),
    );
    for (const q of ['ts-202605', '张三', '5678', '3-1-1201']) {
      expect(
        (await complaints.list({ text: q })).map((x) => x.no),
        q,
      ).toEqual([c.no]);
    }
    expect((await complaints.list({ month: '2026-06' })).map((x) => x.customerName)).toEqual([
      '李四',
    ]);
    expect((await complaints.forMonth('2026-06')).length).toBe(2);
  });
});
