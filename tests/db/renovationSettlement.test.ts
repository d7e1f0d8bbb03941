import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestRepos, type TestRepos } from './makeTestDb';
import { clerk, makeDepositRefund, supervisor } from '../fixtures/moneyActors';
import { makeRenovation } from '../fixtures/renovation';
import {
  approvedJob as approved,
  feeIds as ids,
  handBackAndAccept,
  NO_COMMENTS as none,
  refundJob,
  collectJobFees,
} from './renovationSteps';

// Tuesday 17 Nov 2026, 10:30 office time: the fixture's works (23 Nov – 20 Jan) are ahead.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const approvedJob = (repos: TestRepos) =>
  approved(repos, { review: { waived: { fireApproval: '住宅室内装修，不涉及消防' } } });

type IssueInput = Parameters<TestRepos['receipts']['issue']>[1];
/** A 收费收据 taken at the desk for one renovation deposit: the owner's (a person pays) or the
 * contractor's (a company pays), in cash unless `more` says otherwise. */
const depositReceipt = (
  repos: TestRepos,
  requestId: string,
  payer: 'owner' | 'contractor',
  more: Partial<IssueInput> = {},
) =>
  repos.receipts.issue(clerk, {
    requestId,
    payerKind: payer === 'owner' ? 'person' : 'company',
    payerName: payer === 'owner' ? '张三' : '美家装饰',
    lines: [{ code: `renovation_deposit_${payer}`, quantity: 1 }],
    method: 'cash',
    ...more,
  });

/** Fees paid, works started, every card handed back, acceptance passed. */
async function acceptedJob(repos: TestRepos, penaltyFen = 0) {
  const { unit, job } = await approvedJob(repos);
  await collectJobFees(repos, job.id);
  const w = await repos.renovations.startWork(clerk, job.id);
  if (penaltyFen > 0)
    await repos.renovations.addPatrol(clerk, job.id, {
      at: '2026-12-01T02:00:00Z',
      inspector: '安护部 陈',
      findings: '擅自拆改',
      violation: true,
      rectification: '恢复原状',
      penaltyFen,
      payer: 'contractor',
    });
  await handBackAndAccept(repos, job.id, w.passNos);
  return { unit, job: await repos.renovations.get(job.id) };
}

describe('issue 15 item 10: reused request ids and voided fee receipts', () => {
  it('a voided fee receipt stops the works until it is charged again, under a new request id', async () => {
    const repos = makeTestRepos();
    const { job } = await approvedJob(repos);
    const paid = await collectJobFees(repos, job.id);
    const owner = paid.receipts.find((r) => r.payer === 'owner')!;
    await repos.receipts.void(supervisor, owner.docId, '金额录错');
    await expect(repos.renovations.startWork(clerk, job.id)).rejects.toThrow('收据已作废');
    // The same request ids again: the voided receipt is not handed back as if it were new.
    await expect(collectJobFees(repos, job.id)).rejects.toThrow('已作废');
    const again = await collectJobFees(repos, job.id, 'f2');
    // Only the owner is charged again; the contractor's receipt stands.
    expect(again.receipts.map((r) => [r.payer, r.totalFen])).toEqual([
      ['contractor', 140_000],
      ['owner', 102_000],
      ['owner', 102_000],
    ]);
    expect(again.depositsCollectedFen).toBe(208_000);
    expect((await repos.renovations.startWork(clerk, job.id)).state).toBe('working');
  });

  it('a request id reused for a different document is refused, never answered with the other one', async () => {
    const repos = makeTestRepos();
    const first = await depositReceipt(repos, 'same', 'owner');
    const retry = await depositReceipt(repos, 'same', 'owner');
    expect(retry.id).toBe(first.id);
    await expect(depositReceipt(repos, 'same', 'contractor')).rejects.toThrow(`已用于 ${first.no}`);
    await repos.receipts.refund(supervisor, makeDepositRefund('tk', first.id, 50_000));
    await expect(
      repos.receipts.refund(
        supervisor,
        makeDepositRefund('tk', first.id, 50_000, {
          deductions: [{ code: 'renovation_deposit_owner', reason: '损坏', amountFen: 100 }],
        }),
      ),
    ).rejects.toThrow('内容不同');
  });

  it('a fee receipt voided during the works: the job still closes on what the ledger holds', async () => {
    const repos = makeTestRepos();
    const { job } = await approvedJob(repos);
    const paid = await collectJobFees(repos, job.id);
    const w = await repos.renovations.startWork(clerk, job.id);
    await repos.receipts.void(supervisor, paid.receipts[1]!.docId, '业主改为转账另开');
    await handBackAndAccept(repos, job.id, w.passNos);
    const closed = await refundJob(repos, job.id);
    expect(closed.state).toBe('closed');
    expect([closed.depositsCollectedFen, closed.depositsSettledFen]).toEqual([108_000, 108_000]);
    // A retry of the same refund changes nothing (the job is closed).
    await expect(
      repos.renovations.refund(supervisor, job.id, { method: 'cash', requestIds: ids('r') }),
    ).rejects.toThrow('已结案');
  });
});

