import { describe, expect, it } from 'vitest';
import { reconcilePending } from '@shared/domain/pendingRequests';
import { createRepositories } from '../../renderer/src/db/repositories';
import { clerk, makeIssueInput } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

describe('receipts.byRequestIds (start-up reconciliation)', () => {
  it('finds committed receipts by requestId and nothing for ids never written', async () => {
    const repos = createRepositories(makeTestDb());
    const a = await repos.receipts.issue(clerk, makeIssueInput({ requestId: 'req-a' }));
    await repos.receipts.issue(clerk, makeIssueInput({ requestId: 'req-b' }));
    const c = await repos.receipts.issue(clerk, makeIssueInput({ requestId: 'req-c' }));

    const found = await repos.receipts.byRequestIds(['req-c', 'req-missing', 'req-a']);
    expect(found.map((r) => r.no).sort()).toEqual([a.no, c.no].sort());
    expect(await repos.receipts.byRequestIds([])).toEqual([]);

    const pending = [
      { requestId: 'req-a', startedAt: '2026-03-02T01:00:00.000Z' },
      { requestId: 'req-missing', startedAt: '2026-03-02T02:00:00.000Z' },
      { requestId: 'req-c', startedAt: '2026-03-02T03:00:00.000Z' },
    ];
    const result = reconcilePending(pending, found);
    expect(result.unconfirmed.map((r) => r.id)).toEqual([a.id, c.id]);
    expect(result.neverWritten).toEqual(['req-missing']);
  });

  it('a retry with the pending requestId returns the same receipt, never a second one', async () => {
    const repos = createRepositories(makeTestDb());
    const first = await repos.receipts.issue(clerk, makeIssueInput({ requestId: 'req-crash' }));
    const retry = await repos.receipts.issue(clerk, makeIssueInput({ requestId: 'req-crash' }));
    expect(retry.no).toBe(first.no);
    expect(await repos.receipts.byRequestIds(['req-crash'])).toHaveLength(1);
  });
});

describe('pendingReceipts (notes of writes the screen has not confirmed)', () => {
  it('surfaces a committed receipt, drops a note with nothing behind it, then forgets both', async () => {
    const repos = createRepositories(makeTestDb());
    await repos.pendingReceipts.mark('req-lost');
    await repos.pendingReceipts.mark('req-crash');
    const crashed = await repos.receipts.issue(clerk, makeIssueInput({ requestId: 'req-crash' }));
    await repos.pendingReceipts.mark('req-seen');
    const seen = await repos.receipts.issue(clerk, makeIssueInput({ requestId: 'req-seen' }));
    await repos.pendingReceipts.clear(['req-seen']);
    expect(seen.no).not.toBe(crashed.no);

    const unconfirmed = await repos.pendingReceipts.reconcile();
    expect(unconfirmed.map((r) => r.no)).toEqual([crashed.no]);
    // The never-written note is gone; the unconfirmed one stays until the clerk has checked it.
    expect((await repos.pendingReceipts.list()).map((p) => p.requestId)).toEqual(['req-crash']);
    expect((await repos.pendingReceipts.reconcile()).map((r) => r.no)).toEqual([crashed.no]);

    await repos.pendingReceipts.clear(['req-crash']);
    expect(await repos.pendingReceipts.list()).toEqual([]);
    expect(await repos.pendingReceipts.reconcile()).toEqual([]);
    expect(await repos.receipts.byRequestIds(['req-crash', 'req-seen'])).toHaveLength(2);
  });
});
