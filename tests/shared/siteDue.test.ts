import { describe, expect, it } from 'vitest';
import { toIsoInstant } from '@shared/domain/officeTime';
import { siteMonthFigures } from '@shared/domain/review/siteFigures';
import { checklistScore, siteCheckSchema } from '@shared/domain/siteChecks';
import {
  boardForRole,
  DEFAULT_SITE_SCHEDULE,
  intervalDue,
  siteDues,
  uncleanedVacantUnits,
  vacantCleanDueDate,
  type SiteFacts,
} from '@shared/domain/siteDue';

// Tuesday 2026-11-17 in the office.
const at = (local: string) => toIsoInstant(local);
const none: SiteFacts = {
  schedule: DEFAULT_SITE_SCHEDULE,
  keptSince: at('2026-10-01 09:00'),
  records: [],
  lastAt: {},
  vacantUnitCodes: [],
  custody: [],
  handoverLogs: [],
};
type Rec = SiteFacts['records'][number];
const rec = (kind: Rec['kind'], local: string, over: Partial<Rec> = {}): Rec => ({
  id: `${kind}-${local}`,
  no: `XC-${local}`,
  kind,
  at: at(local),
  signed: true,
  ...over,
});
const dues = (facts: Partial<SiteFacts>, now: string) =>
  siteDues({ ...none, ...facts }, at(now)).map(
    (d) => `${d.kind}/${d.detail ?? d.unitCode ?? d.subject ?? ''}@${d.dueAt}`,
  );

describe('patrol and desk-check slots', () => {
  it('asks for the n-th patrol by the n-th time; an early patrol meets the first slot', () => {
    const patrolDues = (records: Rec[], now: string) =>
      dues(
        { records, lastAt: { cleaning: at('2026-11-17 08:00'), greenery: at('2026-11-17 08:00') } },
        now,
      ).filter((d) => d.startsWith('sitePatrol'));
    expect(patrolDues([], '2026-11-17 10:30')).toEqual([
      `sitePatrol/1/3@${at('2026-11-17 10:00')}`,
      `sitePatrol/2/3@${at('2026-11-17 15:00')}`,
      `sitePatrol/3/3@${at('2026-11-17 20:00')}`,
    ]);
    // Yesterday's patrols do not count for today.
    const today = [rec('patrol', '2026-11-17 09:10'), rec('patrol', '2026-11-16 21:00')];
    expect(patrolDues(today, '2026-11-17 10:30')).toEqual([
      `sitePatrol/2/3@${at('2026-11-17 15:00')}`,
      `sitePatrol/3/3@${at('2026-11-17 20:00')}`,
    ]);
  });

  it('the supervisor checks the desk twice a day', () => {
    const d = dues({ records: [rec('deskCheck', '2026-11-17 09:00')] }, '2026-11-17 17:00');
    expect(d.filter((x) => x.startsWith('deskCheck'))).toEqual([
      `deskCheck/2/2@${at('2026-11-17 16:00')}`,
    ]);
  });
});

