import { describe, expect, it } from 'vitest';
import { makeIntake } from '../fixtures/complaints';
import { clerk } from '../fixtures/moneyActors';
import { TEST_TODAY, TEST_YEAR } from '../fixtures/clock';
import { makeReposWithOperators } from './makeTestDb';

const setup = () => makeReposWithOperators([clerk]);

describe('visit register (拜访记录)', () => {
  it('records a visit, raises its issue as an enquiry and on to a complaint, linked both ways', async () => {
    const repos = await setup();
    const v = await repos.visitRecords.create(clerk, {
      kind: 'head',
      date: TEST_TODAY,
      visitorId: clerk.id,
      unitCode: '3-1-1201',
      household: '王先生',
      notes: '住户反映良好',
      issues: ['楼道灯不亮'],
    });
    expect(v.no).toBe(`BF${TEST_YEAR}-0001`);
    const e = await repos.visitRecords.raiseIssue(clerk, v.id, v.issues[0]!.key);
    expect(e).toMatchObject({
      source: { kind: 'visit', id: v.id, no: v.no },
      question: '楼道灯不亮',
    });
    expect((await repos.visitRecords.get(v.id))!.issues[0]).toMatchObject({ enquiryNo: e.no });
    // Raising it again returns the same enquiry, no second one.
    expect((await repos.visitRecords.raiseIssue(clerk, v.id, v.issues[0]!.key)).id).toBe(e.id);
    const c = await repos.enquiries.toCase(clerk, e.id, makeIntake());
    expect(c.enquiryNo).toBe(e.no);
    expect((await repos.enquiries.get(e.id))!.links[0]).toMatchObject({
      kind: 'complaint',
      no: c.no,
    });
    // The pinned clock gives both entries one time, so they are compared as a set.
    const audit = await repos.db.audit.where('recordId').equals(v.id).toArray();
    expect(audit.map((a) => `${a.action} ${a.table}`).sort()).toEqual([
      'create visitRecords',
      'update visitRecords',
    ]);
  });

  it('refuses a future date and a household visit without a unit, in Chinese', async () => {
    const repos = await setup();
    const base = { kind: 'area', visitorId: clerk.id, notes: '走访' };
    await expect(repos.visitRecords.create(clerk, { ...base, date: TEST_TODAY })).rejects.toThrow(
      '请选择拜访的房号',
    );
    await expect(
      repos.visitRecords.create(clerk, { ...base, date: '2026-11-18', unitCode: '1-101' }),
    ).rejects.toThrow('拜访日期不能晚于今天');
  });
});
