import { describe, expect, it } from 'vitest';
import { createRepositories } from '../../renderer/src/db/repositories';
import { makeIntake } from '../fixtures/complaints';
import { clerk } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

const round = {
  title: '2026 年第四季度业主满意度调查',
  kind: 'regular' as const,
  method: 'letter' as const,
  issuedOn: '2026-11-10',
  questions: [
    { kind: 'rating' as const, text: '保安服务' },
    { kind: 'rating' as const, text: '保洁服务' },
    { kind: 'text' as const, text: '其他意见' },
  ],
};

describe('satisfaction surveys (满意度调查)', () => {
  it('numbers a round, takes returned forms, and gives its 满意率', async () => {
    const db = makeTestDb();
    const repos = createRepositories(db);
    const r = await repos.surveys.create(clerk, round);
    expect(r.no).toMatch(/^DC2026-001$/);
    expect(r.questions.map((q) => q.no)).toEqual([1, 2, 3]);
    await repos.surveys.enterResponse(clerk, r.id, {
      unitCode: '1-101',
      answers: { '1': 'verySatisfied', '2': 'fair', '3': '电梯常坏' },
    });
    const second = await repos.surveys.enterResponse(clerk, r.id, {
      answers: { '1': 'satisfied', '2': 'dissatisfied' },
    });
    expect(second.seq).toBe(2);
    expect((await repos.surveys.get(r.id))?.formCount).toBe(2);
    const f = await repos.surveys.figures(r.id);
    expect(f.satisfaction).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect((await repos.surveys.list({ text: '第四季度' })).map((x) => x.id)).toEqual([r.id]);
    // The header search finds the round by its number and opens it.
    expect(await repos.search.query('dc2026', 5)).toMatchObject([
      { kind: 'record', title: r.no, path: `/surveys?open=${r.id}` },
    ]);
    // Each form and the round's count are audited in the same transaction.
    const audits = await db.audit
      .where('table')
      .anyOf(['surveyResponses', 'surveyRounds'])
      .toArray();
    expect(audits.filter((a) => a.table === 'surveyResponses')).toHaveLength(2);
  });

  it('refuses a text in a rating question, an empty form, and a form after closing', async () => {
    const repos = createRepositories(makeTestDb());
    const r = await repos.surveys.create(clerk, round);
    await expect(
      repos.surveys.enterResponse(clerk, r.id, { answers: { '1': '还行' } }),
    ).rejects.toThrow('第 1 题请选择');
    await expect(repos.surveys.enterResponse(clerk, r.id, { answers: {} })).rejects.toThrow(
      '没有任何回答',
    );
    await repos.surveys.close(clerk, r.id);
    await expect(
      repos.surveys.enterResponse(clerk, r.id, { answers: { '1': 'fair' } }),
    ).rejects.toThrow('不能再录入');
  });

  it('walks the follow-up: summary to departments, measures, signed revisit, done', async () => {
    const db = makeTestDb();
    const repos = createRepositories(db);
    const r = await repos.surveys.create(clerk, round);
    await repos.surveys.enterResponse(clerk, r.id, { answers: { '2': 'dissatisfied' } });
    expect((await repos.surveys.close(clerk, r.id)).status).toBe('summarising');
    const s = await repos.surveys.summarise(clerk, r.id, {
      summary: '保洁不满意 1 份',
      followUps: [{ department: '保洁', opinions: '楼道清洁不及时' }],
    });
    expect(s.status).toBe('followUp');
    expect(s.followUps[0]).toMatchObject({ department: '保洁', sentByName: clerk.name });
    await expect(
      repos.surveys.recordRevisit(clerk, r.id, 0, { result: '满意', signedName: '李业主' }),
    ).rejects.toThrow('尚未书面答复');
    await repos.surveys.recordMeasures(clerk, r.id, 0, { measures: '每日清扫两次' });
    const done = await repos.surveys.recordRevisit(clerk, r.id, 0, {
      result: '业主满意',
      signedName: '李业主',
    });
    expect(done.status).toBe('done');
    expect(done.followUps[0]).toMatchObject({ revisitSignedName: '李业主' });
    // The board reads only rounds still following up.
    expect((await repos.today.facts()).surveys).toEqual([]);
  });
});

describe('surveys in the monthly review', () => {
  it('gives the month’s forms and 满意率, and a form entered later shows at once', async () => {
    const repos = createRepositories(makeTestDb());
    const r = await repos.surveys.create(clerk, round);
    await repos.surveys.enterResponse(clerk, r.id, { answers: { '1': 'satisfied', '2': 'fair' } });
    const first = await repos.review.monthly('2026-11');
    expect(first.current.surveys).toMatchObject({
      forms: 1,
      satisfaction: { numerator: 1, denominator: 2 },
      rounds: [{ no: r.no, forms: 1 }],
    });
    expect(first.previous.surveys?.forms).toBe(0);
    // The review keeps computed months; a new form must drop what it read.
    await repos.surveys.enterResponse(clerk, r.id, { answers: { '1': 'verySatisfied' } });
    const again = await repos.review.monthly('2026-11');
    expect(again.current.surveys?.satisfaction).toEqual({
      numerator: 2,
      denominator: 3,
      value: 2 / 3,
    });
    expect(again.current.surveys?.rounds[0]?.questions[0]?.satisfaction.numerator).toBe(2);
    const behind = await repos.review.recordsBehind('surveys', 'forms', '2026-11');
    expect(behind.map((b) => b.number)).toEqual([`${r.no} · 1`, `${r.no} · 2`]);
  });
});

describe('a survey opinion turned into a complaint (意见转投诉)', () => {
  it('raises the opinion as an enquiry naming the round, and on to a complaint, linked both ways', async () => {
    const db = makeTestDb();
    const repos = createRepositories(db);
    const r = await repos.surveys.create(clerk, round);
    const f = await repos.surveys.enterResponse(clerk, r.id, {
      unitCode: '1-101',
      respondent: '陈女士',
      answers: { '1': 'dissatisfied', '3': '夜间保安不巡逻' },
    });
    await expect(repos.surveys.raiseIssue(clerk, f.id, 1)).rejects.toThrow('没有这条意见');
    const e = await repos.surveys.raiseIssue(clerk, f.id, 3);
    expect(e).toMatchObject({
      source: { kind: 'survey', id: r.id, no: `${r.no} #1` },
      question: '夜间保安不巡逻',
      callerName: '陈女士',
      unitCode: '1-101',
      status: 'open',
    });
    const [saved] = await repos.surveys.responses(r.id);
    expect(saved?.issues).toEqual([{ questionNo: 3, enquiryId: e.id, enquiryNo: e.no }]);
    // Raising it again gives the same enquiry.
    expect((await repos.surveys.raiseIssue(clerk, f.id, 3)).id).toBe(e.id);
    expect(await db.enquiries.count()).toBe(1);
    const c = await repos.enquiries.toCase(clerk, e.id, makeIntake({ content: e.question }));
    expect(c).toMatchObject({ enquiryId: e.id, enquiryNo: e.no });
    expect((await repos.enquiries.get(e.id))?.links).toMatchObject([
      { kind: 'complaint', id: c.id, no: c.no },
    ]);
    const audit = await db.audit.where('recordId').equals(f.id).toArray();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });
});
