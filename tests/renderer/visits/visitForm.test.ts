import { describe, expect, it } from 'vitest';
import {
  newVisitValues,
  toVisitInput,
  visitFormSchema,
} from '../../../renderer/src/features/visits/visitForm';
import { buildVisitRecord } from '../../../renderer/src/features/visits/print/visitRecordTemplate';
import type { VisitRecordRecord } from '../../../renderer/src/db/records';
import { stamps } from '../../fixtures/money';

const messages = (input: unknown) => {
  const r = visitFormSchema().safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('the visit form', () => {
  it('opens on today (the pinned office date) for the signed-in visitor', () => {
    const v = newVisitValues('meeting', 'op-1');
    expect(v).toMatchObject({ kind: 'meeting', date: '2026-11-17', visitorId: 'op-1' });
  });

  it('turns each non-empty line of 提出的问题 into one issue', () => {
    const v = { ...newVisitValues('area', 'op-1'), issuesText: ' 楼道灯不亮 \n\n电梯异响\n' };
    expect(toVisitInput(v).issues).toEqual(['楼道灯不亮', '电梯异响']);
    expect(toVisitInput(v)).not.toHaveProperty('issuesText');
  });

  it('shows the domain rules at the fields, the date rule on today included', () => {
    const base = toVisitInput({ ...newVisitValues('area', 'op-1'), notes: '走访' });
    expect(messages(base)).toEqual(['unitCode:请选择拜访的房号']);
    expect(messages({ ...base, unitCode: '1-1-101', date: '2026-11-18' })).toEqual([
      'date:拜访日期不能晚于今天',
    ]);
    const meeting = toVisitInput({ ...newVisitValues('meeting', 'op-1'), notes: '纪要' });
    expect(messages(meeting)).toEqual(['place:请填写座谈会地点', 'attendees:请填写参会人数']);
  });
});

const record = (over: Partial<VisitRecordRecord> = {}): VisitRecordRecord => ({
  id: 'v1',
  ...stamps('2026-11-17T02:30:00.000Z', 'op-1'),
  no: 'BF2026-0001',
  kind: 'area',
  date: '2026-11-17',
  month: '2026-11',
  visitorId: 'op-1',
  visitorName: '王物管',
  unitId: 'u1',
  unitCode: '1-1-101',
  area: '1',
  household: '唐晓东',
  notes: '住户反映整体满意',
  issues: [{ key: 'k1', text: '楼道灯不亮', enquiryId: 'e1', enquiryNo: 'ZXD2026-000001' }],
  recordedByName: '张经理',
  printCount: 0,
  terms: [],
  ...over,
});

describe('the 拜访记录 / 座谈会纪要 printout', () => {
  it('prints a visit with its issues and the enquiry each became', () => {
    const doc = buildVisitRecord(record(), { name: '阳光花园' });
    expect(doc.html).toContain('拜访记录');
    expect(doc.html).toContain('1-1-101');
    expect(doc.html).toContain('楼道灯不亮（已转咨询 ZXD2026-000001）');
    expect(doc.html).not.toContain('住户座谈会纪要');
  });

  it('prints a meeting as 住户座谈会纪要 with place and attendees', () => {
    const doc = buildVisitRecord(
      record({ kind: 'meeting', place: '会所二楼', attendees: 18, issues: [], notes: '讨论停车' }),
      { name: '阳光花园' },
    );
    expect(doc.html).toContain('住户座谈会纪要');
    expect(doc.html).toContain('会所二楼');
    expect(doc.html).toContain('18');
  });
});
