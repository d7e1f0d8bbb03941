/**
 * A receipt printed in each desk language (issue 16), as PDF through Chromium and read back
 * with pdftotext: 繁體中文 prints its words and the amount in traditional 大寫; English prints
 * its words and the amount in figures, and keeps the Chinese 大写 line (a receipt is a legal
 * document in mainland China, whatever language the desk reads).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../renderer/src/i18n';
import { buildReceipt } from '../../../renderer/src/features/money/print/receiptTemplate';
import { makePrintableReceipt, PROFILE } from '../../fixtures/printables';
import { renderPdf, renderPng, squash } from '../pdf';
import { withChromium } from '../lifecycle';

const browser = withChromium();

// 12,345.67 元: every digit that differs between simplified and traditional capitals (贰叁陆万).
const receipt = () =>
  makePrintableReceipt({
    totalFen: 1_234_567,
    // Without a stored label the purpose prints in the desk language.
    source: { kind: 'renovation', id: 'zx-1', label: '' },
    lines: [
      {
        code: 'service',
        name: '有偿服务费',
        quantity: 1,
        unitFen: 1_234_567,
        amountFen: 1_234_567,
        refundable: false,
      },
    ],
  });

describe('receipt printed in the desk language', () => {
  afterEach(() => setLanguage('zh-CN'));

  it('繁體中文: traditional words and 大寫', async () => {
    setLanguage('zh-TW');
    const doc = buildReceipt(receipt(), PROFILE, { paper: 'half-A4' });
    const pdf = await renderPdf(browser(), doc.html, 'i18n-receipt-zh-TW');
    renderPng(pdf.path);
    const text = squash(pdf.text);
    expect(text).toContain('收據');
    expect(text).toContain('合計人民幣（大寫）：壹萬貳仟參佰肆拾伍元陸角柒分');
    expect(text).toContain('收款單位（蓋章）');
    expect(text).not.toContain('贰');
    expect(text).not.toContain('收据');
    expect(squash(pdf.raw)).toContain('第一聯存根');
  });

  it('English: English words, figures, and the Chinese 大写 line kept', async () => {
    setLanguage('en');
    const doc = buildReceipt(receipt(), PROFILE, { paper: 'half-A4' });
    const pdf = await renderPdf(browser(), doc.html, 'i18n-receipt-en');
    renderPng(pdf.path);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('RECEIPT');
    expect(text).toContain('Received from');
    expect(text).toContain('¥12,345.67');
    expect(squash(pdf.text)).toContain('TotalRMB(inChinesecapitals):壹万贰仟叁佰肆拾伍元陆角柒分');
    expect(squash(pdf.raw)).toContain('Part1Stub');
    // No Chinese printed by the template itself: what is left is data (names, items) and 大写.
    const chinese = squash(pdf.text)
      .replace(/壹万贰仟叁佰肆拾伍元陆角柒分/g, '')
      .replace(/有偿服务费|南京美家装饰工程有限公司|阳光花园物业服务中心(财务专用章)?|王前台/g, '')
      .match(/[\u4e00-\u9fff]+/g);
    expect(chinese).toBeNull();
  });
});