describe("the job's deposits answer together", () => {
  it("a contractor penalty beyond the contractor's deposit comes off the owner's before any refund", async () => {
    const repos = makeTestRepos();
    const { job } = await acceptedJob(repos, 120_000);
    // The cards were handed back while the deposits still covered the penalty.
    expect(job.depositsSettledFen).toBe(8_000);
    const plan = await repos.renovations.refundPlan(job.id);
    expect(plan.payers.map((p) => [p.payer, p.refundFen, p.deductedFen])).toEqual([
      ['contractor', 0, 100_000],
      ['owner', 80_000, 20_000],
    ]);
    expect(plan.owedFen).toBe(0);
    const closed = await refundJob(repos, job.id);
    expect(closed.state).toBe('closed');
  });

  it('beyond every deposit: nothing is paid back, the rest is owed on the voucher and listed until paid', async () => {
    const repos = makeTestRepos();
    const { job } = await acceptedJob(repos, 250_000);
    // Handing the cards back refunded nothing: the job already owed more than it held.
    expect(job.refunds).toEqual([]);
    expect(job.passes.every((p) => p.status === 'returned')).toBe(true);
    const owing = await refundJob(repos, job.id);
    expect(owing.state).toBe('owing');
    expect(owing.owedFen).toBe(42_000);
    const vouchers = await Promise.all(owing.refunds.map((r) => repos.receipts.get(r.docId)));
    expect(vouchers.map((v) => [v?.totalFen, v?.note])).toEqual([
      [0, '扣款超出本装修单全部押金，尚欠 420.00 元，待缴清'],
      [0, '扣款超出本装修单全部押金，尚欠 420.00 元，待缴清'],
    ]);
    expect((await repos.renovations.list()).filter((j) => j.state === 'owing')).toHaveLength(1);
    const paid = await repos.renovations.collectArrears(clerk, job.id, {
      method: 'cash',
      requestIds: ids('a'),
    });
    expect(paid.state).toBe('closed');
    const arrears = await repos.receipts.get(paid.receipts.at(-1)!.docId);
    expect([arrears?.payerName, arrears?.totalFen, arrears?.lines[0]?.code]).toEqual([
      '美家装饰工程有限公司',
      42_000,
      'violation_deduction',
    ]);
  });
});

describe('a renovation deposit taken in 收费收据', () => {
  it("is offered to the unit's renovation, linked, not charged twice, and refunded with the job", async () => {
    const repos = makeTestRepos();
    const { unit, job } = await approvedJob(repos);
    const desk = await depositReceipt(repos, 'desk-1', 'owner', {
      payerName: '李四',
      unitId: unit.id,
      unitCode: unit.code,
      method: 'wechat',
    });
    expect((await repos.renovations.linkableReceipts(job.id)).map((r) => r.no)).toEqual([desk.no]);
    await expect(collectJobFees(repos, job.id)).rejects.toThrow(`${desk.no}，请先关联`);
    const linked = await repos.renovations.linkReceipt(clerk, job.id, desk.id);
    expect(linked.receipts).toEqual([
      { payer: 'owner', docId: desk.id, docNo: desk.no, totalFen: 100_000, purpose: 'linked' },
    ]);
    expect((await repos.receipts.get(desk.id))?.sourceId).toBe(job.id);
    expect(await repos.renovations.linkableReceipts(job.id)).toEqual([]);
    const paid = await collectJobFees(repos, job.id);
    const owner = await repos.receipts.get(paid.receipts[2]!.docId);
    // The owner pays only the permit fee now; the deposit is the one taken at the desk.
    expect(owner?.lines.map((l) => [l.code, l.amountFen])).toEqual([['permit_fee', 2_000]]);
    expect(paid.depositsCollectedFen).toBe(208_000);
    const w = await repos.renovations.startWork(clerk, job.id);
    await handBackAndAccept(repos, job.id, w.passNos);
    const closed = await refundJob(repos, job.id);
    expect(closed.state).toBe('closed');
    const ownerVoucher = await repos.receipts.get(closed.refunds.at(-1)!.docId);
    expect([ownerVoucher?.refundOf, ownerVoucher?.totalFen]).toEqual([desk.id, 100_000]);
  });
});

