import { describe, expect, it } from 'vitest';
import { rate } from '@shared/domain/rates';
import { buildMonthlyReport } from '../../../renderer/src/features/review/print/monthlyReportTemplate';
import { makeCodeLabel } from '../../../renderer/src/features/review/print/reviewLabels';
import { barChart, lineChart, niceMax } from '../../../renderer/src/print/svgCharts';
import { makeFigures, makeMonthlyReview } from '../../fixtures/monthlyReview';

const HOSTILE = '<script>alert(1)</script>"&\'';
const PRINTED_AT = '2026-11-02T01:30:00.000Z';

describe('svg charts', () => {
  it('labels every bar with its value and escapes labels', () => {
    const svg = barChart({
      id: 'c',
      categories: ['一类', HOSTILE],
      series: [
        { name: '本月', values: [9, 5] },
        { name: `上月${HOSTILE}`, values: [13, null] },
      ],
      orientation: 'vertical',
      width: 300,
      height: 200,
    }).__html;
    expect(svg.match(/<rect\s/g)?.length).toBe(3 + 2 + 4); // patterns, legend swatches, bars
    for (const v of ['>9<', '>5<', '>13<', '>—<']) expect(svg).toContain(v);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;');
    // Series 2 is told apart by a pattern, not by colour.
    expect(svg).toContain('fill="url(#c-p1)"');
  });

  it('draws a target mark and clamps the scale to max', () => {
    const svg = barChart({
      id: 'r',
      categories: ['满意率'],
      series: [{ name: '本月', values: [86.7] }],
      targets: [90],
      targetLabel: '目标',
      orientation: 'horizontal',
      width: 300,
      height: 80,
      max: 100,
      format: (v) => `${v}%`,
    }).__html;
    expect(svg).toContain('>86.7%<');
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('>目标<');
  });

  it('labels every point of a line and skips nulls', () => {
    const svg = lineChart({
      id: 'l',
      categories: ['25/11', '25/12', '26/01'],
      series: [{ name: '投诉', values: [19, null, 14] }],
      width: 300,
      height: 120,
    }).__html;
    expect(svg.match(/<circle/g)?.length).toBe(2);
    expect(svg).toContain('>19<');
    expect(svg).toContain('>14<');
  });

  it('rounds the scale up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([niceMax(0), niceMax(7), niceMax(17), niceMax(144), niceMax(41000)]).toEqual([
      1, 10, 20, 200, 50000,
    ]);
  });
});

describe('monthly report template', () => {
  it('puts the estate and month in the title and escapes the estate name everywhere', () => {
    const doc = buildMonthlyReport(makeMonthlyReview({ estateName: HOSTILE }), {
      label: makeCodeLabel(),
      printedAt: PRINTED_AT,
    });
    expect(doc.kind).toBe('report');
    expect(doc.pageSize).toBe('A4');
    expect(doc.landscape).toBe(false);
    expect(doc.title).toBe(`月度报告 ${HOSTILE} 2026-10`);
    expect(doc.html).not.toContain('<script>alert');
    expect(doc.html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39; 2026年10月 月度报告',
    );
  });

  it('prints each section from a new page with the three months side by side', () => {
    const doc = buildMonthlyReport(makeMonthlyReview(), {
      label: makeCodeLabel({ department: (c) => (c === 'engineering' ? '工程部' : undefined) }),
      printedAt: PRINTED_AT,
    });
    const sections = [...doc.html.matchAll(/<section data-section="(\w+)"/g)].map((m) => m[1]);
    expect(sections).toEqual([
      'overview',
      'complaints',
      'repairs',
      'renovation',
      'money',
      'fees',
      'enquiries',
    ]);
    // 咨询来电: counts by topic and channel, 首次解决率 58/73 (issue 17).
    expect(doc.html).toMatch(/主题：物业费<\/td>\s*<td class="num cur">41</);
    expect(doc.html).toMatch(/渠道：微信<\/td>\s*<td class="num cur">6</);
    expect(doc.html).toContain('（58/73）');
    // No analysis written: the report says so rather than leaving a gap.
    expect(doc.html).toContain('本月未填写原因分析');
    expect(doc.html).toContain('section + section { break-before: page; }');
    expect(doc.html).toContain('去年同期 2025-10');
    expect(doc.html).toMatch(/部门：工程部<\/td>\s*<td class="num cur">8</);
    // An unknown department code prints as itself, never blank.
    expect(doc.html).toMatch(/部门：security<\/td>/);
    // Money in yuan: 4,567,890 fen.
    expect(doc.html).toContain('45,678.90');
    expect(doc.html).toContain('data-chart="rates"');
  });

  it('shows a rate with nothing to divide as —, not 0 %', () => {
    const current = makeFigures();
    const review = makeMonthlyReview({
      current: {
        ...current,
        complaints: {
          ...current.complaints,
          rates: { ...current.complaints.rates, revisit: rate(0, 0) },
        },
      },
    });
    const doc = buildMonthlyReport(review, { label: makeCodeLabel(), printedAt: PRINTED_AT });
    expect(doc.html).toMatch(/回访率<\/td>\s*<td class="num cur">—<\/td>\s*<td class="num">0\/0</);
  });
});
