import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import { makeTestRepos } from './makeTestDb';
import { TEST_YEAR } from '../fixtures/clock';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { makeRenovation } from '../fixtures/renovation';
import type { Repositories } from '../../renderer/src/db/repositories';
import {
  approvedJob,
  collectJobFees,
  feeIds as ids,
  passAcceptance,
  refundJob,
} from './renovationSteps';

// Numbers carry the office year of the pinned test clock (tests/fixtures/clock.ts).
const year = TEST_YEAR;

/** A job with its fees paid and the works started: 4 passes CR…1-4. */
async function workingJob(repos: Repositories) {
  const { job } = await approvedJob(repos, { job: { plannedStart: '2026-11-20' } });
  await collectJobFees(repos, job.id);
  return repos.renovations.startWork(clerk, job.id);
}

const HOT = {
  place: '厨房阳台',
  from: '2026-11-25T09:00',
  until: '2026-11-25T11:30',
  person: '赵焊工',
  guardian: '王工',
  precautions: '灭火器 2 具',
};

describe('renovation extras', () => {
  it('a supervisor issues hot-work permits inside the permit validity, numbered per job', async () => {
    const repos = makeTestRepos();
    const job = await workingJob(repos);
    await expect(repos.renovations.issueHotWork(clerk, job.id, HOT)).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(
      repos.renovations.issueHotWork(supervisor, job.id, { ...HOT, from: '2026-11-19T09:00' }),
    ).rejects.toThrow('动火时间须在施工许可证有效期内');
    await expect(
      repos.renovations.issueHotWork(supervisor, job.id, { ...HOT, until: '2026-11-25T08:00' }),
    ).rejects.toThrow('结束时间须晚于开始时间');
    const first = await repos.renovations.issueHotWork(supervisor, job.id, HOT);
    const second = await repos.renovations.issueHotWork(supervisor, job.id, {
      ...HOT,
      place: '卫生间',
    });
    expect([first.no, second.no]).toEqual([`XK${year}-0001-DH1`, `XK${year}-0001-DH2`]);
    expect(first.approverName).toBe(supervisor.name);
    const stored = await repos.renovations.get(job.id);
    expect(stored.hotWorks?.map((h) => h.place)).toEqual(['厨房阳台', '卫生间']);
  });

  it('extends the permit only to a later day', async () => {
    const repos = makeTestRepos();
    const job = await workingJob(repos);
    await expect(
      repos.renovations.extendPermit(supervisor, job.id, job.permitValidUntil),
    ).rejects.toThrow('延期日期须晚于');
    const longer = await repos.renovations.extendPermit(supervisor, job.id, '2027-03-31');
    expect(longer.permitValidUntil).toBe('2027-03-31');
  });

  it('a pass added during the works is charged 5 + 20 and its deposit comes back at refund', async () => {
    const repos = makeTestRepos();
    const job = await workingJob(repos);
    const added = await repos.renovations.addPass(clerk, job.id, {
      workerName: '新工人',
      idNumber: '',
      method: 'cash',
      requestId: 'add-1',
    });
    // A retry of the same request adds nothing.
    const again = await repos.renovations.addPass(clerk, job.id, {
      workerName: '新工人',
      idNumber: '',
      method: 'cash',
      requestId: 'add-1',
    });
    expect(again.passes).toHaveLength(5);
    expect(added.passNos.at(-1)).toBe(`CR${year}-00005`);
    expect(added.receipts.map((r) => [r.payer, r.totalFen])).toEqual([
      ['contractor', 140_000],
      ['owner', 102_000],
      ['contractor', 2_500],
    ]);
    expect(added.depositsCollectedFen).toBe(210_000);

    // Four handed back (20 each at once, the added card's from its own receipt), the first lost.
    for (const no of added.passNos.slice(1)) await repos.renovations.returnPass(clerk, job.id, no);
    const back = await repos.renovations.get(job.id);
    const addedReceipt = added.receipts[2]!.docId;
    expect(
      await Promise.all(
        back.refunds.map(async (r) => (await repos.receipts.get(r.docId))?.refundOf),
      ),
    ).toEqual([
      added.receipts[0]!.docId,
      added.receipts[0]!.docId,
      added.receipts[0]!.docId,
      addedReceipt,
    ]);
    await repos.renovations.losePass(clerk, job.id, added.passNos[0]!);
    await passAcceptance(repos, job.id);
    const damages = [{ payer: 'owner' as const, reason: '电梯轿厢划伤', amountFen: 30_000 }];
    const plan = await repos.renovations.refundPlan(job.id, damages);
    // Contractor: the lost card's 20 kept and 100 off the deposit; nothing left on the second.
    expect(plan.payers.map((p) => [p.payer, p.refundFen, p.deductedFen])).toEqual([
      ['contractor', 90_000, 12_000],
      ['owner', 70_000, 30_000],
    ]);
    await expect(
      repos.renovations.refund(supervisor, job.id, {
        method: 'cash',
        requestIds: ids('r'),
        damages: [{ payer: 'owner', reason: ' ', amountFen: 0 }],
      }),
    ).rejects.toThrow('请填写原因');
    const closed = await repos.renovations.refund(supervisor, job.id, {
      method: 'cash',
      requestIds: ids('r'),
      damages,
    });
    expect(closed.state).toBe('closed');
    expect(closed.depositsSettledFen).toBe(210_000);
    const vouchers = await Promise.all(
      closed.refunds.slice(4).map((r) => repos.receipts.get(r.docId)),
    );
    expect(vouchers.map((v) => [v?.totalFen, v?.requestId])).toEqual([
      [90_000, 'r-c'],
      [70_000, 'r-o'],
    ]);
    expect(vouchers[1]?.deductions?.[0]?.reason).toBe('损坏赔偿：电梯轿厢划伤');
  });

  it('a pass cannot be added before the works start', async () => {
    const repos = makeTestRepos();
    const job = await repos.renovations.create(clerk, makeRenovation());
    await expect(
      repos.renovations.addPass(clerk, job.id, {
        workerName: '新工人',
        idNumber: '',
        method: 'cash',
        requestId: 'x',
      }),
    ).rejects.toThrow('不能增发出入证');
  });
});

