import { describe, expect, it } from 'vitest';
import { archiveClerk, makeUnit } from '../fixtures/archive';
import { pinClock, TEST_NOW, TEST_TODAY } from '../fixtures/clock';
import { seedOperators } from '../renderer/operators/fixtures';
import { makeTestRepos } from './makeTestDb';

const TEA_PARTY = {
  kind: 'communityEvent' as const,
  title: '重阳敬老茶话会',
  heldAt: '2026-11-12T15:00:00+08:00',
  participants: [{ name: '住户1', unitCode: '1-101' }],
};

describe('today board: the visit plan (拜访计划)', () => {
  it('shows the feedback due after a community event and drops it once the visit is recorded', async () => {
    pinClock(TEST_NOW);
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    // Held five days before the pinned Tuesday: its feedback (eventFeedbackDays 5) is due today.
    const event = await repos.revisits.createEvent(clerk, TEA_PARTY);
    const planned = (await repos.today.items(TEST_NOW, clerk.id)).filter(
      (i) => i.kind === 'visitPlan',
    );
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({
      state: 'today',
      recordId: `event:${event.id}`,
      route: `/visits?plan=${encodeURIComponent(`event:${event.id}`)}&year=2026`,
    });
    expect(planned[0]!.subject).toContain('社区活动反馈');

    await repos.visitRecords.create(clerk, {
      kind: 'event',
      date: TEST_TODAY,
      visitorId: clerk.id,
      eventId: event.id,
      notes: '参加的住户反映茶点不够',
    });
    const after = await repos.today.items(TEST_NOW, clerk.id);
    expect(after.filter((i) => i.kind === 'visitPlan')).toEqual([]);
  });

  it('shows an overdue quarter of an area once its end has passed, not a plan before the desk began', async () => {
    pinClock(TEST_NOW);
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    await repos.units.create(makeUnit({ building: '1' }), archiveClerk);
    // Quarters 1–3 ended before the desk's first day: not on the board today.
    expect((await repos.today.items(TEST_NOW)).filter((i) => i.kind === 'visitPlan')).toEqual([]);
    // On 1 January 2027 last year's fourth quarter, second half and the head's November and
    // December visits are overdue: due on or after the desk's first day and not done.
    const newYear = '2027-01-01T02:00:00.000Z';
    pinClock(newYear);
    const owed = async () =>
      (await repos.today.items(newYear))
        .filter((i) => i.kind === 'visitPlan')
        .map((i) => `${i.recordId}/${i.state}`)
        .sort();
    expect(await owed()).toEqual(
      ['area:1:4/overdue', 'head:11/overdue', 'head:12/overdue', 'meeting:2/overdue'].sort(),
    );
    await repos.visitRecords.create(clerk, {
      kind: 'meeting',
      date: '2026-12-20',
      visitorId: clerk.id,
      place: '会所',
      attendees: 12,
      notes: '下半年住户座谈会',
    });
    expect(await owed()).not.toContain('meeting:2/overdue');
  });

  it('keeps the board’s plan for the day until a table it is made from changes', async () => {
    pinClock(TEST_NOW);
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    const unit = await repos.units.create(makeUnit({ building: '1' }), archiveClerk);
    const first = await repos.visitRecords.boardPlan(2026);
    // Served again, not rebuilt from every unit and visit of the year.
    expect(await repos.visitRecords.boardPlan(2026)).toBe(first);
    // A write elsewhere (a mail item) does not touch the plan.
    await repos.mail.receiveBatch(clerk, {
      carrier: '邮政',
      items: [{ kind: 'letter', count: 1, unitCode: unit.code, addressee: '', trackingNo: '' }],
    });
    expect(await repos.visitRecords.boardPlan(2026)).toBe(first);
    await repos.visitRecords.create(clerk, {
      kind: 'area',
      date: TEST_TODAY,
      visitorId: clerk.id,
      unitId: unit.id,
      unitCode: unit.code,
      notes: '季度走访',
    });
    const after = await repos.visitRecords.boardPlan(2026);
    expect(after).not.toBe(first);
    expect(after.find((i) => i.key === 'area:1:4')).toMatchObject({ done: 1, target: 1 });
    // A new household drops it too; the next day builds it again.
    await repos.units.create(makeUnit({ building: '1' }), archiveClerk);
    const grown = await repos.visitRecords.boardPlan(2026);
    expect(grown.find((i) => i.key === 'area:1:4')).toMatchObject({ done: 1, target: 2 });
    expect(await repos.visitRecords.boardPlan(2026)).toBe(grown);
    pinClock('2026-11-18T02:00:00.000Z');
    expect(await repos.visitRecords.boardPlan(2026)).not.toBe(grown);
  });
});
