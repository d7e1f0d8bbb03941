import type { MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import type { MonthlyAnalysisEntry } from '@shared/domain/complaintAnalysis';
import { analysisTable } from '../../../print/analysisTable';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../../i18n';
import { html, type SafeHtml } from '../../../print/html';
import { AGE_BUCKETS, type AgeBucket } from '@shared/domain/arrears';
import { compareTable, majorTable, monthText, ratesTable } from './monthlyReportParts';
import { buildingOwed, feeBuildings } from './feeRows';
import { a4Document } from '../../../print/printPage';
import type { BuiltDocument } from '../../../print/printTypes';
import type { CodeLabel } from './reviewLabels';
import {
  RATE_KEYS,
  keysOf,
  overviewRows,
  rateTarget,
  sectionRows,
  type CompareRow,
  type SectionKey,
} from './reviewRows';
import { barChart, lineChart, type ChartSeries } from '../../../print/svgCharts';

export interface MonthlyReportContext {
  label: CodeLabel;
  printedAt: string;
  /** Sections of registers whose figures are not in MonthlyReview (the site ledgers). */
  extraSections?: readonly SafeHtml[];
  /** The supervisor's 原因分析 and 纠正/预防措施 for the month's complaints. */
  analysis?: readonly MonthlyAnalysisEntry[];
}

const CSS = `
body { font-size: 9pt; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1mm; letter-spacing: 0.5mm; }
.sub { text-align: center; font-size: 9pt; margin-bottom: 3mm; }
h2 { font-size: 12pt; margin: 0 0 2mm; padding-bottom: 1mm; border-bottom: 0.4mm solid #000; }
h3 { font-size: 10pt; margin: 3mm 0 1mm; }
section + section { break-before: page; }
.grid { width: 100%; margin-bottom: 2mm; }
.grid th, .grid td { border: 0.2mm solid #000; padding: 0.7mm 1.5mm; line-height: 1.3; }
.grid th { font-weight: 400; background: #eee; white-space: nowrap; }
.grid th.item { width: 40%; }
.grid td.cur { font-weight: 700; }
.grid tr, figure { break-inside: avoid; }
figure { margin: 1mm 0 3mm; }
figcaption { font-size: 9pt; margin-bottom: 0.5mm; }
svg.chart { display: block; }
.foot { font-size: 8pt; color: #444; text-align: right; margin-top: 2mm; }
`;

/** Chart width in SVG units; the chart is scaled to the page's text width (182 mm). */
const WIDTH = 680;

/** Three series (本月/上月/去年同期), `n` values each. */
function threeMonths(
  review: MonthlyReview,
  n: number,
  pick: (f: MonthlyFigures, i: number) => number | null,
): ChartSeries[] {
  const months: [string, MonthlyFigures][] = [
    [t('reviewReport.col.current'), review.current],
    [t('reviewReport.col.previous'), review.previous],
    [t('reviewReport.col.lastYear'), review.lastYear],
  ];
  return months.map(([name, f]) => ({
    name,
    values: Array.from({ length: n }, (_, i) => pick(f, i)),
  }));
}

function figure(caption: string, chart: SafeHtml, id: string): SafeHtml {
  return html`<figure data-chart="${id}">
    <figcaption>${caption}</figcaption>
    ${chart}
  </figure>`;
}

/** A breakdown (code → number) as horizontal grouped bars over the three months. */
function breakdownChart(
  review: MonthlyReview,
  id: string,
  caption: string,
  pick: (f: MonthlyFigures) => Record<string, number>,
  label: (code: string) => string,
  yuan = false,
  /** The categories in a fixed order (age bands), else the codes found, sorted. */
  order?: readonly string[],
): SafeHtml {
  const keys = order ? [...order] : keysOf(review, pick);
  const value = (f: MonthlyFigures, i: number) => pick(f)[keys[i] ?? ''] ?? 0;
  const chart = barChart({
    id,
    categories: keys.map(label),
    series: threeMonths(review, keys.length, yuan ? (f, i) => value(f, i) / 100 : value),
    orientation: 'horizontal',
    width: WIDTH,
    height: 34 + Math.max(1, keys.length) * 40,
    ...(yuan ? { format: (v: number) => v.toFixed(2) } : {}),
  });
  return figure(caption, chart, id);
}

function overview(review: MonthlyReview): SafeHtml {
  const trend = review.trend;
  const cats = trend.map((p) => p.month.slice(2).replace('-', '/'));
  const counts = lineChart({
    id: 'trend-counts',
    categories: cats,
    series: [
      { name: t('reviewReport.section.complaints'), values: trend.map((p) => p.complaints) },
      { name: t('reviewReport.section.suggestions'), values: trend.map((p) => p.suggestions) },
      { name: t('reviewReport.section.repairs'), values: trend.map((p) => p.repairs) },
    ],
    width: WIDTH,
    height: 230,
  });
  const money = barChart({
    id: 'trend-money',
    categories: cats,
    series: [
      {
        name: t('reviewReport.chart.trendMoney'),
        values: trend.map((p) => Math.round(p.receivedFen / 100)),
      },
    ],
    orientation: 'vertical',
    width: WIDTH,
    height: 200,
  });
  return html`<section data-section="overview">
    <h2>${t('reviewReport.section.overview')}</h2>
    ${compareTable(review, overviewRows())}
    <h3>${t('reviewReport.section.trend')}</h3>
    ${figure(t('reviewReport.chart.trendCounts'), counts, 'trend-counts')}
    ${figure(t('reviewReport.chart.trendMoney'), money, 'trend-money')}
  </section>`;
}

function ratesChart(review: MonthlyReview): SafeHtml {
  const chart = barChart({
    id: 'rates',
    categories: RATE_KEYS.map((k) => t(`reviewReport.row.${k}`)),
    series: threeMonths(review, RATE_KEYS.length, (f, i) => {
      const v = f.complaints.rates[RATE_KEYS[i] ?? 'valid'].value;
      return v === null ? null : Math.round(v * 1000) / 10;
    }),
    // 投诉有效率 has no target.
    targets: RATE_KEYS.map((k) => {
      const target = rateTarget(review, k);
      return target === undefined ? null : Math.round(target * 1000) / 10;
    }),
    targetLabel: t('reviewReport.chart.target'),
    orientation: 'horizontal',
    width: WIDTH,
    height: 34 + RATE_KEYS.length * 40,
    max: 100,
    format: (v) => `${v}%`,
  });
  return figure(t('reviewReport.chart.ratesVsTarget'), chart, 'rates');
}

/** 有效投诉率 in the three months against its ceiling, on a scale fitted to a fraction of 1 %. */
function perHouseholdChart(review: MonthlyReview): SafeHtml {
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 100);
  const target = pct(review.targets.perHousehold) ?? 0;
  const values = [review.current, review.previous, review.lastYear].map((f) =>
    pct(f.complaints.rates.perHousehold.value),
  );
  const chart = barChart({
    id: 'per-household',
    categories: [t('reviewReport.row.perHousehold')],
    series: threeMonths(review, 1, (f) => pct(f.complaints.rates.perHousehold.value)),
    targets: [target],
    targetLabel: t('reviewReport.chart.ceiling'),
    orientation: 'horizontal',
    width: WIDTH,
    height: 100,
    max: Math.max(target * 2, ...values.map((v) => (v ?? 0) * 1.25), 0.1),
    format: (v) => `${v}%`,
  });
  return figure(t('reviewReport.chart.perHousehold'), chart, 'per-household');
}

