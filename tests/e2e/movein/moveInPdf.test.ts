import { describe, expect, it } from 'vitest';
import type { HandoverRecord, MoveInRecord } from '../../../renderer/src/db/records';
import { buildHandoverSheet } from '../../../renderer/src/features/handover/print/handoverTemplate';
import {
  buildInspectionSheet,
  buildKeyList,
  buildResidentRegistration,
} from '../../../renderer/src/features/movein/print/moveInTemplates';
import { PROFILE } from '../../fixtures/printables';
import { withChromium } from '../lifecycle';
import { expectAll, PAPER, printChecked } from '../pdfChecks';
import { builder } from '../../fixtures/builder';

const browser = withChromium();

const base = {
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
  createdBy: 'c1',
  updatedBy: 'c1',
};

const makeMoveIn = builder<MoveInRecord>(() => ({
  ...base,
  id: 'm1',
  unitId: 'u1',
  unitCode: '3-1-1201',
  applicantKind: 'agent',
  applicantName: '王业主',
  applicantPhone: '13812345678',
  agentName: '李代办',
  documents: [],
  agreements: [],
  handedItems: [],
  keysHanded: 3,
  registrationFilled: true,
  meters: { water: 12.5, power: 345, gas: 8 },
  metersConfirmed: true,
  defects: [
    {
      id: 'd1',
      point: '窗户及玻璃',
      description: '次卧窗玻璃裂纹',
      workOrderId: 'w1',
      workOrderNo: 'WX-202611-0004',
      fixedAt: '2026-11-22T03:00:00.000Z',
    },
  ],
  secondInspectionAt: '2026-11-22T03:00:00.000Z',
  status: 'completed',
  completedAt: '2026-11-20T16:30:00.000Z',
  terms: [],
}));

async function onePageA4(html: string, name: string) {
  return (await printChecked(browser(), html, name, { pages: 1, ...PAPER.A4 })).flat;
}

describe('move-in forms printed to PDF', () => {
  it('prints the 住户登记表 with the applicant filled in and room to write', async () => {
    const text = await onePageA4(
      buildResidentRegistration(makeMoveIn(), PROFILE).html,
      'movein-registration',
    );
    expectAll(text, ['住户登记表', '3-1-1201', '王业主', '委托代办', '李代办', '13812345678']);
    // Handed over at 00:30 on the 21st office time, not the 20th (UTC).
    expect(text).toContain('2026-11-21');
    expect(text).toContain('常住人员');
    expect(text).toContain('紧急联系人');
    expect(text).toContain('住户签名');
  });

  it('prints the 房屋质量验收登记表 with every point, the defect, its work order and the readings', async () => {
    const text = await onePageA4(
      buildInspectionSheet(makeMoveIn(), PROFILE).html,
      'movein-inspection',
    );
    expect(text).toContain('房屋质量验收登记表');
    expectAll(text, ['入户门及门锁', '对讲门禁', '次卧窗玻璃裂纹', 'WX-202611-0004', '已修复']);
    // Seven points passed, one had the defect.
    expect(text.split('合格').length - 1).toBe(7);
    expect(text).toContain('水表12.5');
    expect(text).toContain('电表345');
    expect(text).toContain('燃气表8');
    expect(text).toContain('3把');
    expect(text).toContain('2026-11-22');
  });

  it('prints the key list with the count back at move-out, and escapes names', async () => {
    const doc = buildKeyList(makeMoveIn({ applicantName: '<b>赵</b>' }), PROFILE, {
      count: 2,
      at: '2027-03-01T02:00:00.000Z',
    });
    expect(doc.html).not.toContain('<b>赵');
    const text = await onePageA4(doc.html, 'movein-keys');
    expect(text).toContain('客户领用钥匙及配制情况表');
    expect(text).toContain('<b>赵</b>');
    expect(text).toContain('入户门钥匙');
    expect(text).toContain('2027-03-01');
  });
});

const makeHandover = builder<HandoverRecord>(() => ({
  ...base,
  id: 'h1',
  no: 'JB-202611-0012',
  status: 'closed',
  fromId: 'c1',
  fromName: '王前台',
  toName: '李前台',
  openedAt: '2026-11-23T00:00:00.000Z',
  closedAt: '2026-11-23T08:05:00.000Z',
  items: [
    {
      id: 'i1',
      text: '3-1-1201 漏水待工程部回复',
      createdAt: '2026-11-22T02:00:00.000Z',
      createdByName: '张前台',
      acknowledged: true,
      carriedFrom: 'JB-202611-0011',
    },
    {
      id: 'i2',
      text: '快递柜门坏',
      createdAt: '2026-11-23T02:00:00.000Z',
      createdByName: '王前台',
      acknowledged: false,
      closedAt: '2026-11-23T05:00:00.000Z',
      closedByName: '王前台',
      closeNote: '已修好',
    },
  ],
  equipment: [
    { name: '电脑', ok: true },
    { name: '打印机', ok: false, note: '卡纸，已报修' },
  ],
  log: '上午巡查正常。\n下午业主来访两次。',
  cashFen: 123_450,
}));

describe('shift handover sheet printed to PDF', () => {
  it('prints items with their state, equipment, cash and the log on one A4 page', async () => {
    const text = await onePageA4(
      buildHandoverSheet(makeHandover(), PROFILE).html,
      'handover-sheet',
    );
    expectAll(text, [
      '交接班记录',
      'JB-202611-0012',
      '王前台',
      '李前台',
      '2026-11-2316:05',
      '1,234.50',
      '3-1-1201漏水待工程部回复（自JB-202611-0011）',
      '已办结王前台已修好',
      '卡纸，已报修',
      '下午业主来访两次。',
      '接班人签名',
    ]);
  });
});
