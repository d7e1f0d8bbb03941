import { describe, expect, it } from 'vitest';
import { EnquiryRuleError } from '@shared/domain/enquiries';
import { PermissionError, type Actor } from '@shared/domain/record';
import { makeIntake } from '../fixtures/complaints';
import { clerk, otherClerk, supervisor } from '../fixtures/moneyActors';
import { TEST_NOW, TEST_YEAR } from '../fixtures/clock';
import { makeReposWithOperators } from './makeTestDb';

const manager: Actor = { id: 'mgr-1', name: '钱经理', role: 'manager' };

// The hand-over target must be an active operator row.
const setup = () => makeReposWithOperators([clerk, otherClerk, supervisor]);

const input = (over: Record<string, unknown> = {}) => ({
  channel: 'phone',
  callerName: '王先生',
  callerPhone: '13812345678',
  unitCode: '3-1-1201',
  topic: '停车',
  question: '月卡怎么办理',
  answer: '',
  settled: false,
  ...over,
});

const workOrder = {
  kind: 'repair',
  unitCode: '3-1-1201',
  contactName: '王先生',
  contactPhone: '13812345678',
  problem: '车库道闸不抬杆',
  place: 'public',
  urgency: 'routine',
  paid: false,
  department: '工程部',
  appointment: '',
};

describe('enquiry register (咨询/来电记录)', () => {
  it('numbers enquiries ZXD<year>-000001 on, owned by the receiver, audited', async () => {
    const repos = await setup();
    const a = await repos.enquiries.create(clerk, input());
    const b = await repos.enquiries.create(clerk, input({ settled: true, answer: '到前台办理' }));
    expect([a.no, b.no]).toEqual([`ZXD${TEST_YEAR}-000001`, `ZXD${TEST_YEAR}-000002`]);
    expect(a).toMatchObject({ ownerId: clerk.id, receiverName: clerk.name, status: 'open' });
    expect(b).toMatchObject({ status: 'settled', firstContactSettled: true });
    const audit = await repos.db.audit.where('recordId').equals(a.id).toArray();
    expect(audit.map((e) => [e.action, e.table, e.summary])).toEqual([
      ['create', 'enquiries', a.no],
    ]);
  });

  it('refuses a settled enquiry without an answer, in Chinese', async () => {
    const repos = await setup();
    await expect(repos.enquiries.create(clerk, input({ settled: true }))).rejects.toThrow(
      '已解决的咨询请填写答复内容',
    );
  });

  it('hands over only by the owner or a supervisor, keeping each hand-over on the record', async () => {
    const repos = await setup();
    const e = await repos.enquiries.create(clerk, input());
    await expect(
      repos.enquiries.handOver(otherClerk, e.id, { toId: otherClerk.id, reason: '我来' }),
    ).rejects.toBeInstanceOf(EnquiryRuleError);
    await expect(
      repos.enquiries.handOver(clerk, e.id, { toId: otherClerk.id, reason: '' }),
    ).rejects.toThrow('请填写转交原因');
    const moved = await repos.enquiries.handOver(clerk, e.id, {
      toId: otherClerk.id,
      reason: '下班，由李前台跟进',
    });
    expect(moved).toMatchObject({ ownerId: otherClerk.id, ownerName: otherClerk.name });
    const back = await repos.enquiries.handOver(supervisor, e.id, {
      toId: clerk.id,
      reason: '主管指派',
    });
    expect(back.handOvers.map((h) => [h.fromName, h.toName, h.byName, h.reason])).toEqual([
      [clerk.name, otherClerk.name, clerk.name, '下班，由李前台跟进'],
      [otherClerk.name, clerk.name, supervisor.name, '主管指派'],
    ]);
    expect(await repos.enquiries.openOf(clerk.id)).toHaveLength(1);
    expect(await repos.enquiries.openOf(otherClerk.id)).toHaveLength(0);
  });

  it('settles by the owner; a settled enquiry is refused a hand-over', async () => {
    const repos = await setup();
    const e = await repos.enquiries.create(clerk, input());
    await expect(repos.enquiries.settle(otherClerk, e.id, { answer: 'x' })).rejects.toThrow(
      '只有首问负责人或主管可以办结',
    );
    const s = await repos.enquiries.settle(clerk, e.id, { answer: '已告知办理流程' });
    expect(s).toMatchObject({
      status: 'settled',
      firstContactSettled: false,
      answer: '已告知办理流程',
    });
    await expect(
      repos.enquiries.handOver(clerk, e.id, { toId: otherClerk.id, reason: '原因' }),
    ).rejects.toThrow('不能再转交');
  });

  it('turns into a complaint that names it, and the enquiry names the complaint, once', async () => {
    const repos = await setup();
    const e = await repos.enquiries.create(clerk, input());
    const c = await repos.enquiries.toCase(clerk, e.id, makeIntake({ customerName: '王先生' }));
    expect(c).toMatchObject({ enquiryId: e.id, enquiryNo: e.no, kind: 'complaint' });
    const after = await repos.enquiries.get(e.id);
    expect(after?.status).toBe('converted');
    expect(after?.links.map((l) => [l.kind, l.no])).toEqual([['complaint', c.no]]);
    await expect(repos.enquiries.toCase(clerk, e.id, makeIntake())).rejects.toThrow('该咨询已转办');
    // Refused as a whole: no second complaint was stored.
    expect(await repos.db.cases.count()).toBe(1);
  });

  it('turns into a work order that names it', async () => {
    const repos = await setup();
    const e = await repos.enquiries.create(clerk, input());
    const o = await repos.enquiries.toWorkOrder(clerk, e.id, workOrder);
    expect(o).toMatchObject({ enquiryId: e.id, enquiryNo: e.no });
    expect((await repos.enquiries.get(e.id))?.links.map((l) => l.kind)).toEqual(['workOrder']);
  });

  it('rolls the enquiry back when the complaint is refused', async () => {
    const repos = await setup();
    const e = await repos.enquiries.create(clerk, input());
    await expect(
      repos.enquiries.toCase(clerk, e.id, makeIntake({ customerName: '' })),
    ).rejects.toThrow();
    expect((await repos.enquiries.get(e.id))?.status).toBe('open');
    expect(await repos.db.counters.get('counter:TS:202605')).toBeUndefined();
  });

  it('is found by caller, phone tail, number and topic; filtered by month, status and owner', async () => {
    const repos = await setup();
    const e = await repos.enquiries.create(clerk, input());
    await repos.enquiries.create(
      otherClerk,
      input({ callerName: '李女士', callerPhone: '', topic: '装修' }),
    );
    expect((await repos.enquiries.list({ text: '王先生' })).map((x) => x.id)).toEqual([e.id]);
    expect((await repos.enquiries.list({ text: '5678' })).map((x) => x.id)).toEqual([e.id]);
    expect((await repos.enquiries.list({ text: e.no })).map((x) => x.id)).toEqual([e.id]);
    expect(await repos.enquiries.list({ ownerId: otherClerk.id })).toHaveLength(1);
    expect(await repos.enquiries.list({ status: 'open', month: e.month })).toHaveLength(2);
    const hits = await repos.search.query(e.no, 10);
    expect(hits[0]).toMatchObject({
      title: e.no,
      path: `/enquiries?open=${encodeURIComponent(e.id)}`,
    });
    const byName = await repos.search.query('李女士', 10);
    expect(byName.some((h) => h.subtitle.includes('装修'))).toBe(true);
  });

  it("puts an open enquiry on its owner's board after a working day, not on another's", async () => {
    const repos = await setup();
    const e = await repos.enquiries.create(clerk, input());
    const later = new Date(Date.parse(e.receivedAt) + 26 * 3_600_000).toISOString();
    const mine = await repos.today.items(later, clerk.id);
    expect(mine.filter((i) => i.kind === 'enquiryUnsettled').map((i) => i.recordId)).toEqual([
      e.id,
    ]);
    const theirs = await repos.today.items(later, otherClerk.id);
    expect(theirs.filter((i) => i.kind === 'enquiryUnsettled')).toEqual([]);
    const sameDay = await repos.today.items(e.receivedAt, clerk.id);
    expect(sameDay.filter((i) => i.kind === 'enquiryUnsettled')).toEqual([]);
  });
});

