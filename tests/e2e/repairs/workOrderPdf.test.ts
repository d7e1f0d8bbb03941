import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { buildChargeNotice } from '../../../renderer/src/features/repairs/print/chargeNoticeTemplate';
import { buildWorkOrder } from '../../../renderer/src/features/repairs/print/workOrderTemplate';
import { PROFILE } from '../../fixtures/printables';
import { makePrintableWorkOrder } from '../../fixtures/workOrders';
import { withChromium } from '../lifecycle';
import { expectAll, PAPER, printChecked } from '../pdfChecks';

const browser = withChromium();

/** A paid cleaning (有偿服务), paid for. */
const PAID_CLEANING = { kind: 'paidService', serviceType: 'cleaning', paid: true } as const;

describe('work order (派工单) printed to PDF', () => {
  it('A5 portrait, one page: the intake, an empty result part and the QR of the number', async () => {
    const qrDataUrl = await QRCode.toDataURL('WX-202611-0007', { margin: 0 });
    const doc = buildWorkOrder(makePrintableWorkOrder(), PROFILE, { qrDataUrl });
    const pdf = await printChecked(browser(), doc.html, 'work-order-a5', { pages: 1, ...PAPER.A5 });
    expectAll(pdf.flat, [
      '维修派工单',
      'WX-202611-0007',
      '2026-11-2309:30',
      '3-1-1201',
      '13800138000',
      '厨房水龙头漏水',
      '工程部',
      '2026-11-2314:00',
      '客户签字',
      '□满意□基本满意□不满意',
    ]);
    expect(doc.html).toContain('<img class="qr" src="data:image/png;base64,');
  });

  it('a paid emergency service with its result, and user text escaped', async () => {
    const doc = buildWorkOrder(
      makePrintableWorkOrder({
        ...PAID_CLEANING,
        urgency: 'emergency',
        contactName: '<b>李四</b>',
        workDone: '全屋保洁完成',
        worker: '陈阿姨',
        chargeFen: 12_000,
      }),
      PROFILE,
      { qrDataUrl: 'javascript:alert(1)' },
    );
    expect(doc.html).not.toContain('<b>李四');
    expect(doc.html).not.toContain('javascript:');
    const pdf = await printChecked(browser(), doc.html, 'work-order-service');
    expectAll(pdf.flat, ['有偿服务派工单', '紧急抢修', '保洁', '<b>李四</b>', '120.00', '陈阿姨']);
  });
});

describe('charge notice (缴费通知单) printed to PDF', () => {
  it('half A4: amount in figures and capitals, the customer and the office', async () => {
    const doc = buildChargeNotice(
      makePrintableWorkOrder({
        ...PAID_CLEANING,
        workDone: '全屋保洁 3 小时',
        chargeFen: 12_050,
      }),
      PROFILE,
      '2026-11-23T06:00:00.000Z',
    );
    const pdf = await printChecked(browser(), doc.html, 'charge-notice-half-a4', {
      pages: 1,
      ...PAPER.halfA4,
    });
    expectAll(pdf.flat, [
      '缴费通知单',
      'WX-202611-0007',
      '尊敬的张三',
      '全屋保洁3小时',
      '壹佰贰拾元伍角',
      '¥120.50',
      '2026-11-23',
      '阳光花园物业服务中心财务专用章',
    ]);
  });
});