describe('pass deposits refunded on their own', () => {
  it('refunds the pass deposits first, then the deposits without charging the lost card twice', async () => {
    const repos = makeTestRepos();
    const job = await workingJob(repos);
    for (const no of job.passNos.slice(0, 3)) await repos.renovations.returnPass(clerk, job.id, no);
    await repos.renovations.losePass(clerk, job.id, job.passNos[3]!);
    await passAcceptance(repos, job.id);
    const passPlan = await repos.renovations.refundPlan(job.id, [], true);
    // The three handed back were paid then; the lost card's 20 is kept now.
    expect(
      passPlan.payers.map((p) => [p.payer, p.refundFen, p.deductedFen, p.shortfallFen]),
    ).toEqual([['contractor', 0, 2_000, 0]]);
    await expect(
      repos.renovations.refundPassDeposits(clerk, job.id, { method: 'cash', requestIds: ids('p') }),
    ).rejects.toBeInstanceOf(PermissionError);
    const afterPass = await repos.renovations.refundPassDeposits(supervisor, job.id, {
      method: 'cash',
      requestIds: ids('p'),
    });
    expect(afterPass.state).toBe('pendingRefund');
    expect(afterPass.depositsSettledFen).toBe(8_000);
    await expect(
      repos.renovations.refundPassDeposits(supervisor, job.id, {
        method: 'cash',
        requestIds: ids('p2'),
      }),
    ).rejects.toThrow('没有待退的出入证押金');

    // The lost card's 100 still comes off the deposit: its 20 kept was not part of it.
    const rest = await repos.renovations.refundPlan(job.id);
    expect(rest.payers.map((p) => [p.payer, p.refundFen, p.deductedFen])).toEqual([
      ['contractor', 90_000, 10_000],
      ['owner', 100_000, 0],
    ]);
    const closed = await refundJob(repos, job.id);
    expect(closed.state).toBe('closed');
    expect(closed.depositsSettledFen).toBe(208_000);
    expect(closed.refunds.map((r) => [r.payer, r.totalFen, r.deductedFen])).toEqual([
      ['contractor', 2_000, 0],
      ['contractor', 2_000, 0],
      ['contractor', 2_000, 0],
      ['contractor', 0, 2_000],
      ['contractor', 90_000, 10_000],
      ['owner', 100_000, 0],
    ]);
  });
});
