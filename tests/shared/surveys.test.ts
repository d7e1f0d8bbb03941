import { describe, expect, it } from 'vitest';
import { NO_TODAY_FACTS } from '../fixtures/todayFacts';
import { buildCalendar } from '@shared/domain/calendar';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { toIsoInstant } from '@shared/domain/officeTime';
import { surveyRoundSchema } from '@shared/domain/surveySchemas';
import {
  assertSurveyStep,
  openSurveyDeadlines,
  ratingOfKey,
  surveyFigures,
  surveyStatus,
  type SurveyFollowUp,
  type SurveyQuestion,
} from '@shared/domain/surveys';
import { todayItems } from '@shared/domain/todayBoard';
import { pinClock } from '../fixtures/clock';

const s = DEFAULT_DEADLINES;
const at = (local: string) => toIsoInstant(local);
const sent = (over: Partial<SurveyFollowUp> = {}): SurveyFollowUp => ({
  department: '保洁',
  opinions: '楼道清洁不及时',
  sentAt: at('2026-11-20 09:00'),
  sentByName: '王前台',
  ...over,
});

describe('survey follow-up deadlines (002: 2 days, 3 days, 2 weeks)', () => {
  it('has no deadline while the forms are still being collected', () => {
    expect(openSurveyDeadlines({ followUps: [] }, s)).toEqual([]);
    expect(surveyStatus({ followUps: [] })).toBe('collecting');
  });

  it('wants the summary sent 2 calendar days after the collection ended, weekend or not', () => {
    // Friday 17:00 → Sunday 17:00: the manual says days, not working days.
    const d = openSurveyDeadlines({ closedAt: at('2026-11-20 17:00'), followUps: [] }, s);
    expect(d).toEqual([{ kind: 'summary', due: at('2026-11-22 17:00') }]);
  });

  it('wants each department’s written measures 3 days after the opinions were sent', () => {
    const r = { closedAt: at('2026-11-19 17:00'), summarisedAt: at('2026-11-20 09:00') };
    expect(openSurveyDeadlines({ ...r, followUps: [sent()] }, s)).toEqual([
      { kind: 'measures', due: at('2026-11-23 09:00'), followUp: 0, department: '保洁' },
    ]);
  });

  it('wants the customer revisited 2 weeks after the measures, then the round is done', () => {
    const r = { closedAt: at('2026-11-19 17:00'), summarisedAt: at('2026-11-20 09:00') };
    const answered = sent({ measures: '增加保洁频次', measuresAt: at('2026-11-21 15:00') });
    expect(openSurveyDeadlines({ ...r, followUps: [answered] }, s)).toEqual([
      { kind: 'revisit', due: at('2026-12-05 15:00'), followUp: 0, department: '保洁' },
    ]);
    const revisited = { ...answered, revisitAt: at('2026-11-30 10:00'), revisitResult: '满意' };
    expect(openSurveyDeadlines({ ...r, followUps: [revisited] }, s)).toEqual([]);
    expect(surveyStatus({ ...r, followUps: [revisited] })).toBe('done');
    expect(surveyStatus({ ...r, followUps: [answered] })).toBe('followUp');
  });

  it('puts each open step on the today board on its day and once overdue', () => {
    pinClock(at('2026-11-23 10:00'));
    const none = NO_TODAY_FACTS;
    const round = (id: string, closedAt: string) => ({
      id,
      no: `DC2026${id}`,
      title: '年度满意度调查',
      closedAt: at(closedAt),
      followUps: [],
    });
    const items = todayItems(
      {
        ...none,
        surveys: [
          round('-001', '2026-11-20 09:00'), // due Sunday 09:00: overdue
          round('-002', '2026-11-21 18:00'), // due today 18:00
          round('-003', '2026-11-22 09:00'), // due tomorrow: not yet
        ],
      },
      new Date().toISOString(),
      s,
      buildCalendar(),
    );
    expect(items.map((i) => `${i.no}/${i.detail}/${i.state}`)).toEqual([
      'DC2026-001/survey_summary/overdue',
      'DC2026-002/survey_summary/today',
    ]);
    expect(items[0]!.route).toBe('/surveys?open=-001');
  });
});

describe('survey figures (满意率)', () => {
  const questions: SurveyQuestion[] = [
    { no: 1, kind: 'rating', text: '保安服务' },
    { no: 2, kind: 'rating', text: '保洁服务' },
    { no: 3, kind: 'text', text: '其他意见' },
  ];

  it('counts 很满意 and 满意 over the rating answers given, overall and per question', () => {
    const f = surveyFigures(questions, [
      { answers: { '1': 'verySatisfied', '2': 'fair', '3': '电梯常坏' } },
      { answers: { '1': 'satisfied', '2': 'dissatisfied' } },
      { answers: { '1': 'fair' } }, // question 2 skipped: not counted
    ]);
    expect(f.forms).toBe(3);
    expect(f.satisfaction).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
    expect(
      f.questions.map((q) => [q.no, q.satisfaction.numerator, q.satisfaction.denominator]),
    ).toEqual([
      [1, 2, 3],
      [2, 0, 2],
    ]);
    expect(f.questions[1]!.counts).toEqual({
      verySatisfied: 0,
      satisfied: 0,
      fair: 1,
      dissatisfied: 1,
    });
  });

  it('is not applicable without any rating answer', () => {
    expect(surveyFigures(questions, []).satisfaction.value).toBeNull();
  });

  it('reads keys 1–4 as the four answers and nothing else', () => {
    expect(['1', '2', '3', '4', '5', 'a'].map(ratingOfKey)).toEqual([
      'verySatisfied',
      'satisfied',
      'fair',
      'dissatisfied',
      null,
      null,
    ]);
  });
});

describe('survey steps', () => {
  it('refuses forms after the collection ended and a revisit before the measures', () => {
    const closed = { closedAt: at('2026-11-19 17:00'), followUps: [] };
    expect(() => assertSurveyStep(closed, 'enter')).toThrow('不能再录入');
    const r = { ...closed, summarisedAt: at('2026-11-20 09:00'), followUps: [sent()] };
    expect(() => assertSurveyStep(r, 'revisit', 0)).toThrow('尚未书面答复');
    expect(() => assertSurveyStep(r, 'measures', 1)).toThrow('没有这项跟进');
  });

  it('asks a topic round for its topic and every round for a question', () => {
    const base = { title: '电梯专题', kind: 'topic', method: 'phone', issuedOn: '2026-11-17' };
    const r = surveyRoundSchema.safeParse({
      ...base,
      questions: [{ kind: 'rating', text: '电梯' }],
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['专题调查请填写专题']);
    const q = surveyRoundSchema.safeParse({ ...base, topic: '电梯', questions: [] });
    expect(q.success ? [] : q.error.issues.map((i) => i.message)).toEqual(['请至少设置一道题']);
  });
});
