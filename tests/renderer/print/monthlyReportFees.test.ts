import { describe, expect, it } from 'vitest';
import { buildMonthlyReport } from '../../../renderer/src/features/review/print/monthlyReportTemplate';
import { makeCodeLabel } from '../../../renderer/src/features/review/print/reviewLabels';
import { makeFeeReview } from '../../fixtures/feeReview';
import { makeMonthlyReview } from '../../fixtures/monthlyReview';

const PRINTED_AT = '2026-11-02T01:30:00.000Z';

/** The text of the report's 物业费及欠费 section, tags stripped, spaces folded. */
function feeSectionText(review = makeFeeReview()): string {
  const html = buildMonthlyReport(review, { label: makeCodeLabel(), printedAt: PRINTED_AT }).html;
  const section = /<section data-section="fees">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return section
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('monthly report: 物业费及欠费 (issue 18)', () => {
  it('prints the 收费率 of the month and of past arrears, without fen counts', () => {
    const text = feeSectionText();
    expect(text).toContain('物业费及欠费');
    expect(text).toContain('本月应收（元） 300.00');
    expect(text).toContain('其中月末已收（元） 125.00');
    expect(text).toContain('本月收费率 41.7%');
    expect(text).toContain('月初往期欠费（元） 100.00');
    expect(text).toContain('往期欠费收缴率 0%');
    expect(text).not.toContain('12500/30000');
  });

  it('prints the arrears by age band and by building, and the 重大欠费 list', () => {
    const text = feeSectionText();
    expect(text).toContain('月末欠费（元） 275.00');
    expect(text).toContain('账龄 1 个月（元） 175.00');
    expect(text).toContain('账龄 7–12 个月（元） 100.00');
    expect(text).toContain('账龄 12 个月以上（元） 0.00');
    expect(text).toContain('楼栋 1（元） 75.00');
    expect(text).toContain('楼栋 2（元） 200.00');
    expect(text).toContain('重大欠费（1 户，合计 200.00 元）');
    expect(text).toMatch(/2-1-201 2 200\.00 9/);
    // The age chart lists the five bands in their order.
    const html = buildMonthlyReport(makeFeeReview(), {
      label: makeCodeLabel(),
      printedAt: PRINTED_AT,
    }).html;
    expect(html).toContain('data-chart="fees-age"');
    expect(html).toContain('data-chart="fees-building"');
  });

  it('reads a month without bills as — and says there are no major arrears', () => {
    const text = feeSectionText(makeMonthlyReview());
    expect(text).toContain('本月收费率 — — —');
    expect(text).toContain('本月无重大欠费');
  });
});
