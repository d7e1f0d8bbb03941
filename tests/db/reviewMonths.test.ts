import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { monthlyReview } from '@shared/domain/review/monthly';
import type { MoneyDoc } from '@shared/domain/receipt';
import { createReviewRepository } from '../../renderer/src/db/repositories/reviewRepository';
import { loadReviewWindow } from '../../renderer/src/db/repositories/reviewWindow';
import { earliestMonth } from '../../renderer/src/db/reviewMonths';
import { storedReceipt } from '../fixtures/money';
import { supervisor } from '../fixtures/moneyActors';
import { manager, openRestored, seededDesk } from '../fixtures/backup';
import { makeTestRepos, type TestRepos } from './makeTestDb';

const NOW = '2026-11-20T00:00:00.000Z';
const base = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  createdBy: 'x',
  updatedBy: 'x',
};

const stored = (id: string, issuedAt: string, fen: number, over: Partial<MoneyDoc> = {}) =>
  storedReceipt(issuedAt, fen, { id, ...over }, base);

async function seed(repos: TestRepos) {
  await repos.db.receipts.bulkAdd([
    stored('oct', '2026-10-10T02:00:00.000Z', 10_000),
    stored('sep', '2026-09-10T02:00:00.000Z', 20_000),
    stored('aug', '2026-08-10T02:00:00.000Z', 40_000),
    stored('last-oct', '2025-10-10T02:00:00.000Z', 7_000),
  ]);
}

async function fresh(repos: TestRepos, month: string) {
  const [w, deadlines, profile, targets] = await Promise.all([
    loadReviewWindow(repos.db, month),
    repos.settings.get('deadlines'),
    repos.settings.get('profile'),
    repos.settings.get('rateTargets'),
  ]);
  const ctx = { now: NOW, deadlines };
  return monthlyReview({ facts: w.facts, month, ctx, estateName: profile.name, targets });
}

/** The review of a new session on the same database: nothing in memory. */
const session = (repos: TestRepos) => createReviewRepository(repos.db, repos.settings, () => NOW);

const storedKeys = async (repos: TestRepos) =>
  (await repos.db.reviewMonths.toCollection().primaryKeys()).sort();

/** The 13 finished months October's review computes (2025-10 … 2026-10), stored. */
async function storeOctober(repos: TestRepos) {
  await session(repos).monthly('2026-10');
  await vi.waitFor(async () => expect(await repos.db.reviewMonths.count()).toBe(13));
}

