import { describe, expect, it } from 'vitest';
import { KeyRuleError } from '@shared/domain/keys';
import { createRepositories } from '../../renderer/src/db/repositories';
import { fromNow } from '../fixtures/clock';
import { clerk } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

// Due times count from the pinned test clock (tests/fixtures/clock.ts).
const inAnHour = () => fromNow(3_600_000);

describe('keys (钥匙借还)', () => {
  it('lends a key once, refuses a second loan, and takes it back', async () => {
    const repos = createRepositories(makeTestDb());
    const key = await repos.keys.createKey(clerk, {
      label: 'K-01',
      name: '配电房',
      kind: 'public',
      hook: 'A3',
      count: 2,
    });
    const loan = await repos.keys.lend(clerk, key.id, {
      borrower: '工程部 刘师傅',
      reason: '检修配电柜',
      dueAt: inAnHour(),
    });
    expect((await repos.keys.listKeys())[0]?.loanId).toBe(loan.id);
    await expect(
      repos.keys.lend(clerk, key.id, { borrower: '保洁', reason: '打扫', dueAt: inAnHour() }),
    ).rejects.toThrow('已借出');
    const back = await repos.keys.giveBack(clerk, loan.id);
    expect(back.receivedByName).toBe(clerk.name);
    expect((await repos.keys.listKeys())[0]?.loanId).toBeUndefined();
    expect(await repos.keys.listLoans(true)).toEqual([]);
  });

  it('lists a loan as overdue once its due time has passed', async () => {
    const repos = createRepositories(makeTestDb());
    const key = await repos.keys.createKey(clerk, {
      label: 'U-0301',
      name: '3-1-301 空置房',
      kind: 'unsold',
      count: 1,
    });
    const loan = await repos.keys.lend(clerk, key.id, {
      borrower: '销售部 陈',
      reason: '带客看房',
      dueAt: inAnHour(),
    });
    expect(await repos.keys.overdue()).toEqual([]);
    const later = fromNow(2 * 3_600_000);
    expect((await repos.keys.overdue(later)).map((l) => l.id)).toEqual([loan.id]);
  });

  it('refuses a duplicate label', async () => {
    const repos = createRepositories(makeTestDb());
    await repos.keys.createKey(clerk, { label: 'K-01', name: '配电房', kind: 'public', count: 1 });
    const err = await repos.keys
      .createKey(clerk, { label: 'K-01', name: '水泵房', kind: 'public', count: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeyRuleError);
  });
});
