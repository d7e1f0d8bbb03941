import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_SETTINGS, type SyncSettings } from '@shared/domain/sync/syncSettings';
import { branchSummaryText, parseBranchSummary } from '@shared/domain/review/branchSummary';
import { summaryDocBody, summaryDocId } from '@shared/domain/sync/summaryDoc';
import { BRANCH_TOTAL, branchMonthlyReview } from '@shared/domain/review/branchReview';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { DEFAULT_RATE_TARGETS } from '@shared/domain/review/targets';
import { clerk, makeIssueInput } from '../fixtures/moneyActors';
import { TEST_NOW } from '../fixtures/clock';
import { manager } from '../fixtures/backup';
import { openRemote } from '../../renderer/src/db/sync/syncEngine';
import { publishSummary } from '../../renderer/src/db/sync/branchSummaries';
import { createSyncRunner, type RunOutcome } from '../../renderer/src/db/sync/syncRunner';
import { branchUserName } from '../../resources/couch/couch-setup.mjs';
import { makeTestDb } from '../db/makeTestDb';
import { makeFeeReview } from '../fixtures/feeReview';
import { DEFAULT_BILLING } from '@shared/domain/billing';
import {
  makeDesk,
  Pouch,
  serverDocs,
  setUpEstate,
  startServer,
  type Desk,
  type Estate,
  type LoopbackServer,
} from './harness';

const MONTH = TEST_NOW.slice(0, 7);

let server: LoopbackServer;
let east: Estate;
let west: Estate;
let branchPassword: string;

beforeAll(async () => {
  server = await startServer();
  east = await setUpEstate(server, 'estate-east', ['A'], 'north');
  west = await setUpEstate(server, 'estate-west', ['A'], 'north');
  branchPassword = east.passwords[branchUserName('north')]!;
});
afterAll(async () => {
  await server?.stop();
});

/** A desk of the estate called `name` on its property profile. */
async function estateDesk(estate: Estate, name: string): Promise<Desk> {
  const desk = await makeDesk('', estate.target('A'));
  const profile = await desk.repos.settings.get('profile');
  await desk.repos.settings.set('profile', { ...profile, name }, manager);
  return desk;
}

/**
 * The estate's fees and a survey in the month: a unit billed for the month and part paid, and a
 * survey round with two forms returned (so its review has 收费率 and 满意率 to publish).
 */
async function feesAndSurvey(desk: Desk): Promise<void> {
  await desk.repos.settings.set(
    'billing',
    {
      ...DEFAULT_BILLING,
      standards: [
        {
          from: '2026-01',
          propertyRates: { residential: 200, commercial: 300, office: 250, villa: 250, other: 150 },
          monthlyItems: [],
          waterUnitFen: 350,
          powerUnitFen: 60,
        },
      ],
    },
    manager,
  );
  const unit = await desk.repos.units.create(
    { building: '8', room: '801', status: 'occupied', builtArea: 100 },
    manager,
  );
  await desk.repos.bills.generate(clerk, { period: MONTH });
  const [bill] = await desk.repos.bills.forUnit(unit.id);
  await desk.repos.bills.pay(clerk, {
    requestId: `pay-${unit.id}`,
    unitId: unit.id,
    payerKind: 'person',
    payerName: '张三',
    method: 'cash',
    allocations: [{ billId: bill!.id, fen: 5_000 }],
    prepayFen: 0,
  });
  const round = await desk.repos.surveys.create(clerk, {
    title: '第四季度满意度调查',
    kind: 'regular',
    method: 'letter',
    issuedOn: `${MONTH}-10`,
    questions: [{ kind: 'rating', text: '保安服务' }],
  });
  await desk.repos.surveys.enterResponse(clerk, round.id, { answers: { '1': 'satisfied' } });
  await desk.repos.surveys.enterResponse(clerk, round.id, { answers: { '1': 'fair' } });
}

/** The runner a desk's app runs, on the desk's own database, publishing its summaries. */
function deskRunner(desk: Desk, estate: Estate) {
  const settings: SyncSettings = {
    ...DEFAULT_SYNC_SETTINGS,
    serverUrl: server.url,
    estate: estate.name,
  };
  return createSyncRunner({
    db: desk.db,
    settings: async () => settings,
    credentials: async () => ({
      username: desk.target.username,
      password: desk.target.password,
    }),
    summary: (month) => desk.repos.syncDesk.monthSummary(month, '1.0.0-test'),
    pouch: async () => Pouch,
    localAdapter: 'memory',
  });
}

function branchRunner(password = branchPassword) {
  const db = makeTestDb();
  const settings: SyncSettings = {
    ...DEFAULT_SYNC_SETTINGS,
    serverUrl: server.url,
    role: 'branch',
    branchEstates: 'estate-east, estate-west',
  };
  return {
    db,
    runner: createSyncRunner({
      db,
      settings: async () => settings,
      credentials: async () => ({ username: branchUserName('north'), password }),
      pouch: async () => Pouch,
      localAdapter: 'memory',
    }),
  };
}