describe('review: stored months (reviewMonths)', () => {
  it('stores the finished months it computed, and a new session reads them instead of the records', async () => {
    const repos = makeTestRepos();
    await seed(repos);
    await storeOctober(repos);
    expect((await storedKeys(repos)).at(0)).toBe('2025-10');
    expect(await repos.db.reviewMonths.get('2026-11')).toBeUndefined(); // still running

    const later = session(repos);
    expect(await later.monthly('2026-10')).toEqual(await fresh(repos, '2026-10'));
    // What a new session shows is the stored row (marked here), not a computation.
    const row = (await repos.db.reviewMonths.get('2026-09'))!;
    await repos.db.reviewMonths.put({
      ...row,
      figures: { ...row.figures, money: { ...row.figures.money, receivedFen: 1 } },
    });
    expect((await session(repos).monthly('2026-10')).previous.money.receivedFen).toBe(1);
    // A row of another version of the figures is not read.
    await repos.db.reviewMonths.put({ ...row, v: 0 });
    expect((await session(repos).monthly('2026-10')).previous.money.receivedFen).toBe(20_000);
  });

  it('drops the stored months from a late change on, in the writing transaction', async () => {
    const repos = makeTestRepos();
    await seed(repos);
    await storeOctober(repos);
    const later = session(repos);
    await later.monthly('2026-10');
    const generation = later.generation();

    await repos.receipts.void(supervisor, 'sep', '金额录错');
    // Gone as the write's await resumes: September on; the months before it stay.
    expect(await storedKeys(repos)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    // The session that had read them from the table reads again.
    expect(later.generation()).toBeGreaterThan(generation);
    const after = await later.monthly('2026-10');
    expect(after.previous.money).toMatchObject({ receivedFen: 0, voidCount: 1 });
    expect(after).toEqual(await fresh(repos, '2026-10'));
    expect(await session(repos).monthly('2026-10')).toEqual(await fresh(repos, '2026-10'));
  });

  it('keeps them through a write to the running month, a rolled-back write and other settings', async () => {
    const repos = makeTestRepos();
    await seed(repos);
    await storeOctober(repos);
    const all = await storedKeys(repos);

    await repos.db.receipts.add(stored('nov', '2026-11-05T02:00:00.000Z', 5_000));
    expect(await storedKeys(repos)).toEqual(all);

    // A write that fails takes its drop with it: the stored months stay.
    await expect(
      repos.db.transaction('rw', repos.db.receipts, async () => {
        await repos.db.receipts.add(stored('aug-2', '2026-08-20T02:00:00.000Z', 2_000));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await storedKeys(repos)).toEqual(all);

    await repos.db.settings.put({ key: 'printing', value: {}, updatedAt: NOW, updatedBy: 'x' });
    expect(await storedKeys(repos)).toEqual(all);
    // The working-day calendar moves the deadlines the figures count against.
    await repos.db.settings.put({
      key: 'calendarOverrides',
      value: [],
      updatedAt: NOW,
      updatedBy: 'x',
    });
    expect(await storedKeys(repos)).toEqual([]);
    await storeOctober(repos);
    const deadlines = await repos.settings.get('deadlines');
    await repos.db.settings.put({
      key: 'deadlines',
      value: { ...deadlines },
      updatedAt: NOW,
      updatedBy: 'x',
    });
    expect(await storedKeys(repos)).toEqual([]);
  });

  it('reads the stored months outside the screen’s live query (its own store does not wake it)', async () => {
    const repos = makeTestRepos();
    await seed(repos);
    const review = session(repos);
    const seen: string[] = [];
    const sub = liveQuery(() => review.monthly('2026-10')).subscribe((r) =>
      seen.push(r.current.month),
    );
    await vi.waitFor(async () => expect(await repos.db.reviewMonths.count()).toBe(13));
    await new Promise((ok) => setTimeout(ok, 50));
    sub.unsubscribe();
    expect(seen).toEqual(['2026-10']);
  });

  it('reads a month being computed once: a second call waits for the first', async () => {
    const repos = makeTestRepos();
    await seed(repos);
    const review = session(repos);
    const where = vi.spyOn(repos.db.cases, 'where');
    const [a, b] = await Promise.all([review.monthly('2026-10'), review.monthly('2026-10')]);
    // One window read (cases by month once per window), not two.
    expect(where.mock.calls.filter(([index]) => String(index) === 'month')).toHaveLength(1);
    expect(a).toEqual(b);
    expect(a).toEqual(await fresh(repos, '2026-10'));
  });

  it('is carried by a backup like the arrears summary, and a restore does not write it back', async () => {
    const { db, repos } = await seededDesk();
    await createReviewRepository(db, repos.settings, () => NOW).monthly('2026-02');
    await vi.waitFor(async () => expect(await db.reviewMonths.count()).toBe(13));
    const { file, manifest } = await repos.backup.export({
      appVersion: '0.1.0',
      reason: 'manual',
      encrypted: true,
    });
    expect(manifest.counts['reviewMonths']).toBe(13);
    const receipts = await db.receipts.count();
    const { databaseName } = await repos.backup.restore(new Uint8Array(await file.arrayBuffer()), {
      actor: manager,
      verified: true,
      activate: () => undefined,
      mode: 'replace',
      saveSafetyBackup: async () => undefined,
    });
    const restored = await openRestored(db, databaseName);
    // The fresh database derives its own as its review computes months.
    expect(await restored.reviewMonths.count()).toBe(0);
    expect(await restored.receipts.count()).toBe(receipts);
  });

  it('names the months a changed row can change', () => {
    const receipt = { id: 'r', issuedAt: '2026-08-31T17:00:00.000Z', createdAt: NOW };
    // An instant in office time: 01:00 on 1 September.
    expect(earliestMonth('receipts', undefined, receipt)).toBe('2026-09');
    expect(
      earliestMonth('receipts', { ...receipt, issuedAt: '2026-07-01T02:00:00.000Z' }, receipt),
    ).toBe('2026-07');
    expect(
      earliestMonth(
        'bills',
        { id: 'b', dueMonth: '2026-03', paidFen: 0, amountFen: 9 },
        { id: 'b', dueMonth: '2026-03', paidFen: 9, amountFen: 9 },
      ),
    ).toBeUndefined();
    expect(
      earliestMonth(
        'bills',
        { id: 'b', dueMonth: '2026-03', amountFen: 9 },
        { id: 'b', dueMonth: '2026-03', amountFen: 8 },
      ),
    ).toBe('2026-03');
    expect(earliestMonth('units', { status: 'vacant' }, { status: 'occupied' })).toBe('');
    expect(
      earliestMonth('units', { status: 'occupied', name: 'a' }, { status: 'occupied', name: 'b' }),
    ).toBeUndefined();
    expect(earliestMonth('keys', { loanId: 'l1' }, { loanId: undefined })).toBe('');
    expect(
      earliestMonth(
        'renovations',
        { appliedAt: NOW, receipts: [] },
        { appliedAt: NOW, receipts: [{ docId: 'd' }] },
      ),
    ).toBe('');
  });
});
