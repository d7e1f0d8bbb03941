import { describe, expect, it } from 'vitest';
import { buildMonthlyReport } from '../../../renderer/src/features/review/print/monthlyReportTemplate';
import { makeCodeLabel } from '../../../renderer/src/features/review/print/reviewLabels';
import { makeMonthlyReview } from '../../fixtures/monthlyReview';
import { withChromium } from '../lifecycle';
import { PAPER, printChecked } from '../pdfChecks';

const browser = withChromium();

const label = makeCodeLabel({
  department: (c) => ({ engineering: '工程部', security: '保安部' })[c],
  feeItem: (c) =>
    ({
      renovation_deposit_contractor: '装修保证金（施工单位）',
      maintenance_fee: '维护费',
      paid_service: '有偿服务费',
    })[c],
});

describe('monthly report (月度报告) printed to PDF', () => {
  it('A4 portrait, one section a page, the estate, the month and the fixture figures', async () => {
    const doc = buildMonthlyReport(makeMonthlyReview(), {
      label,
      printedAt: '2026-11-02T01:30:00.000Z',
    });
    const pdf = await printChecked(browser(), doc.html, 'monthly-report', PAPER.A4);
    expect(pdf.png).toMatch(/monthly-report\.png$/);
    expect(pdf.pages).toBeGreaterThanOrEqual(5);
    const text = pdf.flat;
    expect(text).toContain('阳光花园2026年10月月度报告');
    // Overview: complaints 17 / 21 / 25; money received in yuan; deposits held.
    expect(text).toContain('投诉受理172125');
    expect(text).toContain('收款金额45,678.9039,012.5027,500.00');
    expect(text).toContain('在押装修保证金22,040.0022,040.0022,040.00');
    // 有效投诉率: 12 valid ÷ 1,600 households = 0.75 %, held below 1 %.
    expect(text).toContain('有效投诉率0.75%12/1600<1%0.63%0%');
    expect(text).toContain('入住户数160016001600');
    // The desk's four rates with counts and targets: 12/17 = 70.6 %, no target for it.
    expect(text).toContain('投诉有效率70.6%12/17不设目标47.6%0%');
    expect(text).toContain('处理及时率87.5%14/1695%90%—');
    expect(text).toContain('满意率86.7%13/1590%93.8%—');
    expect(text).toContain('类别：一类9139');
    expect(text).toContain('部门：工程部888');
    expect(text).toContain('维修按类型');
    expect(text).toContain('回访覆盖率94.4%（51/54）85.1%（40/47）94.4%（51/54）');
    expect(text).toContain('项目：有偿服务费29,578.9029,578.9029,578.90');
    expect(text).toContain('方式：微信35,000.00');
    expect(text).toContain('其中超过3天444');
    // Bar labels are text in the PDF too (the charts are not pictures).
    expect(text).toContain('70.6%');
    expect(text).toContain('14020.00');
  });
});
