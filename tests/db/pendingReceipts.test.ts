import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TaizhangDB } from '../../renderer/src/db/database';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories';
import { makeUnit } from '../fixtures/archive';
import { clerk, makeIssueInput } from '../fixtures/moneyActors';
import { makeRenovation } from '../fixtures/renovation';
import { approvedJob as approved, REVIEWED } from './renovationSteps';

// Tuesday 17 Nov 2026, 10:30 office time: the fixture's works (23 Nov – 20 Jan) are ahead,
// as a renovation wholly in the past is refused.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** One desk's storage: each `start()` is the app starting again on the same data. */
function desk() {
  const indexedDB = new IDBFactory();
  let db: TaizhangDB | undefined;
  return {
    start(): Repositories {
      db?.close();
      db = new TaizhangDB('desk', { indexedDB, IDBKeyRange });
      // Made-up operators, as in makeTestDb.
      db.trustCallerActors = true;
      return createRepositories(db);
    },
    db: () => db as TaizhangDB,
  };
}

async function approvedJob(repos: Repositories) {
  return (await approved(repos, { review: { comments: REVIEWED } })).job;
}

const ids = { contractor: 'fees-c', owner: 'fees-o' };

describe('pending receipts across a restart (issue 8 item 1)', () => {
  it('a renovation fee write that committed but was never confirmed is shown once per receipt', async () => {
    const d = desk();
    let repos = d.start();
    const job = await approvedJob(repos);
    const paid = await repos.pendingReceipts.write(Object.values(ids), () =>
      repos.renovations.collectFees(clerk, job.id, { method: 'cash', requestIds: ids }),
    );
    // The app dies here: the screen never confirmed the numbers.
    repos = d.start();
    const shown = await repos.pendingReceipts.reconcile();
    expect(shown.map((r) => r.no).sort()).toEqual(paid.receipts.map((r) => r.docNo).sort());
    expect(shown).toHaveLength(2);
    expect(shown.map((r) => r.source?.kind)).toEqual(['renovation', 'renovation']);
    // Until the clerk checks them they come back at every start, never doubled.
    repos = d.start();
    expect((await repos.pendingReceipts.reconcile()).map((r) => r.id)).toEqual(
      shown.map((r) => r.id),
    );

    const [first, second] = shown;
    if (!first || !second) throw new Error('two receipts expected');
    await repos.pendingReceipts.acknowledge(clerk, first);
    const audit = await d.db().audit.where('recordId').equals(first.id).toArray();
    expect(audit.map((a) => [a.action, a.actorName])).toContainEqual(['acknowledge', '王前台']);
    expect(audit.find((a) => a.action === 'acknowledge')?.summary).toContain(first.no);

    repos = d.start();
    expect((await repos.pendingReceipts.reconcile()).map((r) => r.id)).toEqual([second.id]);
    await repos.pendingReceipts.acknowledge(clerk, second);
    repos = d.start();
    expect(await repos.pendingReceipts.reconcile()).toEqual([]);
    expect(await repos.pendingReceipts.list()).toEqual([]);
    expect(await d.db().receipts.count()).toBe(2);
  });

  it('a confirmed write leaves nothing to show', async () => {
    const d = desk();
    let repos = d.start();
    const input = makeIssueInput();
    const receipt = await repos.pendingReceipts.write([input.requestId], () =>
      repos.receipts.issue(clerk, input),
    );
    await repos.pendingReceipts.clear([input.requestId]);
    repos = d.start();
    expect(await repos.pendingReceipts.reconcile()).toEqual([]);
    expect((await repos.receipts.get(receipt.id))?.no).toBe(receipt.no);
  });

  it('a write that never committed leaves no note and no receipt', async () => {
    const d = desk();
    let repos = d.start();
    const unit = await repos.units.create(makeUnit(), clerk);
    // Not yet approved: collecting fees is refused inside the transaction.
    const job = await repos.renovations.create(
      clerk,
      makeRenovation({ unitId: unit.id, unitCode: unit.code }),
    );
    await expect(
      repos.pendingReceipts.write(Object.values(ids), () =>
        repos.renovations.collectFees(clerk, job.id, { method: 'cash', requestIds: ids }),
      ),
    ).rejects.toThrow();
    expect(await repos.pendingReceipts.list()).toEqual([]);
    repos = d.start();
    expect(await repos.pendingReceipts.reconcile()).toEqual([]);
    expect(await d.db().receipts.count()).toBe(0);
  });

  it('a note whose write died before committing is dropped at the next start', async () => {
    const d = desk();
    let repos = d.start();
    await repos.pendingReceipts.mark('never-written');
    repos = d.start();
    expect(await repos.pendingReceipts.reconcile()).toEqual([]);
    expect(await repos.pendingReceipts.list()).toEqual([]);
  });
});
