import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import { makeTestRepos } from './makeTestDb';
import { fromNow, TEST_YEAR } from '../fixtures/clock';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { makeRenovation } from '../fixtures/renovation';
import type { Repositories } from '../../renderer/src/db/repositories';
import {
  approvedJob as approved,
  feeIds as ids,
  passAcceptance,
  refundJob,
  REVIEWED,
  collectJobFees,
} from './renovationSteps';

// Numbers carry the office year of the pinned test clock (tests/fixtures/clock.ts).
const year = TEST_YEAR;
const approvedJob = (repos: Repositories) => approved(repos, { review: { comments: REVIEWED } });

describe('renovation repository', () => {
  it('an incomplete application waits; ticking the last item starts the review clock', async () => {
    const repos = makeTestRepos();
    const job = await repos.renovations.create(clerk, makeRenovation({ checklist: ['photos'] }));
    expect(job.no).toBe(`ZX${year}-0001`);
    expect([job.state, job.submittedAt]).toEqual(['applying', undefined]);
    const done = await repos.renovations.update(clerk, job.id, makeRenovation());
    expect(done.state).toBe('pendingReview');
    expect(done.submittedAt).toBeDefined();
    await expect(
      repos.renovations.review(clerk, job.id, {
        outcome: 'approved',
        comments: { structure: '', plumbingGas: '', power: '', facade: '' },
        remark: '',
      }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(
      repos.renovations.review(supervisor, job.id, {
        outcome: 'rejected',
        comments: { structure: '', plumbingGas: '', power: '', facade: '' },
        remark: ' ',
      }),
    ).rejects.toThrow('请填写驳回理由');
  });

  it('runs a job from fees to closed: 1400 + 1020 collected, 3 cards back at hand-back, one lost (120), 900 + 1000 back', async () => {
    const repos = makeTestRepos();
    const { unit, job } = await approvedJob(repos);
    await expect(repos.renovations.startWork(clerk, job.id)).rejects.toThrow('装修费用尚未收齐');

    const paid = await collectJobFees(repos, job.id, 'fees');
    const receipts = await Promise.all(paid.receipts.map((r) => repos.receipts.get(r.docId)));
    expect(receipts.map((r) => [r?.payerName, r?.totalFen, r?.sourceId])).toEqual([
      ['美家装饰工程有限公司', 140_000, job.id],
      ['李四', 102_000, job.id],
    ]);
    expect(paid.depositsCollectedFen).toBe(208_000);
    await expect(collectJobFees(repos, job.id, 'x')).rejects.toThrow('费用已收取');

    const working = await repos.renovations.startWork(clerk, job.id);
    expect(working.state).toBe('working');
    expect(working.permitNo).toBe(`XK${year}-0001`);
    expect(working.passNos).toEqual([1, 2, 3, 4].map((n) => `CR${year}-0000${n}`));
    expect((await repos.units.get(unit.id))?.status).toBe('renovating');
    expect((await repos.renovations.findByDocNo(`cr${year}-00003`))?.id).toBe(job.id);

    // Each card handed back mid-job gets its 20 back at once, on its own voucher, at the desk.
    for (const no of working.passNos.slice(0, 3))
      await repos.renovations.returnPass(clerk, job.id, no);
    const handedBack = await repos.renovations.losePass(clerk, job.id, working.passNos[3]!);
    expect(handedBack.passes.map((p) => [p.status, p.refundedFen])).toEqual([
      ['returned', 2_000],
      ['returned', 2_000],
      ['returned', 2_000],
      ['lost', undefined],
    ]);
    expect(handedBack.refunds.map((r) => [r.payer, r.totalFen])).toEqual([
      ['contractor', 2_000],
      ['contractor', 2_000],
      ['contractor', 2_000],
    ]);
    expect(handedBack.depositsSettledFen).toBe(6_000);
    expect((await repos.receipts.get(handedBack.refunds[0]!.docId))?.note).toBe(
      `退还出入证 ${working.passNos[0]}`,
    );
    await expect(repos.renovations.returnPass(clerk, job.id, working.passNos[3]!)).rejects.toThrow(
      '已办理过',
    );

    await repos.renovations.requestAcceptance(clerk, job.id, '2027-01-21');
    const failed = await repos.renovations.recordAcceptance(supervisor, job.id, {
      passed: false,
      inspector: '工程部 刘工',
      notes: '卫生间闭水未做',
      reinspectOn: '2027-01-25',
    });
    expect([failed.state, failed.acceptances.length]).toEqual(['pendingAcceptance', 2]);
    const accepted = await repos.renovations.recordAcceptance(supervisor, job.id, {
      passed: true,
      inspector: '工程部 刘工',
      notes: '',
    });
    expect(accepted.state).toBe('pendingRefund');
    expect((await repos.units.get(unit.id))?.status).toBe('occupied');

    const plan = await repos.renovations.refundPlan(job.id);
    expect(plan.blockers).toEqual([]);
    // The lost card: its own 20 is not refunded and 100 comes off the deposit, 120 in all.
    expect(plan.payers.map((p) => [p.payer, p.refundFen, p.deductedFen])).toEqual([
      ['contractor', 90_000, 12_000],
      ['owner', 100_000, 0],
    ]);
    await expect(
      repos.renovations.refund(clerk, job.id, { method: 'cash', requestIds: ids('r') }),
    ).rejects.toBeInstanceOf(PermissionError);
    const closed = await refundJob(repos, job.id);
    expect(closed.state).toBe('closed');
    expect(closed.depositsSettledFen).toBe(208_000);
    const vouchers = await Promise.all(
      closed.refunds.slice(3).map((r) => repos.receipts.get(r.docId)),
    );
    expect(
      vouchers.map((v) => [v?.kind, v?.totalFen, v?.deductions?.map((d) => d.amountFen)]),
    ).toEqual([
      ['refund', 90_000, [2_000, 10_000]],
      ['refund', 100_000, []],
    ]);
    await expect(
      repos.renovations.refund(supervisor, job.id, { method: 'cash', requestIds: ids('r2') }),
    ).rejects.toThrow('已结案');
  });

  it('refuses a refund while a pass is still out, and charges a violation penalty', async () => {
    const repos = makeTestRepos();
    const { job } = await approvedJob(repos);
    await repos.renovations.collectFees(clerk, job.id, { method: 'wechat', requestIds: ids('f') });
    const w = await repos.renovations.startWork(clerk, job.id);
    await repos.renovations.addPatrol(clerk, job.id, {
      at: fromNow(0),
      inspector: '安护部 陈',
      findings: '中午施工噪音扰民',
      violation: true,
      rectification: '12:00-14:00 停工',
      penaltyFen: 20_000,
      payer: 'contractor',
    });
    await passAcceptance(repos, job.id);
    await expect(
      repos.renovations.refund(supervisor, job.id, { method: 'cash', requestIds: ids('r') }),
    ).rejects.toThrow('尚未退还或挂失');
    expect(await repos.db.renovations.get(job.id)).toMatchObject({
      state: 'pendingRefund',
      refunds: [],
    });
    for (const no of w.passNos) await repos.renovations.returnPass(clerk, job.id, no);
    const plan = await repos.renovations.refundPlan(job.id);
    // The 4 × 20 went back at hand-back; the deposit less the 200 penalty is left.
    expect(plan.payers.map((p) => [p.payer, p.refundFen, p.deductedFen])).toEqual([
      ['contractor', 80_000, 20_000],
      ['owner', 100_000, 0],
    ]);
  });
});
