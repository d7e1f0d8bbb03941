import { describe, expect, it } from 'vitest';
import { makeIntake } from '../fixtures/complaints';
import { pinClock } from '../fixtures/clock';
import { seedOperators, MANAGER_PIN } from '../renderer/operators/fixtures';
import { makeTestRepos } from './makeTestDb';

const participants = Array.from({ length: 10 }, (_, i) => ({
  name: `住户${i + 1}`,
  unitCode: `1-${101 + i}`,
}));

describe('community-event and emergency-aid revisits', () => {
  it('draws 30 % of an event’s participants and is done once each is revisited', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    const e = await repos.revisits.createEvent(clerk, {
      kind: 'communityEvent',
      title: '重阳敬老茶话会',
      heldAt: '2026-11-14T15:00:00+08:00',
      participants,
    });
    expect(e.sample).toHaveLength(3);
    expect(e.revisitDueAt).toBe('2026-11-19T07:00:00.000Z');
    const [first, second, third] = e.sample as [string, string, string];
    const outside = e.participants.find((p) => !e.sample.includes(p.key))!.key;
    await expect(
      repos.revisits.recordRevisit(clerk, e.id, { key: outside, satisfaction: 'satisfied' }),
    ).rejects.toThrow('不在回访名单');
    await expect(
      repos.revisits.recordRevisit(clerk, e.id, { key: first, satisfaction: 'unsatisfied' }),
    ).rejects.toThrow('请填写原因');
    await repos.revisits.recordRevisit(clerk, e.id, {
      key: first,
      satisfaction: 'unsatisfied',
      comment: '座位不够',
    });
    await repos.revisits.recordRevisit(clerk, e.id, { key: second, satisfaction: 'satisfied' });
    expect((await repos.revisits.getEvent(e.id))?.status).toBe('open');
    const done = await repos.revisits.recordRevisit(clerk, e.id, {
      key: third,
      satisfaction: 'fair',
    });
    expect(done.status).toBe('done');
  });

  it('revisits the one person helped in emergency aid within a week', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    await expect(
      repos.revisits.createEvent(clerk, {
        kind: 'emergencyAid',
        title: '老人摔倒送医',
        heldAt: '2026-11-16T09:00:00+08:00',
        participants: participants.slice(0, 2),
      }),
    ).rejects.toThrow('被救助人一人');
    const aid = await repos.revisits.createEvent(clerk, {
      kind: 'emergencyAid',
      title: '老人摔倒送医',
      heldAt: '2026-11-16T09:00:00+08:00',
      participants: [{ name: '刘老伯', unitCode: '2-301' }],
    });
    expect(aid.sample).toEqual(['p1']);
    expect(aid.revisitDueAt).toBe('2026-11-23T01:00:00.000Z');
  });
});

describe('the supervisors’ revisit reviews', () => {
  it('signs the week’s review with the supervisor’s own PIN, counting the week’s revisits', async () => {
    pinClock('2026-11-17T02:30:00Z');
    const repos = makeTestRepos();
    const { clerk, supervisor, manager } = await seedOperators(repos);
    // A complaint revisited 不满意 this week.
    const c = await repos.complaints.intake(
      clerk,
      makeIntake({ receivedAt: '2026-11-16T10:00:00+08:00' }),
    );
    await repos.complaints.classify(clerk, c.id, {
      category: 'class1',
      severity: 'general',
      valid: true,
    });
    await repos.complaints.dispatch(clerk, c.id, { department: 'engineering' });
    await repos.complaints.close(clerk, c.id, { result: '已修好' });
    await repos.complaints.revisit(clerk, c.id, {
      method: 'phone',
      satisfaction: 'unsatisfied',
      comment: '还在漏',
      signed: false,
      signedName: '',
    });
    const week = {
      kind: 'weekly' as const,
      period: '2026-11-16',
      findings: '不满意已转工程部',
      followUps: ['周五前复查 3-1-1201'],
    };
    await expect(repos.revisits.sign(clerk, { ...week, pin: '8642' })).rejects.toThrow('主管');
    await expect(repos.revisits.sign(supervisor, { ...week, pin: '0000' })).rejects.toThrow();
    const signed = await repos.revisits.sign(supervisor, { ...week, pin: '1357' });
    expect(signed).toMatchObject({ reviewerName: '李主管', checked: 1, dissatisfied: 1 });
    expect(signed.followUps).toEqual([{ text: '周五前复查 3-1-1201' }]);
    await expect(repos.revisits.sign(supervisor, { ...week, pin: '1357' })).rejects.toThrow(
      '已检查签字',
    );
    // The monthly spot-check is the manager's.
    const month = {
      kind: 'monthly' as const,
      period: '2026-11',
      findings: '抽查 5 份，记录完整',
      followUps: [],
    };
    await expect(repos.revisits.sign(supervisor, { ...month, pin: '1357' })).rejects.toThrow(
      '经理',
    );
    expect((await repos.revisits.sign(manager, { ...month, pin: MANAGER_PIN })).kind).toBe(
      'monthly',
    );
    const closed = await repos.revisits.closeFollowUp(supervisor, signed.id, 0);
    expect(closed.followUps[0]).toMatchObject({ doneByName: '李主管' });
  });

  it('shows the weeks without a signed review on the board, from the desk’s first run', async () => {
    pinClock('2026-11-04T02:00:00Z'); // Wednesday: the desk is set up
    const repos = makeTestRepos();
    const { supervisor } = await seedOperators(repos);
    pinClock('2026-11-17T02:30:00Z');
    const now = new Date().toISOString();
    const reviewItems = async () =>
      (await repos.today.items(now))
        .filter((i) => i.kind === 'revisitReview')
        .map((i) => i.recordId);
    expect(await reviewItems()).toEqual(['weekly:2026-11-02', 'weekly:2026-11-09']);
    await repos.revisits.sign(supervisor, {
      kind: 'weekly',
      period: '2026-11-02',
      pin: '1357',
      findings: '无异常',
      followUps: [],
    });
    expect(await reviewItems()).toEqual(['weekly:2026-11-09']);
  });
});
