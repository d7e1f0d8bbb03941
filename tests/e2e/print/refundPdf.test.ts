import { describe, expect, it } from 'vitest';
import { buildRefundVoucher } from '../../../renderer/src/features/money/print/refundTemplate';
import { makePrintableReceipt, makePrintableRefund, PROFILE } from '../../fixtures/printables';
import { withChromium } from '../lifecycle';
import { expectEachTimes, PAPER, printChecked } from '../pdfChecks';

const browser = withChromium();

describe('refund voucher (退款凭证) printed to PDF', () => {
  it('half-A4: two copies, the original number, collected/deducted/refunded, 大写', async () => {
    const doc = buildRefundVoucher(makePrintableRefund(), PROFILE, {
      paper: 'half-A4',
      original: makePrintableReceipt(),
    });
    const pdf = await printChecked(browser(), doc.html, 'refund-half-a4', {
      pages: 1,
      ...PAPER.halfA4,
    });
    const text = pdf.flat;
    expectEachTimes(
      text,
      [
        'TK2026-000045',
        'SJ2026-000123',
        '南京美家装饰工程有限公司',
        '3-1-1201',
        '玖佰陆拾元整',
        '¥960.00',
      ],
      2,
    );
    expect(text).toContain('装修保证金（施工单位）1,000.00100.00900.00');
    expect(text).toContain('出入证押金80.0020.0060.00');
    expect(text).toContain('遗失出入证1张100.00');
    const raw = pdf.flatRaw;
    expect(raw).toContain('第一联记账');
    expect(raw).toContain('第二联领款人');
  });

  it('241×93: one part, voided shows 作废', async () => {
    const refund = makePrintableRefund({
      status: 'void',
      voidedAt: '2026-04-20T08:00:00.000Z',
      voidReason: '退款方式选错',
    });
    const doc = buildRefundVoucher(refund, PROFILE, { paper: '241x93' });
    const pdf = await printChecked(browser(), doc.html, 'refund-241x93-void', {
      pages: 1,
      ...PAPER.continuous241,
    });
    const raw = pdf.flatRaw;
    expect(raw).toContain('TK2026-000045');
    expect(raw).toContain('玖佰陆拾元整');
    expect(raw).toContain('作废');
    expect(raw).toContain('退款方式选错');
  });
});
