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

describe('visits in the header search', () => {
  it('finds a visit by its BF number and by the unit or household visited, opening /visits', async () => {
    const repos = await setup();
    const v = await repos.visitRecords.create(clerk, {
      ...{ kind: 'area', date: TEST_TODAY, visitorId: clerk.id, notes: '季度走访' },
      ...{ unitCode: '7-2-0603', household: '欧阳女士' },
    });
    const path = `/visits?open=${v.id}`;
    const byNo = await repos.search.query(`bf${TEST_YEAR}-0001`, 10);
    expect(byNo[0]).toMatchObject({ kind: 'record', id: v.id, title: v.no, path });
    expect(byNo[0]!.subtitle).toBe(
      `物管员走访 · ${TEST_TODAY} · 7-2-0603 · 欧阳女士 · ${clerk.name}`,
    );
    for (const q of ['7-2-0603', '欧阳'])
      expect((await repos.search.query(q, 10)).map((h) => h.path)).toContain(path);
  });
});
