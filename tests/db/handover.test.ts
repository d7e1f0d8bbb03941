import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HandoverRuleError, TakerPinError } from '@shared/domain/handover';
import type { Actor } from '@shared/domain/record';
import { makeIssueInput } from '../fixtures/moneyActors';
import { seedOperators } from '../renderer/operators/fixtures';
import { makeTestRepos, type TestRepos } from './makeTestDb';

// Tuesday 10:30 office time: nothing here depends on the real day.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** 张前台 (PIN 8642) leaves, 李主管 (PIN 1357) takes over. */
async function desk(): Promise<{ repos: TestRepos; leaving: Actor; taker: Actor }> {
  const repos = makeTestRepos();
  const { clerk, supervisor } = await seedOperators(repos);
  return { repos, leaving: clerk, taker: supervisor };
}

describe('shift handover (交接班)', () => {
  it('refuses to close with an unacknowledged item, then closes with the cash of the cash-up', async () => {
    const { repos, leaving, taker } = await desk();
    const h = await repos.handovers.open(leaving);
    expect(h.no).toMatch(/^JB-\d{6}-0001$/);
    expect(h.equipment.length).toBeGreaterThan(0);
    const withItem = await repos.handovers.addItem(leaving, h.id, '3-1-1201 漏水待工程部回复');
    const err = await repos.handovers
      .close(leaving, h.id, { toId: taker.id }, '1357')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HandoverRuleError);
    expect((err as HandoverRuleError).problems[0]).toContain('未经接班人确认');
    expect((await repos.handovers.get(h.id))?.status).toBe('open');

    await repos.receipts.issue(
      leaving,
      makeIssueInput({ lines: [{ code: 'renovation_deposit_owner', quantity: 1 }] }),
    );
    const cashup = await repos.cashups.close(leaving, {
      floatFen: 0,
      countedCashFen: 100_000,
      explanation: '',
      handedTo: '李主管',
      expectedCashFen: 100_000,
    });
    expect((await repos.handovers.cashupOf(h))?.id).toBe(cashup.id);
    await repos.handovers.acknowledge(leaving, h.id, withItem.items[0]!.id);
    const closed = await repos.handovers.close(
      leaving,
      h.id,
      { toId: taker.id, log: '平稳' },
      '1357',
    );
    expect(closed).toMatchObject({
      status: 'closed',
      toId: taker.id,
      toName: '李主管',
      cashupId: cashup.id,
      cashFen: 100_000,
    });
    expect(closed.log).toBe('平稳');
  });

  it('takes the incoming clerk from the operators and never the leaving one', async () => {
    const { repos, leaving, taker } = await desk();
    const h = await repos.handovers.open(leaving);
    await expect(repos.handovers.close(leaving, h.id, {}, '1357')).rejects.toThrow('请选择接班人');
    // The leaving clerk cannot hand over to herself with her own PIN.
    await expect(
      repos.handovers.close(leaving, h.id, { toId: leaving.id }, '8642'),
    ).rejects.toThrow('接班人不能是交班人本人');
    const saved = await repos.handovers.saveDraft(leaving, h.id, { toId: taker.id });
    expect(saved).toMatchObject({ toId: taker.id, toName: '李主管' });
  });

  it('needs the incoming clerk’s own PIN, with the sign-in lockout', async () => {
    const { repos, leaving, taker } = await desk();
    const h = await repos.handovers.open(leaving);
    // The leaving clerk's PIN is not the taker's.
    const wrong = await repos.handovers
      .close(leaving, h.id, { toId: taker.id }, '8642')
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(TakerPinError);
    expect((wrong as TakerPinError).message).toContain('PIN');
    expect((await repos.handovers.get(h.id))?.status).toBe('open');
    const failed = await repos.db.operators.get(taker.id);
    expect(failed?.failedAttempts).toBe(1);
    for (let i = 0; i < 4; i++)
      await repos.handovers.close(leaving, h.id, { toId: taker.id }, '0000').catch(() => null);
    const locked = await repos.handovers
      .close(leaving, h.id, { toId: taker.id }, '1357')
      .catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(TakerPinError);
    expect((locked as TakerPinError).lockedUntil).toBeTruthy();

    vi.setSystemTime(new Date('2026-11-17T02:40:00Z'));
    const closed = await repos.handovers.close(leaving, h.id, { toId: taker.id }, '1357');
    expect(closed).toMatchObject({ status: 'closed', toName: '李主管' });
    expect((await repos.db.operators.get(taker.id))?.failedAttempts).toBe(0);
  });

  it('refuses an inactive operator as the incoming clerk', async () => {
    const repos = makeTestRepos();
    const { manager, clerk, supervisor } = await seedOperators(repos);
    await repos.operators.update(supervisor.id, { active: false }, manager);
    const h = await repos.handovers.open(clerk);
    await expect(
      repos.handovers.close(clerk, h.id, { toId: supervisor.id }, '1357'),
    ).rejects.toBeInstanceOf(TakerPinError);
  });

  it('carries open items to the next shift until someone closes them', async () => {
    const { repos, leaving, taker } = await desk();
    const first = await repos.handovers.open(leaving);
    let h = await repos.handovers.addItem(leaving, first.id, '钥匙 K-01 未还');
    h = await repos.handovers.addItem(leaving, first.id, '打印机缺纸');
    const [keyItem, paperItem] = h.items;
    await repos.handovers.closeItem(leaving, first.id, paperItem!.id, '已加纸');
    await repos.handovers.acknowledge(leaving, first.id, keyItem!.id);
    await repos.handovers.close(leaving, first.id, { toId: taker.id }, '1357');

    const second = await repos.handovers.open(taker);
    expect(second.no).not.toBe(first.no);
    expect(second.items.map((i) => [i.text, i.acknowledged, i.carriedFrom])).toEqual([
      ['钥匙 K-01 未还', false, first.no],
    ]);
    expect(second.cashFen).toBeUndefined();
    // Opening again returns the same open handover rather than a second one.
    expect((await repos.handovers.open(taker)).id).toBe(second.id);
  });

  it('keeps a closed handover from being changed', async () => {
    const { repos, leaving, taker } = await desk();
    const h = await repos.handovers.open(leaving);
    await repos.handovers.close(leaving, h.id, { toId: taker.id }, '1357');
    await expect(repos.handovers.addItem(leaving, h.id, '补记')).rejects.toThrow('已交接');
  });
});
