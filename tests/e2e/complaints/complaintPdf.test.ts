import { describe, expect, it } from 'vitest';
import { summarizeMonth } from '@shared/domain/complaintMonthly';
import type { CaseRecord } from '../../../renderer/src/db/records';
import { buildDispatchForm } from '../../../renderer/src/features/complaints/print/complaintDispatchTemplate';
import { buildMonthlyForm } from '../../../renderer/src/features/complaints/print/complaintMonthlyTemplate';
import { PROFILE } from '../../fixtures/printables';
import { withChromium } from '../lifecycle';
import { mmToPt } from '../pdf';
import { expectAll, printChecked } from '../pdfChecks';
import { stamps } from '../../fixtures/money';
import { builder } from '../../fixtures/builder';

const browser = withChromium();

const departmentName = (code: string | undefined) =>
  ({ engineering: '工程部', cleaning: '保洁' })[code ?? ''] ?? '';

const makeCase = builder<CaseRecord>(() => ({
  id: 'c-1',
  ...stamps('2026-04-30T07:00:00.000Z', 'clerk-1'),
  no: 'TS-202604-0007',
  kind: 'complaint',
  status: 'dispatched',
  channel: 'phone',
  receivedAt: '2026-04-30T07:00:00.000Z',
  month: '2026-04',
  receiverName: '王前台',
  ownerId: 'clerk-1',
  ownerName: '王前台',
  customerName: '张三<b>',
  customerPhone: '13812345678',
  unitCode: '3-1-1201',
  content: '12 楼楼道灯坏了三天，晚上回家很不方便。',
  category: 'class1',
  severity: 'major',
  valid: true,
  department: 'engineering',
  dispatches: [
    {
      at: '2026-04-30T07:10:00.000Z',
      department: 'engineering',
      byName: '王前台',
      action: '更换灯管及镇流器',
      dueBy: '2026-05-06T04:00:00.000Z',
    },
  ],
  revisits: [],
  history: [],
  terms: [],
}));

describe('complaint forms as PDF', () => {
  it('prints the 客户建议/投诉处理记录表 on one A4 page, escaped', async () => {
    const doc = buildDispatchForm(makeCase(), PROFILE, {
      departmentName,
      fixDue: '2026-05-06T07:00:00.000Z',
      printedAt: '2026-04-30T07:20:00.000Z',
      grade: 'vip',
    });
    expect(doc.html).toContain('张三&lt;b&gt;');
    const pdf = await printChecked(browser(), doc.html, 'complaint-dispatch', { pages: 1 });
    expect(Math.round(pdf.widthPt)).toBe(Math.round(mmToPt(210)));
    expectAll(pdf.flat + pdf.flatRaw, [
      '客户建议/投诉处理记录表',
      'TS-202604-0007',
      '2026-04-3015:00',
      '张三<b>（VIP）',
      '一类（物业管理服务不到位）',
      '重大',
      '工程部',
      '2026-05-0615:00',
      '更换灯管及镇流器',
      '2026-05-0612:00',
      '部门负责人签字',
    ]);
  });

  it('prints the monthly summary with counts, rates and the case list', async () => {
    const cases = [
      makeCase({
        receivedAt: '2026-05-03T02:00:00.000Z',
        month: '2026-05',
        no: 'TS-202605-0001',
        closedAt: '2026-05-04T02:00:00.000Z',
        closedOnTime: true,
        status: 'revisited',
        revisitDueAt: '2026-05-11T02:00:00.000Z',
        revisits: [
          {
            at: '2026-05-06T02:00:00.000Z',
            method: 'phone',
            satisfaction: 'satisfied',
            comment: '',
            signed: true,
            signedName: '张三',
            byName: '王前台',
          },
        ],
      }),
      makeCase({
        id: 'c-2',
        no: 'TS-202605-0002',
        receivedAt: '2026-05-10T02:00:00.000Z',
        month: '2026-05',
        channel: 'visit',
        category: 'class2',
        severity: 'general',
        valid: false,
        department: 'cleaning',
        customerName: '李四',
        status: 'open',
      }),
    ];
    const summary = summarizeMonth(cases, '2026-05', 'complaint');
    const doc = buildMonthlyForm(summary, cases, PROFILE, {
      departmentName,
      printedAt: '2026-06-01T02:00:00.000Z',
    });
    const pdf = await printChecked(browser(), doc.html, 'complaint-monthly', { pages: 1 });
    expectAll(pdf.flat + pdf.flatRaw, [
      '投诉情况月度汇总单',
      '2026-05',
      '受理总数：2',
      '投诉有效率50%1/2',
      '处理及时率100%1/1',
      '回访率100%1/1',
      '满意率100%1/1',
      'TS-202605-0002',
      '李四',
      '保洁',
    ]);
  });
});
