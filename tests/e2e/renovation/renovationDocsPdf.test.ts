import { describe, expect, it } from 'vitest';
import { DEFAULT_RENOVATION_AGREEMENT, type HotWorkPermit } from '@shared/domain/renovationDocs';
import { buildAcceptanceForm } from '../../../renderer/src/features/renovation/print/renovationAcceptanceTemplate';
import { buildAgreement } from '../../../renderer/src/features/renovation/print/renovationAgreementTemplate';
import {
  buildHotWorkPermit,
  hotWorkQrText,
} from '../../../renderer/src/features/renovation/print/renovationHotWorkTemplate';
import { buildRectificationNotice } from '../../../renderer/src/features/renovation/print/renovationNoticeTemplate';
import { qrDataUrls } from '../../../renderer/src/features/renovation/print/renovationQr';
import { PROFILE } from '../../fixtures/printables';
import { withChromium } from '../lifecycle';
import { expectAll, PAPER, printChecked } from '../pdfChecks';

const browser = withChromium();

const JOB = {
  no: 'ZX2026-0012',
  permitNo: 'XK2026-0007',
  unitCode: '3-1-1201',
  ownerName: '李四',
  ownerPhone: '13800002222',
  contractorName: '美家装饰<工程>有限公司',
  contractorLeader: '王工',
  contractorPhone: '13900001111',
  plannedStart: '2026-11-23',
  plannedEnd: '2027-01-20',
  permitValidUntil: '2027-01-31',
  workingHours: '08:00-12:00，14:00-18:00',
  workItems: '水电改造、铺地砖、吊顶',
};

describe('renovation forms printed to PDF', () => {
  it('动火许可证 on A5: place, window, person, precautions, approver and QR', async () => {
    const permit: HotWorkPermit = {
      no: 'XK2026-0007-DH1',
      place: '厨房阳台',
      from: '2026-11-25T09:00',
      until: '2026-11-25T11:30',
      person: '赵焊工',
      guardian: '王工',
      precautions: '配备灭火器 2 具，清除易燃物',
      approverName: '张主管',
      issuedAt: '2026-11-24T02:00:00.000Z',
    };
    const qr = await qrDataUrls([hotWorkQrText(JOB, permit)]);
    const doc = buildHotWorkPermit(JOB, permit, PROFILE, qr);
    expect(doc.kind).toBe('hotWorkPermit');
    expect(doc.html).toContain('<img src="data:image/png;base64,');
    const { flat } = await printChecked(browser(), doc.html, 'reno-hotwork', {
      pages: 1,
      widthMm: PAPER.A5.widthMm,
    });
    expectAll(flat, [
      '动火许可证',
      'XK2026-0007-DH1',
      '厨房阳台',
      '2026-11-2509:00至2026-11-2511:30',
      '赵焊工',
      '配备灭火器2具，清除易燃物',
      '张主管',
      '美家装饰<工程>有限公司',
    ]);
  });

  it('装修管理协议 on A4 with the settings text filled from the job', async () => {
    const doc = buildAgreement(JOB, DEFAULT_RENOVATION_AGREEMENT, PROFILE);
    expect(doc.kind).toBe('renovationAgreement');
    const { flat } = await printChecked(browser(), doc.html, 'reno-agreement', {
      pages: 1,
      widthMm: PAPER.A4.widthMm,
    });
    expect(flat).toContain('装修管理协议');
    expect(flat).toContain('施工期限为2026-11-23至2027-01-20');
    expect(flat).toContain('就3-1-1201室内装修事宜');
    expect(flat).toContain('甲方：阳光花园物业服务中心');
    expect(flat).not.toContain('{房号}');

    const own = buildAgreement(
      JOB,
      { title: '阳光花园装修协议', text: '第一条 {业主} 保证不破坏 {未知} 结构。\n第二条 其他。' },
      PROFILE,
    );
    const ownFlat = (await printChecked(browser(), own.html, 'reno-agreement-own')).flat;
    expect(ownFlat).toContain('阳光花园装修协议');
    expect(ownFlat).toContain('第一条李四保证不破坏{未知}结构。');
  });

  it('整改通知书 on A5 landscape with the penalty in figures and capitals', async () => {
    const doc = buildRectificationNotice(
      JOB,
      {
        at: '2026-12-01T03:00:00.000Z',
        inspector: '巡查员小陈',
        findings: '擅自拆改厨房<承重墙>',
        rectification: '立即停工，恢复原状',
        penaltyFen: 50_000,
      },
      2,
      PROFILE,
    );
    const { flat } = await printChecked(browser(), doc.html, 'reno-notice', {
      pages: 1,
      widthMm: PAPER.A4.widthMm,
    });
    expectAll(flat, [
      '整改通知书',
      'ZX2026-0012-ZG2',
      '擅自拆改厨房<承重墙>',
      '立即停工，恢复原状',
      '¥500.00（伍佰元整）',
      '伍佰元整',
      '巡查员小陈',
    ]);
  });

  it('装修验收单 on A4: blank boxes before, the result after', async () => {
    const blank = buildAcceptanceForm(JOB, { scheduledFor: '2027-01-22' }, PROFILE);
    const { flat } = await printChecked(browser(), blank.html, 'reno-acceptance', { pages: 1 });
    expect(flat).toContain('装修验收单');
    expect(flat).toContain('ZX2026-0012');
    expect(flat).toContain('主体结构、承重墙未拆改');
    expect(flat).toContain('□验收通过');

    const done = buildAcceptanceForm(
      JOB,
      { scheduledFor: '2027-01-22', passed: false, inspector: '张主管', notes: '卫生间闭水未做' },
      PROFILE,
    );
    const doneFlat = (await printChecked(browser(), done.html, 'reno-acceptance-done')).flat;
    expect(doneFlat).toContain('验收结论：不通过，安排复验');
    expect(doneFlat).toContain('卫生间闭水未做');
    expect(doneFlat).toContain('物业验收人：张主管');
  });
});
