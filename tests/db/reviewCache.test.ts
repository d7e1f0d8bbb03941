import { describe, expect, it, vi } from 'vitest';
import { monthlyReview } from '@shared/domain/review/monthly';
import type { MoneyDoc } from '@shared/domain/receipt';
import { createReviewRepository } from '../../renderer/src/db/repositories/reviewRepository';
import { loadReviewWindow } from '../../renderer/src/db/repositories/reviewWindow';
import { storedReceipt } from '../fixtures/money';
import { supervisor } from '../fixtures/moneyActors';
import { makeUnit } from '../fixtures/archive';
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

/** Receipts in many months (this one, the last three, and a year and more back). */
async function seed(repos: TestRepos) {
  await repos.db.receipts.bulkAdd([
    stored('nov', '2026-11-05T02:00:00.000Z', 5_000),
    stored('oct', '2026-10-10T02:00:00.000Z', 10_000),
    stored('sep', '2026-09-10T02:00:00.000Z', 20_000),
    stored('sep-wechat', '2026-09-12T02:00:00.000Z', 3_000, { method: 'wechat' }),
    stored('aug', '2026-08-10T02:00:00.000Z', 40_000),
    stored('last-oct', '2025-10-10T02:00:00.000Z', 7_000),
    stored('last-sep', '2025-09-10T02:00:00.000Z', 8_000),
    stored('last-aug', '2025-08-10T02:00:00.000Z', 9_000),
  ]);
}

/** The review computed afresh from the whole window, as before the cache existed. */
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

function setup() {
  const repos = makeTestRepos();
  return { repos, review: createReviewRepository(repos.db, repos.settings, () => NOW) };
}

