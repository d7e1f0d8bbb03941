import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/domain/calendar';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { officeDateOf } from '@shared/domain/officeTime';
import { todayItems, type TodayFacts } from '@shared/domain/todayBoard';
import {
  DEFAULT_VISIT_PLAN,
  isPlanItemOverdue,
  dueOfQuarter,
  itemsOfQuarter,
  planProgress,
  progressBy,
  visitDateProblems,
  visitInputSchema,
  visitMonthFigures,
  visitPlan,
  type VisitFacts,
  type VisitPlanFacts,
} from '@shared/domain/visitPlan';
import { TEST_TODAY, pinClock } from '../fixtures/clock';
import { NO_TODAY_FACTS } from '../fixtures/todayFacts';

const households = [
  { unitId: 'u1', unitCode: '1-101', building: '1' },
  { unitId: 'u2', unitCode: '1-102', building: '1' },
  { unitId: 'u3', unitCode: '2-101', building: '2' },
];

function makeFacts(visits: VisitFacts[] = [], over: Partial<VisitPlanFacts> = {}): VisitPlanFacts {
  return {
    year: 2026,
    settings: {
      ...DEFAULT_VISIT_PLAN,
      headName: '王主任',
      areas: [{ building: '1', staffId: 'op-li', staffName: '李物管' }],
    },
    households,
    moveIns: [],
    events: [],
    visits,
    ...over,
  };
}

const visit = (
  id: string,
  kind: VisitFacts['kind'],
  date: string,
  more: Partial<VisitFacts> = {},
) => ({ id, kind, date, ...more }) satisfies VisitFacts;

