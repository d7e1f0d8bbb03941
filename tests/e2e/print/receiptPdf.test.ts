import { describe, expect, it } from 'vitest';
import { buildReceipt } from '../../../renderer/src/features/money/print/receiptTemplate';
import { makePrintableReceipt, PROFILE } from '../../fixtures/printables';
import { withChromium } from '../lifecycle';
import { expectEachTimes, PAPER, printChecked } from '../pdfChecks';

const browser = withChromium();

/** The facts each part of the receipt carries. */
const FACTS = [
  'SJ2026-000123',
  '南京美家装饰工程有限公司',
  '3-1-1201',
  '¥1,400.00',
  '壹仟肆佰元整',
];

describe('receipt (收据) printed to PDF', () => {
  it('half-A4: three parts 存根/收据/记账 on one 210×148.5 mm page, every fact on each', async () => {
    const doc = buildReceipt(makePrintableReceipt(), PROFILE, { paper: 'half-A4' });
    const pdf = await printChecked(browser(), doc.html, 'receipt-half-a4', {
      pages: 1,
      ...PAPER.halfA4,
    });
    const text = pdf.flat;
    expectEachTimes(text, FACTS, 3);
    expect(text).toContain('装修保证金（施工单位）11,000.001,000.00');
    expect(text).toContain('出入证押金420.0080.00');
    const raw = pdf.flatRaw;
    for (const copy of ['第一联存根', '第二联收据', '第三联记账']) expect(raw).toContain(copy);
    expect(text).toContain('微信');
  });

  it('241×93 mm continuous form: one part, copies named on the edge', async () => {
    const doc = buildReceipt(makePrintableReceipt(), PROFILE, { paper: '241x93' });
    const pdf = await printChecked(browser(), doc.html, 'receipt-241x93', {
      pages: 1,
      ...PAPER.continuous241,
    });
    expectEachTimes(pdf.flat, FACTS, 1);
    expect(pdf.flatRaw).toContain('①存根②收据（交缴款人）③记账');
  });

  it('voided and reprinted: 作废 stamp with the reason, 补打 with the time', async () => {
    const receipt = makePrintableReceipt({
      status: 'void',
      voidedAt: '2026-03-02T03:00:00.000Z',
      voidReason: '单位名称写错',
      lines: [
        {
          code: 'paid_service',
          name: '有偿服务费',
          quantity: 1,
          unitFen: 2_005,
          amountFen: 2_005,
          refundable: false,
        },
      ],
      totalFen: 2_005,
    });
    const doc = buildReceipt(receipt, PROFILE, {
      paper: 'half-A4',
      reprintAt: '2026-03-05T06:30:00.000Z',
    });
    const pdf = await printChecked(browser(), doc.html, 'receipt-void-reprint', { pages: 1 });
    const raw = pdf.flatRaw;
    expect(raw.split('作废').length - 1).toBe(3);
    expect(raw.split('单位名称写错·2026-03-0211:00').length - 1).toBe(3);
    expect(raw.split('补打2026-03-0514:30').length - 1).toBe(3);
    expect(raw).toContain('贰拾元零伍分');
    expect(raw).toContain('¥20.05');
  });

  it('keeps seven lines, a long payer name and a long 大写 on one page (two item columns)', async () => {
    const line = (i: number) => ({
      code: `item_${i}`,
      name: `测试收费项目${i}`,
      quantity: i,
      unitFen: 1_111 * i,
      amountFen: 1_111 * i * i,
      refundable: false,
    });
    const lines = [1, 2, 3, 4, 5, 6, 7].map(line);
    const totalFen = lines.reduce((sum, l) => sum + l.amountFen, 0) + 9_753_000;
    const receipt = makePrintableReceipt({
      lines: [
        ...lines,
        {
          ...line(8),
          name: '物业管理费（2026 年度全年）',
          quantity: 1,
          unitFen: 9_753_000,
          amountFen: 9_753_000,
        },
      ],
      totalFen,
      payerName: '南京市玄武区某某某某某某建筑装饰装修工程有限责任公司第三分公司',
      note: '含 2026 年度物业费',
    });
    for (const paper of ['half-A4', '241x93'] as const) {
      const pdf = await printChecked(
        browser(),
        buildReceipt(receipt, PROFILE, { paper }).html,
        `receipt-long-${paper}`,
      );
      expect(pdf.pages, paper).toBe(1);
      const text = pdf.flatRaw;
      expect(text).toContain('玖万玖仟零捌拾伍元肆角');
      expect(text).toContain('测试收费项目7');
    }
  });

  it('prints a hostile payer name as text, never as markup', async () => {
    const doc = buildReceipt(
      makePrintableReceipt({ payerName: '<b>李四</b><img src=x onerror=alert(1)>' }),
      PROFILE,
      {
        paper: '241x93',
      },
    );
    expect(doc.html).not.toContain('<img src=x');
    const pdf = await printChecked(browser(), doc.html, 'receipt-escaped');
    expect(pdf.flat).toContain('<b>李四</b><imgsrc=xonerror=alert(1)>');
  });
});
