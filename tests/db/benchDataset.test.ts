import { describe, expect, it } from 'vitest';
import { officeDateOf } from '@shared/domain/officeTime';
import { BENCH_NOW, BENCH_TODAY } from '../bench/benchPage';
import { datasetBackup, generateDataset, type DatasetScale } from '../bench/dataset/generate';
import type { Actor } from '@shared/domain/record';
import { createRepositories } from '../../renderer/src/db/repositories';
import { foreignRestore, openRestored } from '../fixtures/backup';
import { makeTestRepos } from './makeTestDb';

const manager: Actor = { id: 'mgr-1', name: '张经理', role: 'manager' };

const SMALL: DatasetScale = {
  units: 30,
  residents: 90,
  receipts: 200,
  cases: 40,
  workOrders: 60,
  mailItems: 50,
  visits: 70,
  renovations: 10,
  enquiries: 40,
  siteChecks: 30,
  surveyRounds: 3,
};
// 2026-05-20 10:00 China time.
const END = Date.parse('2026-05-20T02:00:00Z');

describe('benchmark dataset', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = JSON.stringify(generateDataset({ seed: 7, scale: SMALL, endMs: END }));
    const b = JSON.stringify(generateDataset({ seed: 7, scale: SMALL, endMs: END }));
    const c = JSON.stringify(generateDataset({ seed: 8, scale: SMALL, endMs: END }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('has the configured counts, five years ending in the current month', () => {
    const t = generateDataset({ seed: 1, scale: SMALL, endMs: END });
    expect(t['units']).toHaveLength(30);
    expect(t['people']).toHaveLength(90);
    expect(t['receipts']).toHaveLength(200);
    expect(t['cases']).toHaveLength(40);
    expect(t['workOrders']).toHaveLength(60);
    expect(t['mailItems']).toHaveLength(50);
    expect(t['visits']).toHaveLength(70);
    expect(t['renovations']).toHaveLength(10);
    expect(t['enquiries']).toHaveLength(40);
    expect(t['siteChecks']).toHaveLength(30);
    expect(t['surveyRounds']).toHaveLength(3);
    const received = t['workOrders']!.map((w) => w['receivedAt'] as string).sort();
    expect(received[0]! >= '2021-05-31T16:00:00.000Z').toBe(true);
    expect(received[received.length - 1]! <= '2026-05-20T02:00:00.000Z').toBe(true);
    const nos = t['receipts']!.map((r) => r['no'] as string);
    expect(new Set(nos).size).toBe(nos.length);
  });

  it('has visitors "today" at the benchmark\'s pinned now, which 03:00 would not', () => {
    // The visitors register opens on today: the bench's "now" is a weekday 10:30, so the
    // morning's visits exist. Generated at 03:00 (before office hours) today has none.
    const scale = { ...SMALL, visits: 5_000 };
    const todayVisits = (endMs: number) =>
      generateDataset({ seed: 5, scale, endMs })['visits']!.filter(
        (v) => officeDateOf(v['inAt'] as string) === officeDateOf(new Date(endMs).toISOString()),
      ).length;
    expect(BENCH_TODAY).toBe('2026-11-17');
    expect(todayVisits(BENCH_NOW)).toBeGreaterThan(0);
    expect(todayVisits(Date.parse('2026-11-17T03:00:00+08:00'))).toBe(0);
  }, 20_000);

  it('restores through the app backup path and the next receipt number follows on', async () => {
    const repos = makeTestRepos();
    const tables = generateDataset({ seed: 3, scale: SMALL, endMs: END });
    const { bytes } = await datasetBackup(tables, repos.db.verno, '2026-05-20T02:00:00.000Z');
    // A generated estate is not this desk's own file, as in the bench.
    const { databaseName } = await repos.backup.restore(bytes, foreignRestore('merge', manager));
    const db = await openRestored(repos.db, databaseName);
    const restored = createRepositories(db);
    expect(await db.visits.count()).toBe(70);
    // The wave's registers (issue 21) pass the restore's row checks too.
    expect(await db.enquiries.count()).toBe(40);
    expect(await db.siteChecks.count()).toBe(30);
    expect(await db.surveyRounds.count()).toBe(3);
    expect(await db.receipts.where('issuedAt').above('2026').count()).toBeGreaterThan(0);
    const hits = await restored.search.query(
      (tables['units']![0]!['code'] as string).slice(0, 3),
      5,
    );
    expect(hits.length).toBeGreaterThan(0);
    const counter = await db.counters.get('counter:SJ:2026');
    const last = tables['receipts']!.map((r) => r['no'] as string)
      .filter((no) => no.startsWith('SJ2026-'))
      .sort()
      .pop()!;
    expect(counter?.next).toBe(Number(last.slice(-6)) + 1);
  });
});