function done(outcome: RunOutcome) {
  if (outcome.kind === 'failed') throw new Error(outcome.message);
  return outcome;
}

describe('the branch reads its estates’ month summaries live', () => {
  it('gives the branch’s monthly review each estate’s figures and the branch total', async () => {
    const a = await estateDesk(east, '东区花园');
    const w = await estateDesk(west, '西区花园');
    await feesAndSurvey(a);
    for (let i = 0; i < 2; i++) await a.repos.receipts.issue(clerk, makeIssueInput());
    for (let i = 0; i < 4; i++) await w.repos.receipts.issue(clerk, makeIssueInput());
    done(await deskRunner(a, east).syncNow());
    done(await deskRunner(w, west).syncNow());
    const branch = branchRunner();
    done(await branch.runner.syncNow());
    const summaries = (await branch.runner.summaries()).flatMap((r) => (r.ok ? [r.summary] : []));
    const review = (estate: string) =>
      branchMonthlyReview({
        summaries,
        estate,
        month: MONTH,
        targets: DEFAULT_RATE_TARGETS,
        ctx: { now: TEST_NOW, deadlines: DEFAULT_DEADLINES },
        totalName: '分公司合计',
      });
    const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    for (const [desk, name] of [
      [a, '东区花园'],
      [w, '西区花园'],
    ] as const) {
      const own = await desk.repos.review.monthly(MONTH);
      const seen = review(name);
      // What the estate's own review shows, read on the branch from the published summaries.
      expect(json(seen?.current.money)).toEqual(json(own.current.money));
      expect(json(seen?.current.complaints)).toEqual(json(own.current.complaints));
      expect(json(seen?.previous.money)).toEqual(json(own.previous.money));
      expect(json(seen?.trend)).toEqual(json(own.trend));
      // 收费率 and 满意率 as the estate's own review has them (version 5 carries both).
      expect(json(seen?.current.fees)).toEqual(json(own.current.fees));
      expect(json(seen?.current.surveys)).toEqual(json(own.current.surveys));
    }
    const eastOwn = (await a.repos.review.monthly(MONTH)).current;
    expect(eastOwn.fees?.rate.numerator).toBe(5_000);
    expect(eastOwn.fees?.rate.value).toBeGreaterThan(0);
    expect(eastOwn.surveys?.satisfaction).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    const east1 = (await a.repos.review.monthly(MONTH)).current.money;
    const west1 = (await w.repos.review.monthly(MONTH)).current.money;
    const total = review(BRANCH_TOTAL);
    expect(total?.current.money.receivedFen).toBe(east1.receivedFen + west1.receivedFen);
    expect(total?.current.money.receiptCount).toBe(east1.receiptCount + west1.receiptCount);
  });

  it('sees both estates’ published figures, only the summaries, and never writes', async () => {
    const a = await estateDesk(east, '东区花园');
    const w = await estateDesk(west, '西区花园');
    for (let i = 0; i < 3; i++) await a.repos.receipts.issue(clerk, makeIssueInput());
    for (let i = 0; i < 5; i++) await w.repos.receipts.issue(clerk, makeIssueInput());
    done(await deskRunner(a, east).syncNow());
    done(await deskRunner(w, west).syncNow());

    const expected = {
      'estate-east': await a.repos.syncDesk.monthSummary(MONTH, '1.0.0-test'),
      'estate-west': await w.repos.syncDesk.monthSummary(MONTH, '1.0.0-test'),
    };
    expect(expected['estate-east'].figures.money.receivedFen).toBeGreaterThan(0);
    expect(expected['estate-west'].figures.money.receivedFen).toBe(
      (expected['estate-east'].figures.money.receivedFen / 3) * 5,
    );

    const branch = branchRunner();
    const outcome = done(await branch.runner.syncNow());
    expect(outcome).toMatchObject({ kind: 'branch', estates: 2 });
    const read = await branch.runner.summaries();
    const current = read.filter((r) => r.ok && r.summary.month === MONTH);
    expect(current.map((r) => r.estate).sort()).toEqual(['estate-east', 'estate-west']);
    for (const r of current) {
      if (!r.ok) continue;
      // Exactly what the estate's exported file would read as.
      const file = parseBranchSummary(
        branchSummaryText(expected[r.estate as keyof typeof expected]),
      );
      if (!file.ok) throw new Error(file.error);
      const { exportedAt: _e, ...figures } = file.summary;
      const { exportedAt: _f, ...got } = r.summary;
      expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(figures)));
    }
    // Both months a desk publishes, per estate; nothing else reached the branch.
    expect(read).toHaveLength(4);
    expect(read.every((r) => r.ok)).toBe(true);
    // The branch's replica of an estate holds the summaries and no record of the estate.
    const replica = new Pouch('taizhang-branch-estate-east', { adapter: 'memory' });
    const held = (await replica.allDocs({})).rows.map((r) => r.id);
    expect(held).toEqual([summaryDocId('2026-10'), summaryDocId(MONTH)]);
    expect((await serverDocs(server, east.name)).length).toBeGreaterThan(held.length + 5);
    expect((await branch.db.syncState.get('status'))?.value).toMatchObject({
      lastSyncedAt: expect.any(String),
    });
  });

  it('follows a change: a new receipt republished is what the branch reads next', async () => {
    const a = await estateDesk(east, '东区花园');
    const runner = deskRunner(a, east);
    done(await runner.syncNow());
    const before = (await serverDocs(server, east.name)).find((d) => d.id === summaryDocId(MONTH));
    await a.repos.receipts.issue(clerk, makeIssueInput());
    // Published only when it says something new; the same figures again are not written.
    const remote = openRemote(Pouch, a.target);
    const summary = await a.repos.syncDesk.monthSummary(MONTH, 'x');
    expect(await publishSummary(remote, summary, '')).toBe(true);
    expect(await publishSummary(remote, { ...summary, exportedAt: 'later' }, '')).toBe(false);
    const after = (await serverDocs(server, east.name)).find((d) => d.id === summaryDocId(MONTH));
    expect(after?.doc['_rev']).not.toBe(before?.doc['_rev']);

    const branch = branchRunner();
    done(await branch.runner.syncNow());
    const seen = (await branch.runner.summaries()).find(
      (r) => r.ok && r.estate === 'estate-east' && r.summary.month === MONTH,
    );
    expect(seen?.ok && seen.summary.figures.money.receivedFen).toBe(
      summary.figures.money.receivedFen,
    );
  });

  it('refuses any write by the branch account, and a malformed summary by a desk', async () => {
    const a = await makeDesk('', east.target('A'));
    const summary = await a.repos.syncDesk.monthSummary(MONTH, 'x');
    const asBranch = openRemote(Pouch, {
      ...east.target('A'),
      username: branchUserName('north'),
      password: branchPassword,
    });
    await expect(
      publishSummary(asBranch, { ...summary, month: '2026-01' }, ''),
    ).rejects.toMatchObject({ status: 403, message: '分公司账号只能读取小区的记录，不能修改。' });
    const remote = openRemote(Pouch, a.target);
    const body = summaryDocBody({ ...summary, month: '2026-02' }, '');
    await expect(
      remote.put({ _id: summaryDocId('2026-02'), ...body, row: { ...body.row, format: 'x' } }),
    ).rejects.toMatchObject({ status: 403, message: '月度汇总的格式不对。' });
    const ids = (await serverDocs(server, east.name)).map((d) => d.id);
    expect(ids).not.toContain(summaryDocId('2026-01'));
    expect(ids).not.toContain(summaryDocId('2026-02'));
  });

  it('refuses a summary whose fee or survey rates are not what its figures give', async () => {
    const a = await makeDesk('', east.target('A'));
    const remote = openRemote(Pouch, a.target);
    const base = await a.repos.syncDesk.monthSummary(MONTH, 'x');
    const fees = makeFeeReview().current.fees!;
    const surveys = {
      forms: 2,
      satisfaction: { numerator: 1, denominator: 2, value: 0.5 },
      rounds: [],
    };
    const put = (month: string, figures: Record<string, unknown>) => {
      const body = summaryDocBody({ ...base, month, figures: { ...base.figures, month } }, '');
      const row = { ...body.row, figures: { ...(body.row['figures'] as object), ...figures } };
      return remote.put({ _id: summaryDocId(month), ...body, row });
    };
    // A true one is taken.
    await expect(put('2025-01', { fees, surveys })).resolves.toMatchObject({ ok: true });
    const refused: [month: string, figures: Record<string, unknown>, message: string][] = [
      // More collected than billed as a rate above 100 %.
      [
        '2025-02',
        { fees: { ...fees, rate: { numerator: 40_000, denominator: 30_000, value: 4 / 3 } } },
        '月度汇总的本月收费率超过 100%（40000 / 30000）。',
      ],
      // A rate that is not the amounts' (collected ÷ billed).
      [
        '2025-03',
        { fees: { ...fees, rate: { numerator: 30_000, denominator: 30_000, value: 1 } } },
        '月度汇总的本月收费率与金额不符（30000 / 30000）。',
      ],
      // A value that is not its numerator over its denominator.
      [
        '2025-04',
        { fees: { ...fees, pastRate: { ...fees.pastRate, value: 0.99 } } },
        '月度汇总的往期欠费收缴率与其分子分母不符。',
      ],
      [
        '2025-05',
        { surveys: { ...surveys, satisfaction: { numerator: 3, denominator: 2, value: 1.5 } } },
        '月度汇总的满意率超过 100%（3 / 2）。',
      ],
    ];
    for (const [month, figures, message] of refused) {
      await expect(put(month, figures)).rejects.toMatchObject({ status: 403, message });
    }
    const ids = (await serverDocs(server, east.name)).map((d) => d.id);
    expect(ids).toContain(summaryDocId('2025-01'));
    for (const [month] of refused) expect(ids).not.toContain(summaryDocId(month));
  });

  it('a wrong branch password is refused and the branch says it is offline-refused', async () => {
    const branch = branchRunner('wrong');
    const outcome = await branch.runner.syncNow();
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.message).toContain('拒绝了本机的账号或密码');
  });
});