describe('the year plan (002 二.2)', () => {
  it('plans 12 head visits, one due at the end of each month', () => {
    const heads = visitPlan(makeFacts()).filter((i) => i.kind === 'head');
    expect(heads).toHaveLength(12);
    expect(heads[0]).toMatchObject({ period: '2026-01', dueOn: '2026-01-31', staffName: '王主任' });
    expect(heads[1]!.dueOn).toBe('2026-02-28');
    expect(heads[11]!.dueOn).toBe('2026-12-31');
  });

  it('spreads a different yearly number evenly; a visit fulfils the next item due in its month or later', () => {
    const f = makeFacts([visit('a', 'head', '2026-05-02'), visit('b', 'head', '2026-05-09')]);
    f.settings = { ...f.settings, headVisitsPerYear: 4 };
    const heads = visitPlan(f).filter((i) => i.kind === 'head');
    expect(heads.map((i) => i.dueOn)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
    // March had passed unvisited; May's two visits fulfil June's and September's items.
    expect(heads.map((i) => i.done)).toEqual([0, 1, 1, 0]);
  });

  it('credits a desk begun mid-year: the plan itself marks November, not January, done', () => {
    const heads = visitPlan(makeFacts([visit('n', 'head', '2026-11-03')])).filter(
      (i) => i.kind === 'head',
    );
    expect(heads.filter((i) => i.done === 1).map((i) => i.key)).toEqual(['head:11']);
    // A second November visit is early for December, never late for an earlier month.
    const two = visitPlan(
      makeFacts([visit('n', 'head', '2026-11-03'), visit('m', 'head', '2026-11-20')]),
    ).filter((i) => i.kind === 'head' && i.done === 1);
    expect(two.map((i) => i.key)).toEqual(['head:11', 'head:12']);
  });

  it('asks every household of each area once a quarter, counted by distinct households', () => {
    const items = visitPlan(
      makeFacts([
        visit('a', 'area', '2026-10-08', { unitId: 'u1' }),
        visit('b', 'area', '2026-11-02', { unitId: 'u1' }),
        visit('c', 'head', '2026-11-03', { unitId: 'u2' }),
        visit('d', 'area', '2026-09-30', { unitId: 'u2' }),
      ]),
    );
    const q4 = items.find((i) => i.key === 'area:1:4')!;
    expect(q4).toMatchObject({ target: 2, done: 1, staffName: '李物管', dueOn: '2026-12-31' });
    expect(items.find((i) => i.key === 'area:1:3')!.done).toBe(1);
    // Building 2 has no 物管员 assigned: still planned, named by nobody.
    expect(items.find((i) => i.key === 'area:2:4')).toMatchObject({ target: 1, staffName: '' });
  });

  it('plans a residents meeting each half year', () => {
    const items = visitPlan(makeFacts([visit('m', 'meeting', '2026-06-20')]));
    const meetings = items.filter((i) => i.kind === 'meeting');
    expect(meetings.map((i) => [i.period, i.dueOn, i.done])).toEqual([
      ['2026-H1', '2026-06-30', 1],
      ['2026-H2', '2026-12-31', 0],
    ]);
  });

  it('plans a visit after each move-in of the year and one feedback per community event', () => {
    const f = makeFacts([visit('v', 'moveIn', '2026-11-10', { unitId: 'u3' })], {
      moveIns: [
        { id: 'm1', unitId: 'u3', unitCode: '2-101', completedOn: '2026-11-01' },
        { id: 'm2', unitId: 'u2', unitCode: '1-102', completedOn: '2026-10-01' },
        { id: 'm0', unitId: 'u1', unitCode: '1-101', completedOn: '2025-12-20' },
      ],
      events: [{ id: 'e1', title: '中秋游园', heldOn: '2026-09-25' }],
    });
    const items = visitPlan(f);
    expect(items.find((i) => i.key === 'moveIn:m1')).toMatchObject({
      done: 1,
      dueOn: '2026-12-01',
    });
    expect(items.find((i) => i.key === 'moveIn:m2')).toMatchObject({
      done: 0,
      dueOn: '2026-10-31',
    });
    expect(items.find((i) => i.key === 'moveIn:m0')).toBeUndefined();
    expect(items.find((i) => i.key === 'event:e1')).toMatchObject({ done: 0, dueOn: '2026-09-30' });
  });

  it('measures plan against done per person, per area and per quarter', () => {
    const items = visitPlan(makeFacts([visit('a', 'area', '2026-11-01', { unitId: 'u1' })]));
    const q4 = itemsOfQuarter(items, 4);
    const byArea = progressBy(q4, (i) => i.area);
    expect(byArea.map((g) => [g.key, g.progress.planned, g.progress.done])).toEqual([
      ['1', 2, 1],
      ['2', 1, 0],
    ]);
    const byPerson = progressBy(q4, (i) => i.staffName || '未分配');
    expect(byPerson.find((g) => g.key === '李物管')!.progress.rate.value).toBe(0.5);
    // The whole year: 12 head + 4×3 households + 2 meetings.
    expect(planProgress(items).planned).toBe(12 + 12 + 2);
  });
});

describe('a quarter’s still-due list', () => {
  it('puts a linked item first in its own quarter only, even once fulfilled', () => {
    const items = visitPlan(makeFacts([visit('a', 'area', '2026-05-02', { unitId: 'u3' })]));
    const q4 = dueOfQuarter(items, 4, 'area:2:2').map((i) => i.key);
    expect(q4).not.toContain('area:2:2');
    expect(q4).toContain('head:11');
    const q2 = dueOfQuarter(items, 2, 'area:2:2');
    expect(q2[0]).toMatchObject({ key: 'area:2:2', done: 1, target: 1 });
    expect(q2.filter((i) => i.key === 'area:2:2')).toHaveLength(1);
    expect(dueOfQuarter(items, 2).map((i) => i.key)).not.toContain('area:2:2');
  });
});

describe('overdue plan items on the today board (pinned clock)', () => {
  it('shows unfulfilled items past due since the desk began, not those before', () => {
    pinClock();
    const today = officeDateOf(new Date().toISOString());
    expect(today).toBe(TEST_TODAY);
    const items = visitPlan(makeFacts());
    expect(
      isPlanItemOverdue(
        items.find((i) => i.key === 'head:10')!,
        today,
      ),
    ).toBe(true);
    expect(
      isPlanItemOverdue(
        items.find((i) => i.key === 'head:11')!,
        today,
      ),
    ).toBe(false);
    const facts: TodayFacts = {
      ...NO_TODAY_FACTS,
      visitPlan: { items, since: '2026-09-01' },
    };
    const board = todayItems(facts, new Date().toISOString(), DEFAULT_DEADLINES, buildCalendar([]));
    const keys = board.map((i) => i.recordId);
    // September and October head visits, Q3 area visits; nothing due before September.
    expect(keys).toEqual(expect.arrayContaining(['head:9', 'head:10', 'area:1:3', 'area:2:3']));
    expect(keys).not.toContain('head:8');
    expect(keys).not.toContain('head:11');
    expect(board.every((i) => i.state === 'overdue' && i.kind === 'visitPlan')).toBe(true);
    expect(board.find((i) => i.recordId === 'area:1:3')!.subject).toContain('还差 2 户');
  });
});

describe('monthly figures and the record form', () => {
  it('counts the plan due in the month and the visits and issues recorded in it', () => {
    const records = [
      { ...visit('a', 'head', '2026-11-03', { unitId: 'u1' }), issues: [{ enquiryId: 'q1' }, {}] },
      { ...visit('m', 'meeting', '2026-11-12'), issues: [{}] },
      { ...visit('o', 'head', '2026-10-03'), issues: [] },
    ];
    const items = visitPlan(makeFacts(records));
    const f = visitMonthFigures(items, records, '2026-11');
    expect(f).toMatchObject({ planned: 1, recorded: 1, meetings: 1, issues: 3, converted: 1 });
    // The November head visit counts for November (not for January, the plan's first item).
    expect(f.done).toBe(1);
    expect(f.rate.value).toBe(1);
  });

  it('counts a desk begun mid-year: its November visit fulfils November, not January', () => {
    // The desk began in November: no head visit before it, one on 3 November.
    const records = [{ ...visit('n', 'head', '2026-11-03', { unitId: 'u1' }), issues: [] }];
    // Only the head's visits planned, so the month's figures are the head item's.
    const only = {
      households: [],
      settings: { ...DEFAULT_VISIT_PLAN, meetingsPerYear: 0 as const },
    };
    const items = visitPlan(makeFacts(records, only));
    expect(visitMonthFigures(items, records, '2026-11')).toMatchObject({ planned: 1, done: 1 });
    expect(visitMonthFigures(items, records, '2026-01')).toMatchObject({ planned: 1, done: 0 });
    expect(visitMonthFigures(items, records, '2026-12')).toMatchObject({ planned: 1, done: 0 });
    // Two visits in one month still fulfil only that month's item.
    const two = [...records, { ...visit('m', 'head', '2026-11-20'), issues: [] }];
    expect(visitMonthFigures(visitPlan(makeFacts(two, only)), two, '2026-11').done).toBe(1);
  });

  it('with fewer head visits than months, counts the months since the previous item', () => {
    const records = [
      { ...visit('a', 'head', '2026-05-02'), issues: [] },
      { ...visit('b', 'head', '2026-08-09'), issues: [] },
    ];
    const f = makeFacts(records, { households: [] });
    f.settings = { ...f.settings, headVisitsPerYear: 4, meetingsPerYear: 0 };
    const items = visitPlan(f);
    // Items due March, June, September, December: May's visit fulfils June, August's September.
    expect(visitMonthFigures(items, records, '2026-03')).toMatchObject({ planned: 1, done: 0 });
    expect(visitMonthFigures(items, records, '2026-06')).toMatchObject({ planned: 1, done: 1 });
    expect(visitMonthFigures(items, records, '2026-05')).toMatchObject({ planned: 0, done: 0 });
    expect(visitMonthFigures(items, records, '2026-09')).toMatchObject({ planned: 1, done: 1 });
  });

  it('asks for a unit on a household visit, place and attendees on a meeting', () => {
    const base = { date: TEST_TODAY, visitorId: 'op', notes: '情况良好' };
    const home = visitInputSchema.safeParse({ ...base, kind: 'head' });
    expect(home.error?.issues.map((i) => i.message)).toEqual(['请选择拜访的房号']);
    const meeting = visitInputSchema.safeParse({ ...base, kind: 'meeting' });
    expect(meeting.error?.issues.map((i) => i.message)).toEqual([
      '请填写座谈会地点',
      '请填写参会人数',
    ]);
    expect(
      visitInputSchema.safeParse({ ...base, kind: 'meeting', place: '会所', attendees: 18 })
        .success,
    ).toBe(true);
    expect(visitDateProblems('2026-11-18', TEST_TODAY)).toEqual(['拜访日期不能晚于今天']);
    expect(visitDateProblems('2026-11-17', TEST_TODAY)).toEqual([]);
  });
});