describe('the application before approval', () => {
  it('refuses a period wholly past, at the completion date', async () => {
    const repos = makeTestRepos();
    await expect(
      repos.renovations.create(
        clerk,
        makeRenovation({ plannedStart: '2026-09-01', plannedEnd: '2026-11-16' }),
      ),
    ).rejects.toThrow('施工期已全部过去（完工日期 2026-11-16 早于今天 2026-11-17）');
  });

  it('the fire approval must be ticked or marked not applicable by the reviewer', async () => {
    const repos = makeTestRepos();
    const job = await repos.renovations.create(
      clerk,
      makeRenovation({ checklist: makeRenovation().checklist.filter((c) => c !== 'fireApproval') }),
    );
    expect(job.state).toBe('pendingReview');
    const review = { outcome: 'approved' as const, comments: none, remark: '' };
    await expect(repos.renovations.review(supervisor, job.id, review)).rejects.toThrow(
      '消防审批意见书及消防平面图未提供',
    );
    const approved = await repos.renovations.review(supervisor, job.id, {
      ...review,
      waived: { fireApproval: ' 普通住宅，不改消防设施 ' },
    });
    expect(approved.review?.waived).toEqual({ fireApproval: '普通住宅，不改消防设施' });
  });

  it('the desk withdraws an application not yet approved, with a reason, audited', async () => {
    const repos = makeTestRepos();
    const job = await repos.renovations.create(clerk, makeRenovation());
    await expect(repos.renovations.withdraw(clerk, job.id, ' ')).rejects.toThrow('请填写撤回原因');
    const gone = await repos.renovations.withdraw(clerk, job.id, '业主暂缓装修');
    expect([gone.state, gone.withdrawal?.reason, gone.withdrawal?.byName]).toEqual([
      'withdrawn',
      '业主暂缓装修',
      clerk.name,
    ]);
    const audit = await repos.db.audit.where('recordId').equals(job.id).toArray();
    expect(audit.find((a) => a.changes?.['withdrawal'])?.changes?.['state']).toEqual([
      'pendingReview',
      'withdrawn',
    ]);
    await expect(repos.renovations.withdraw(clerk, job.id, '再撤')).rejects.toThrow('已撤回');
  });
});

describe('the monthly review sees a deposit taken in 收费收据', () => {
  it('collected and held agree before the deposit is linked, after, and once refunded', async () => {
    const repos = makeTestRepos();
    const { unit, job } = await approvedJob(repos);
    await depositReceipt(repos, 'desk-1', 'owner', {
      payerName: '李四',
      unitId: unit.id,
      unitCode: unit.code,
    });
    const held = async () => {
      const r = await repos.review.monthly('2026-11');
      return [r.current.money.receivedFen, r.current.renovation.depositsHeldFen];
    };
    expect(await held()).toEqual([100_000, 100_000]);
    const desk = (await repos.renovations.linkableReceipts(job.id))[0]!;
    await repos.renovations.linkReceipt(clerk, job.id, desk.id);
    expect(await held()).toEqual([100_000, 100_000]);
    // Paid back in 收费收据: nothing held any more.
    await repos.receipts.refund(supervisor, makeDepositRefund('tk-1', desk.id, 100_000));
    expect((await held())[1]).toBe(0);
  });

  it('an unlinked deposit refunded in 收费收据 is held no more', async () => {
    const repos = makeTestRepos();
    const doc = await depositReceipt(repos, 'desk-2', 'contractor', {
      unitId: 'unit-x',
      unitCode: '9-9-909',
    });
    expect((await repos.review.monthly('2026-11')).current.renovation.depositsHeldFen).toBe(
      100_000,
    );
    await repos.receipts.refund(supervisor, {
      requestId: 'tk-2',
      originalId: doc.id,
      lines: [{ code: 'renovation_deposit_contractor', refundFen: 60_000 }],
      deductions: [{ code: 'renovation_deposit_contractor', reason: '损坏', amountFen: 10_000 }],
      method: 'cash',
    });
    expect((await repos.review.monthly('2026-11')).current.renovation.depositsHeldFen).toBe(30_000);
  });
});