function section(key: SectionKey, title: string, body: SafeHtml): SafeHtml {
  return html`<section data-section="${key}">
    <h2>${title}</h2>
    ${body}
  </section>`;
}

/** 物业费及欠费: the rows, arrears by age band and by building, and the 重大欠费 list. */
function feesSection(review: MonthlyReview, rows: readonly CompareRow[]): SafeHtml {
  return section(
    'fees',
    t('reviewReport.section.fees'),
    html`${compareTable(review, rows)}
    ${breakdownChart(
      review,
      'fees-age',
      t('reviewReport.chart.feeAge'),
      (f) => f.fees?.byAgeFen ?? {},
      (k) => t(`review.feeAge.${k as AgeBucket}`),
      true,
      AGE_BUCKETS,
    )}
    ${breakdownChart(
      review,
      'fees-building',
      t('reviewReport.chart.feeBuilding'),
      (f) => Object.fromEntries(feeBuildings(review).map((b) => [b, buildingOwed(f, b)])),
      (k) => k,
      true,
      feeBuildings(review),
    )}
    ${majorTable(review)}`,
  );
}

function sections(
  review: MonthlyReview,
  label: CodeLabel,
  analysis: readonly MonthlyAnalysisEntry[],
): SafeHtml {
  const rows = (k: SectionKey) => sectionRows(review, k, label);
  const complaintRows = rows('complaints').filter((r) => r.kind !== 'rate');
  return html`${section(
    'complaints',
    t('reviewReport.section.complaints'),
    html`${compareTable(review, complaintRows)} ${ratesTable(review)} ${perHouseholdChart(review)}
      ${ratesChart(review)}
      ${breakdownChart(
        review,
        'by-category',
        t('reviewReport.chart.byCategory'),
        (f) => f.complaints.byCategory,
        (k) => label('category', k),
      )}
      ${breakdownChart(
        review,
        'by-department',
        t('reviewReport.chart.byDepartment'),
        (f) => f.complaints.byDepartment,
        (k) => label('department', k),
      )}
      <h3>${t('reviewReport.section.analysis')}</h3>
      ${analysisTable(analysis, (code) => label('category', code))}`,
  )}
  ${section(
    'repairs',
    t('reviewReport.section.repairs'),
    html`${compareTable(review, rows('repairs'))}
      ${breakdownChart(
        review,
        'repairs-by-type',
        t('reviewReport.chart.repairsByType'),
        (f) => f.repairs.byType,
        (k) => label('repairType', k),
      )}
      <h2>${t('reviewReport.section.suggestions')}</h2>
      ${compareTable(review, rows('suggestions'))}`,
  )}
  ${section(
    'renovation',
    t('reviewReport.section.renovation'),
    html`${compareTable(review, rows('renovation'))}
    ${breakdownChart(
      review,
      'deposits-by-age',
      t('reviewReport.chart.depositsByAge'),
      (f) => f.renovation.depositsHeldByAge,
      (k) => label('age', k),
      true,
    )}`,
  )}
  ${section(
    'money',
    t('reviewReport.section.money'),
    html`${compareTable(review, rows('money'))}
      ${breakdownChart(
        review,
        'money-by-item',
        t('reviewReport.chart.moneyByItem'),
        (f) => f.money.byItemFen,
        (k) => label('feeItem', k),
        true,
      )}
      <h2>${t('reviewReport.section.registers')}</h2>
      ${compareTable(review, rows('registers'))}
      <h2>${t('reviewReport.section.surveys')}</h2>
      ${compareTable(review, rows('surveys'))}`,
  )}
  ${feesSection(review, rows('fees'))}
  ${section(
    'enquiries',
    t('reviewReport.section.enquiries'),
    html`${compareTable(review, rows('enquiries'))}
    ${breakdownChart(
      review,
      'enquiries-by-topic',
      t('reviewReport.row.enquiriesReceived'),
      (f) => f.enquiries.byTopic,
      (k) => k,
    )}`,
  )}`;
}