describe('interval inspections, the daily log, vacant units', () => {
  it('greenery is due a week after the last one, cleaning each day; never done means today', () => {
    expect(intervalDue(undefined, 7, '16:00', '2026-11-17')).toBe(at('2026-11-17 16:00'));
    expect(intervalDue(at('2026-11-12 09:00'), 7, '16:00', '2026-11-17')).toBe(
      at('2026-11-19 16:00'),
    );
    const d = dues(
      { lastAt: { cleaning: at('2026-11-16 09:00'), greenery: at('2026-11-12 09:00') } },
      '2026-11-17 10:30',
    );
    expect(d.filter((x) => x.startsWith('siteInspection'))).toEqual([
      `siteInspection/cleaning@${at('2026-11-17 16:00')}`,
    ]);
    // A missed cleaning inspection stays overdue on the next days.
    const late = dues(
      { lastAt: { cleaning: at('2026-11-14 09:00'), greenery: at('2026-11-16 09:00') } },
      '2026-11-17 10:30',
    );
    expect(late.filter((x) => x.startsWith('siteInspection'))).toEqual([
      `siteInspection/cleaning@${at('2026-11-15 16:00')}`,
    ]);
  });

  it('the daily log is due at 18:00 unless written today', () => {
    expect(dues({}, '2026-11-17 10:30')).toContain(`dailyLog/@${at('2026-11-17 18:00')}`);
    expect(
      dues({ records: [rec('dailyLog', '2026-11-17 08:00')] }, '2026-11-17 10:30').some((d) =>
        d.startsWith('dailyLog'),
      ),
    ).toBe(false);
  });

  it('vacant units cleaned this month leave the list; due on the 25th, or the last day', () => {
    expect(vacantCleanDueDate('2026-02', 30)).toBe('2026-02-28');
    expect(vacantCleanDueDate('2026-11', 25)).toBe('2026-11-25');
    const records = [
      rec('vacantClean', '2026-11-03 10:00', { unitCodes: ['1-101'] }),
      rec('vacantClean', '2026-10-28 10:00', { unitCodes: ['1-102'] }),
    ];
    expect(uncleanedVacantUnits(['1-101', '1-102'], records, '2026-11')).toEqual(['1-102']);
    // Not on the board before the 25th; overdue after it.
    const vacant = { vacantUnitCodes: ['1-101', '1-102'], records };
    expect(dues(vacant, '2026-11-17 10:30').some((d) => d.startsWith('vacantClean'))).toBe(false);
    expect(dues(vacant, '2026-11-26 10:30')).toContain(
      `vacantClean/1-102@${new Date(Date.parse('2026-11-25T23:59:59.999+08:00')).toISOString()}`,
    );
  });
});

describe('custody units', () => {
  const custody = [{ moveInId: 'm1', unitCode: '2-301', startAt: at('2026-11-03 10:00') }];
  it('a unit in custody is checked outside a week after the start or the last check', () => {
    const endOf = (d: string) => new Date(Date.parse(`${d}T23:59:59.999+08:00`)).toISOString();
    expect(dues({ custody }, '2026-11-17 10:30')).toContain(
      `custodyCheck/2-301@${endOf('2026-11-10')}`,
    );
    const checked = [{ ...custody[0]!, lastCheckAt: at('2026-11-16 09:00') }];
    expect(
      dues({ custody: checked }, '2026-11-17 10:30').some((d) => d.startsWith('custodyCheck')),
    ).toBe(false);
    expect(dues({ custody: checked }, '2026-11-23 09:00')).toContain(
      `custodyCheck/2-301@${endOf('2026-11-23')}`,
    );
  });

  it('a heavy-rain alert asks for a round before the rain and one after', () => {
    const alert = rec('rainAlert', '2026-11-17 20:00', { id: 'a1' });
    const rain = (records: Rec[], now: string) =>
      dues({ custody, records: [alert, ...records] }, now).filter((d) =>
        d.startsWith('custodyRain'),
      );
    expect(rain([], '2026-11-17 10:30')).toEqual([`custodyRain/before@${at('2026-11-17 20:00')}`]);
    const before = rec('custodyRain', '2026-11-17 15:00', { alertId: 'a1', phase: 'before' });
    expect(rain([before], '2026-11-18 09:00')).toEqual([
      `custodyRain/after@${new Date(Date.parse('2026-11-18T23:59:59.999+08:00')).toISOString()}`,
    ]);
    const after = rec('custodyRain', '2026-11-18 15:00', { alertId: 'a1', phase: 'after' });
    expect(rain([before, after], '2026-11-18 16:00')).toEqual([]);
    // With no unit in custody nothing is asked.
    expect(
      dues({ records: [alert] }, '2026-11-17 10:30').some((d) => d.startsWith('custodyRain')),
    ).toBe(false);
  });
});

describe('a desk that keeps no site ledgers', () => {
  it('is asked for nothing but its custody checks', () => {
    const custody = [{ moveInId: 'm1', unitCode: '2-301', startAt: at('2026-11-03 10:00') }];
    const fresh: SiteFacts = { ...none };
    delete fresh.keptSince;
    const items = siteDues(
      {
        ...fresh,
        custody,
        vacantUnitCodes: ['1-101'],
        handoverLogs: [{ id: 'h1', no: 'JB-1', closedAt: at('2026-11-10 08:00') }],
      },
      at('2026-11-30 10:30'),
    );
    expect(items.map((i) => i.kind)).toEqual(['custodyCheck']);
  });
});