describe('review cache', () => {
  it('gives exactly the fresh figures, cold, partly cached and fully cached', async () => {
    const { repos, review } = setup();
    await seed(repos);
    for (const month of ['2026-10', '2026-09', '2026-10', '2026-11', '2026-08']) {
      expect(await review.monthly(month), month).toEqual(await fresh(repos, month));
    }
    expect(await review.trend('2026-10')).toEqual((await fresh(repos, '2026-10')).trend);
    const r = await review.monthly('2026-10');
    expect(r.previous.money.receivedFen).toBe(23_000);
    expect(r.lastYear.money.receivedFen).toBe(7_000);
    expect(r.trend.slice(-3).map((p) => p.receivedFen)).toEqual([40_000, 23_000, 10_000]);
  });

  it('drops cached months when a past month changes: a receipt voided late', async () => {
    const { repos, review } = setup();
    await seed(repos);
    const before = await review.monthly('2026-10');
    const listener = vi.fn();
    review.subscribe(listener);

    await repos.receipts.void(supervisor, 'sep', '金额录错');
    expect(listener).toHaveBeenCalled();
    const after = await review.monthly('2026-10');
    expect(after).toEqual(await fresh(repos, '2026-10'));
    expect(after.previous.money).toMatchObject({ receivedFen: 3_000, voidCount: 1 });
    expect(after.trend.at(-2)!.receivedFen).toBe(3_000);
    expect(before.previous.money.receivedFen).toBe(23_000);
    expect(await review.trend('2026-09')).toEqual((await fresh(repos, '2026-09')).trend);
  });

  it('never keeps figures read while a write committed', async () => {
    const { repos, review } = setup();
    await seed(repos);
    const racing = review.monthly('2026-10');
    await repos.db.receipts.add(stored('late', '2026-10-20T02:00:00.000Z', 1_000));
    await racing;
    expect((await review.monthly('2026-10')).current.money.receivedFen).toBe(11_000);
    expect(await review.monthly('2026-10')).toEqual(await fresh(repos, '2026-10'));
  });

  it('follows a restore that replaces every table', async () => {
    const { repos, review } = setup();
    await seed(repos);
    const snapshot = await Promise.all(repos.db.tables.map((t) => t.toArray()));
    const original = await review.monthly('2026-10');
    await repos.receipts.void(supervisor, 'oct', '重复开具');
    expect((await review.monthly('2026-10')).current.money.receivedFen).toBe(0);

    // As the backup restore writes (replace): every table cleared and refilled in one transaction.
    await repos.db.transaction('rw', repos.db.tables, async () => {
      for (const [i, table] of repos.db.tables.entries()) {
        await table.clear();
        await table.bulkAdd(snapshot[i]!);
      }
    });
    const restored = await review.monthly('2026-10');
    expect(restored).toEqual(original);
    expect(restored).toEqual(await fresh(repos, '2026-10'));
  });

  it('keeps cached months through writes that cannot change them, drops them on those that can', async () => {
    const { repos, review } = setup();
    await seed(repos);
    await review.monthly('2026-09');
    const kept = review.generation();

    // This month's receipt and a number counter are outside September's window: nothing to drop.
    await repos.db.receipts.add(stored('nov-2', '2026-11-06T02:00:00.000Z', 1_000));
    await repos.db.counters.put({ key: 'bench', next: 2 });
    expect(review.generation()).toBe(kept);
    expect(await review.monthly('2026-09')).toEqual(await fresh(repos, '2026-09'));

    // A receipt entered into August (inside the window, a row never read before): dropped.
    await repos.db.receipts.add(stored('aug-2', '2026-08-20T02:00:00.000Z', 2_000));
    expect(review.generation()).toBe(kept + 1);
    const r = await review.monthly('2026-09');
    expect(r).toEqual(await fresh(repos, '2026-09'));
    expect(r.previous.money.receivedFen).toBe(42_000);

    // Settings (the deadlines the figures take) drop everything.
    await review.monthly('2026-09');
    const deadlines = await repos.settings.get('deadlines');
    await repos.db.settings.put({
      key: 'deadlines',
      value: { ...deadlines },
      updatedAt: NOW,
      updatedBy: 'x',
    });
    expect(review.generation()).toBe(kept + 2);
  });

  it('counts the households for the 有效投诉率 and follows a unit moving in or out', async () => {
    const { repos, review } = setup();
    await seed(repos);
    const occupied = await repos.units.create(makeUnit({ status: 'occupied' }), supervisor);
    await repos.units.create(makeUnit({ status: 'renovating' }), supervisor);
    await repos.units.create(makeUnit({ status: 'custody' }), supervisor);
    const vacant = await repos.units.create(makeUnit({ status: 'vacant' }), supervisor);
    await repos.db.cases.add({
      ...base,
      id: 'case-sep',
      no: 'TS-202609-0001',
      kind: 'complaint',
      status: 'open',
      channel: 'phone',
      receivedAt: '2026-09-03T02:00:00.000Z',
      month: '2026-09',
      receiverName: '王前台',
      ownerId: 'x',
      ownerName: '王前台',
      customerName: '李四',
      content: '噪音',
      valid: true,
      dispatches: [],
      revisits: [],
      history: [],
      terms: [],
    });
    const september = await review.monthly('2026-09');
    // Occupied, renovating and in custody are households; the vacant unit is not.
    expect(september.current.complaints.rates.perHousehold).toEqual({
      numerator: 1,
      denominator: 3,
      value: 1 / 3,
    });
    expect(september.previous.complaints.rates.perHousehold.value).toBe(0);

    // The vacant unit is handed over: the finished month is recomputed with 4 households.
    const kept = review.generation();
    await repos.units.setStatus(vacant.id, 'occupied', supervisor);
    expect(review.generation()).toBe(kept + 1);
    const moved = await review.monthly('2026-09');
    expect(moved.current.complaints.rates.perHousehold.denominator).toBe(4);
    expect(moved).toEqual(await fresh(repos, '2026-09'));

    // A household becomes vacant again.
    await repos.units.setStatus(occupied.id, 'vacant', supervisor);
    const out = await review.monthly('2026-09');
    expect(out.current.complaints.rates.perHousehold.denominator).toBe(3);
    expect(out).toEqual(await fresh(repos, '2026-09'));
  });
});