/**
 * 月度报告 on A4 portrait: the overview and 12-month trend, then complaints (with the four
 * rates against their targets), repairs and suggestions, renovation, money, 物业费及欠费 and the registers,
 * each from a new page; every table compares this month, last month and a year ago.
 */
export function buildMonthlyReport(
  review: MonthlyReview,
  ctx: MonthlyReportContext,
): BuiltDocument {
  const [year, month] = review.current.month.split('-');
  const heading = t('reviewReport.title', {
    estate: review.estateName,
    year: year ?? '',
    month: Number(month),
  });
  const title = t('reviewReport.docTitle', {
    estate: review.estateName,
    month: review.current.month,
  });
  const body = html`<h1>${heading}</h1>
    <div class="sub">
      ${monthText(review.current.month)} · ${t('reviewReport.col.previous')}
      ${monthText(review.previous.month)} · ${t('reviewReport.col.lastYear')}
      ${monthText(review.lastYear.month)}
    </div>
    ${overview(review)} ${sections(review, ctx.label, ctx.analysis ?? [])}
    ${ctx.extraSections ?? []}
    <div class="foot">
      ${t('reviewReport.printedAt', { time: formatOfficeDateTime(ctx.printedAt) })}
    </div>`;
  return a4Document('report', title, CSS, body);
}