describe('sign-off (签阅)', () => {
  it('an unsigned record shows a day after it was written, to the manager only', () => {
    const records = [
      rec('patrol', '2026-11-16 09:00', { signed: false }),
      rec('patrol', '2026-11-17 09:00', { signed: false }),
      rec('cleaning', '2026-11-15 09:00', { signed: true }),
    ];
    const handoverLogs = [{ id: 'h1', no: 'JB-1', closedAt: at('2026-11-16 08:00') }];
    const items = siteDues({ ...none, records, handoverLogs }, at('2026-11-17 10:30')).filter(
      (d) => d.kind === 'signoff',
    );
    expect(items.map((i) => `${i.detail}/${i.recordId}`)).toEqual([
      'patrol/patrol-2026-11-16 09:00',
      'handoverLog/h1',
    ]);
    expect(boardForRole(items, 'supervisor')).toEqual([]);
    expect(boardForRole(items, 'manager')).toHaveLength(2);
  });
});

describe('checklists', () => {
  it('scores the share passed, rounded half up', () => {
    expect(checklistScore([])).toBeNull();
    expect(checklistScore([{ ok: true }, { ok: true }, { ok: false }])).toBe(67);
    expect(checklistScore([{ ok: true }, { ok: false }])).toBe(50);
    expect(checklistScore(Array.from({ length: 8 }, (_, i) => ({ ok: i !== 0 })))).toBe(88);
  });

  it('a failed item must say what was wrong; a patrol needs its route', () => {
    const bad = siteCheckSchema.safeParse({
      kind: 'cleaning',
      at: at('2026-11-17 09:00'),
      inspector: '李主管',
      checklist: [{ item: '大堂', ok: false }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toContain('不合格项请写明问题');
    const patrol = siteCheckSchema.safeParse({
      kind: 'patrol',
      at: at('2026-11-17 09:00'),
      inspector: '王',
    });
    expect(patrol.error?.issues.map((i) => i.message)).toContain('请填写巡查路线');
    const photo = siteCheckSchema.safeParse({
      kind: 'dailyLog',
      at: at('2026-11-17 09:00'),
      inspector: '王',
      summary: '正常',
      photos: ['data:text/html;base64,PHNjcmlwdD4='],
    });
    expect(photo.success).toBe(false);
  });
});

describe('the month of site ledgers (monthly review)', () => {
  it('counts patrols, findings sent on, average scores, signed records', () => {
    const f = siteMonthFigures(
      [
        {
          id: '1',
          kind: 'patrol',
          at: at('2026-11-02 09:00'),
          findings: [{ workOrderId: 'w' }, {}],
          signed: true,
        },
        { id: '2', kind: 'patrol', at: at('2026-11-02 15:00'), signed: false },
        { id: '3', kind: 'patrol', at: at('2026-10-31 23:30'), signed: true },
        { id: '4', kind: 'cleaning', at: at('2026-11-03 09:00'), score: 83, signed: true },
        { id: '5', kind: 'cleaning', at: at('2026-11-04 09:00'), score: 100, signed: true },
        {
          id: '6',
          kind: 'vacantClean',
          at: at('2026-11-04 09:00'),
          unitCodes: ['1-101', '1-102'],
          signed: false,
        },
        { id: '7', kind: 'rainAlert', at: at('2026-11-05 09:00'), signed: false },
      ],
      '2026-11',
    );
    expect(f).toMatchObject({
      patrols: 2,
      patrolDays: 1,
      findings: 2,
      findingsToOrders: 1,
      vacantUnitsCleaned: 2,
      signable: 5,
      signed: 3,
    });
    expect(f.inspections.cleaning).toEqual({ count: 2, averageScore: 92 });
    expect(f.inspections.greenery).toEqual({ count: 0, averageScore: null });
  });
});