describe('suggestion digest (今日建议汇总)', () => {
  it('lists suggestions until passed to the supervisor, then leaves the board', async () => {
    const repos = await setup();
    await repos.complaints.intake(
      clerk,
      makeIntake({ kind: 'suggestion', receivedAt: '2026-11-17T09:00:00+08:00' }),
    );
    const before = await repos.today.items(TEST_NOW, clerk.id);
    expect(before.filter((i) => i.kind === 'suggestionDigest').map((i) => i.subject)).toEqual([
      '1',
    ]);
    const passed = await repos.complaints.submitSuggestionDigest(clerk);
    expect(passed.map((c) => c.digestByName)).toEqual([clerk.name]);
    const after = await repos.today.items(TEST_NOW, clerk.id);
    expect(after.filter((i) => i.kind === 'suggestionDigest')).toEqual([]);
    // The reply deadline stays until the suggestion is answered.
    expect(after.filter((i) => i.kind === 'suggestionReply')).toHaveLength(0);
    const late = await repos.today.items('2026-11-25T02:00:00.000Z', clerk.id);
    expect(late.filter((i) => i.kind === 'suggestionReply').map((i) => i.state)).toEqual([
      'overdue',
    ]);
  });
});

describe('monthly complaint analysis (原因分析, 纠正/预防措施)', () => {
  const entries = [
    { scope: 'class1', cause: '保洁排班不足', measures: '增加晚班保洁一人' },
    { scope: 'TS-202611-0001', cause: '电梯维保不到位', measures: '更换维保单位' },
  ];
  it('is written by a supervisor, stored per month and audited; a clerk is refused', async () => {
    const repos = await setup();
    await expect(
      repos.complaintAnalysis.save(clerk, '2026-11', { entries }),
    ).rejects.toBeInstanceOf(PermissionError);
    const saved = await repos.complaintAnalysis.save(supervisor, '2026-11', { entries });
    await repos.complaintAnalysis.save(manager, '2026-11', { entries: entries.slice(0, 1) });
    expect((await repos.complaintAnalysis.get('2026-11'))?.entries).toEqual(entries.slice(0, 1));
    const audit = await repos.db.audit.where('recordId').equals(saved.id).toArray();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses an empty cause or a scope twice', async () => {
    const repos = await setup();
    await expect(
      repos.complaintAnalysis.save(supervisor, '2026-11', {
        entries: [{ scope: 'class1', cause: '', measures: 'x' }],
      }),
    ).rejects.toThrow('请填写原因分析');
    await expect(
      repos.complaintAnalysis.save(supervisor, '2026-11', { entries: [entries[0]!, entries[0]!] }),
    ).rejects.toThrow('同一类别或案件只填一条');
  });
});
