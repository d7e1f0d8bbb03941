import { afterEach, describe, expect, it, vi } from 'vitest';
import { officeDateOf } from '@shared/domain/officeTime';
import { MoneyRuleError } from '@shared/domain/receipt';
import { OperatorError } from '../../renderer/src/db/repositories/operatorRepository';
import { makeIssueInput } from '../fixtures/moneyActors';
import { seedOperators } from '../renderer/operators/fixtures';
import { makeSessionRepos } from './makeTestDb';

afterEach(() => vi.useRealTimers());

const cheap = (over: Parameters<typeof makeIssueInput>[0] = {}) =>
  makeIssueInput({
    lines: [
      { code: 'renovation_deposit_owner', quantity: 1, unitFen: 1 },
      { code: 'permit_fee', quantity: 1, unitFen: 1 },
    ],
    ...over,
  });

async function signedInClerk() {
  vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
  const repos = makeSessionRepos();
  const ops = await seedOperators(repos);
  await repos.operators.signIn(ops.clerk.id, '8642');
  return { repos, ...ops };
}

describe('standard-priced items keep their price (issue 15 finding 6)', () => {
  it('refuses 2 fen for the 1,000 元 deposit plus the 20 元 permit fee, and any price above', async () => {
    const { repos, clerk } = await signedInClerk();
    await expect(repos.receipts.issue(clerk, cheap())).rejects.toThrow(/低于标准价 1,000\.00 元/);
    await expect(
      repos.receipts.issue(
        clerk,
        makeIssueInput({ lines: [{ code: 'permit_fee', quantity: 1, unitFen: 2_001 }] }),
      ),
    ).rejects.toThrow(/不能高于标准价 20\.00 元/);
    expect(await repos.db.receipts.count()).toBe(0);
    // Items without a standard price still take what is typed.
    const service = await repos.receipts.issue(
      clerk,
      makeIssueInput({ lines: [{ code: 'paid_service', quantity: 1, unitFen: 3_500 }] }),
    );
    expect(service.totalFen).toBe(3_500);
  });

  it('takes a lower price with a supervisor’s PIN and a reason: stored, audited, on the cash-up and day book', async () => {
    const { repos, clerk, supervisor } = await signedInClerk();
    const r = await repos.receipts.issue(
      clerk,
      cheap({
        lines: [
          { code: 'renovation_deposit_owner', quantity: 1, unitFen: 50_000 },
          { code: 'permit_fee', quantity: 1 },
        ],
        priceApproval: { approverId: supervisor.id, pin: '1357', reason: '物业减半收取' },
      }),
    );
    expect(r.totalFen).toBe(52_000);
    expect(r.priceOverride).toEqual({
      approverId: supervisor.id,
      approverName: '李主管',
      reason: '物业减半收取',
    });
    expect(r.lines[0]).toMatchObject({ unitFen: 50_000, standardUnitFen: 100_000 });
    expect(r.lines[1]).not.toHaveProperty('standardUnitFen');
    expect(JSON.stringify(r)).not.toContain('1357');

    const audit = await repos.db.audit.where('recordId').equals(r.id).toArray();
    expect(audit[0]?.summary).toContain('低于标准价，李主管授权：物业减半收取');

    const shift = await repos.cashups.currentShift(clerk.id);
    expect(shift.docs[0]?.priceOverride?.approverName).toBe('李主管');
    const day = await repos.cashups.dayBook(officeDateOf(r.issuedAt));
    expect(day.docs[0]?.priceOverride?.reason).toBe('物业减半收取');
  });

  it('refuses a wrong PIN (counted towards the lockout), a clerk’s PIN, or no reason', async () => {
    const { repos, clerk, supervisor, manager } = await signedInClerk();
    const approval = (approverId: string, pin: string, reason = '老业主优惠') => ({
      priceApproval: { approverId, pin, reason },
    });
    await expect(
      repos.receipts.issue(clerk, cheap(approval(supervisor.id, '0000'))),
    ).rejects.toBeInstanceOf(OperatorError);
    expect((await repos.db.operators.get(supervisor.id))?.failedAttempts).toBe(1);
    await expect(repos.receipts.issue(clerk, cheap(approval(clerk.id, '8642')))).rejects.toThrow(
      /主管或经理/,
    );
    await expect(
      repos.receipts.issue(clerk, cheap(approval(supervisor.id, '1357', ' '))),
    ).rejects.toBeInstanceOf(MoneyRuleError);
    expect(await repos.db.receipts.count()).toBe(0);
    // A manager may authorise too.
    expect((await repos.receipts.issue(clerk, cheap(approval(manager.id, '2468')))).totalFen).toBe(
      2,
    );
  });
});
