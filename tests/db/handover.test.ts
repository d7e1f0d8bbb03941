import { describe, expect, it } from 'vitest';
import { HandoverRuleError } from '@shared/domain/handover';
import { createRepositories } from '../../renderer/src/db/repositories';
import { clerk, makeIssueInput, otherClerk } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

describe('shift handover (交接班)', () => {
  it('refuses to close with an unacknowledged item, then closes with the cash handed over', async () => {
    const repos = createRepositories(makeTestDb());
    const h = await repos.handovers.open(clerk);
    expect(h.no).toMatch(/^JB-\d{6}-0001$/);
    expect(h.equipment.length).toBeGreaterThan(0);
    const withItem = await repos.handovers.addItem(clerk, h.id, '3-1-1201 漏水待工程部回复');
    const err = await repos.handovers
      .close(clerk, h.id, { toName: '李前台' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HandoverRuleError);
    expect((err as HandoverRuleError).problems[0]).toContain('未经接班人确认');
    expect((await repos.handovers.get(h.id))?.status).toBe('open');

    await repos.receipts.issue(
      clerk,
      makeIssueInput({ lines: [{ code: 'renovation_deposit_owner', quantity: 1 }] }),
    );
    await repos.cashups.close(clerk, {
      floatFen: 0,
      countedCashFen: 100_000,
      explanation: '',
      handedTo: '李前台',
      expectedCashFen: 100_000,
    });
    await repos.handovers.acknowledge(clerk, h.id, withItem.items[0]!.id);
    const closed = await repos.handovers.close(clerk, h.id, { toName: '李前台', log: '平稳' });
    expect(closed).toMatchObject({ status: 'closed', toName: '李前台', cashFen: 100_000 });
    expect(closed.log).toBe('平稳');
  });

  it('carries open items to the next shift until someone closes them', async () => {
    const repos = createRepositories(makeTestDb());
    const first = await repos.handovers.open(clerk);
    let h = await repos.handovers.addItem(clerk, first.id, '钥匙 K-01 未还');
    h = await repos.handovers.addItem(clerk, first.id, '打印机缺纸');
    const [keyItem, paperItem] = h.items;
    await repos.handovers.closeItem(clerk, first.id, paperItem!.id, '已加纸');
    await repos.handovers.acknowledge(clerk, first.id, keyItem!.id);
    await repos.handovers.close(clerk, first.id, { toName: '李前台' });

    const second = await repos.handovers.open(otherClerk);
    expect(second.no).not.toBe(first.no);
    expect(second.items.map((i) => [i.text, i.acknowledged, i.carriedFrom])).toEqual([
      ['钥匙 K-01 未还', false, first.no],
    ]);
    expect(second.cashFen).toBeUndefined();
    // Opening again returns the same open handover rather than a second one.
    expect((await repos.handovers.open(otherClerk)).id).toBe(second.id);
  });

  it('keeps a closed handover from being changed', async () => {
    const repos = createRepositories(makeTestDb());
    const h = await repos.handovers.open(clerk);
    await repos.handovers.close(clerk, h.id, { toName: '李前台' });
    await expect(repos.handovers.addItem(clerk, h.id, '补记')).rejects.toThrow('已交接');
  });
});
