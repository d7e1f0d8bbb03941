import type { ReviewSection } from '@shared/domain/review/behind';
import type { MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import { PER_HOUSEHOLD_DECIMALS } from '@shared/domain/rates';
import { CEILING_TARGETS, type RateTargetKey } from '@shared/domain/review/targets';
import { t, type MessageKey } from '../../i18n';
import type { CodeLabel, LabelGroup } from './print/reviewLabels';
import { feeCharts } from './feeCharts';

export type ValueKind = 'count' | 'fen' | 'rate';

/**
 * One bar: its bucket key (what a click lists; '' for a computed figure with no list behind
 * it) and its value in each compared month.
 */
export interface ChartRow {
  key: string;
  label: string;
  current: number | null;
  previous: number | null;
  lastYear: number | null;
  /** Rates only: the target, as a fraction. */
  target?: number;
  /** The target is a ceiling (the rate is held below it), not a floor. */
  ceiling?: boolean;
}

export interface ChartSpec {
  id: string;
  section: ReviewSection;
  title: string;
  kind: ValueKind;
  rows: ChartRow[];
  /** Whether bars list the records behind them (rates are ratios of several lists). */
  clickable: boolean;
  /** Rates: decimals shown (有效投诉率 is a fraction of a percent). */
  decimals?: number;
}

type Pick = (f: MonthlyFigures) => number;

function fixed(review: MonthlyReview, bars: readonly (readonly [string, Pick])[]): ChartRow[] {
  return bars.map(([key, pick]) => ({
    key,
    label: t(`review.bar.${key}` as MessageKey),
    current: pick(review.current),
    previous: pick(review.previous),
    lastYear: pick(review.lastYear),
  }));
}

/** A breakdown (code → value) as bars, the month's largest first, codes of any compared month. */
export function breakdown(
  review: MonthlyReview,
  of: (f: MonthlyFigures) => Record<string, number>,
  prefix: string,
  name: (code: string) => string,
): ChartRow[] {
  const months = [review.current, review.previous, review.lastYear];
  const codes = [...new Set(months.flatMap((f) => Object.keys(of(f))))];
  return codes
    .map((code) => ({
      key: `${prefix}:${code}`,
      label: name(code),
      current: of(review.current)[code] ?? 0,
      previous: of(review.previous)[code] ?? 0,
      lastYear: of(review.lastYear)[code] ?? 0,
    }))
    .sort((a, b) => b.current - a.current || a.label.localeCompare(b.label, 'zh-CN'));
}

const RATE_KEYS = ['valid', 'onTime', 'revisit', 'satisfaction'] as const;

const targetOf = (review: MonthlyReview, k: (typeof RATE_KEYS)[number] | 'perHousehold') =>
  k === 'valid' ? {} : { target: review.targets[k], ceiling: CEILING_TARGETS.includes(k) };

/** The desk's four rates; 投诉有效率 has no target (no manual asks for it to be high). */
function rates(review: MonthlyReview): ChartRow[] {
  return RATE_KEYS.map((k) => ({
    key: k,
    label: t(`review.bar.${k}`),
    current: review.current.complaints.rates[k].value,
    previous: review.previous.complaints.rates[k].value,
    lastYear: review.lastYear.complaints.rates[k].value,
    ...targetOf(review, k),
  }));
}

/** 有效投诉率 (valid complaints ÷ households) in the three months, against its ceiling. */
function perHousehold(review: MonthlyReview): ChartRow[] {
  const k: RateTargetKey = 'perHousehold';
  const value = (f: MonthlyFigures) => f.complaints.rates.perHousehold.value;
  return [
    {
      key: k,
      label: t('review.bar.perHousehold'),
      current: value(review.current),
      previous: value(review.previous),
      lastYear: value(review.lastYear),
      ...targetOf(review, k),
    },
  ];
}

/** Every chart of the screen, by section, in screen order. */
export function reviewCharts(review: MonthlyReview, label: CodeLabel): ChartSpec[] {
  const named = (group: LabelGroup) => (code: string) => label(group, code);
  const chart = (
    id: string,
    section: ReviewSection,
    title: MessageKey,
    kind: ValueKind,
    rows: ChartRow[],
    clickable = true,
  ): ChartSpec => ({ id, section, title: t(title), kind, rows, clickable });
  return [
    chart(
      'complaints-category',
      'complaints',
      'review.chart.category',
      'count',
      breakdown(review, (f) => f.complaints.byCategory, 'category', named('category')),
    ),
    chart(
      'complaints-department',
      'complaints',
      'review.chart.department',
      'count',
      breakdown(review, (f) => f.complaints.byDepartment, 'department', named('department')),
    ),
    {
      ...chart(
        'complaints-household',
        'complaints',
        'review.chart.perHousehold',
        'rate',
        perHousehold(review),
        false,
      ),
      decimals: PER_HOUSEHOLD_DECIMALS,
    },
    chart('complaints-rates', 'complaints', 'review.chart.rates', 'rate', rates(review), false),
    chart(
      'suggestions',
      'suggestions',
      'review.chart.suggestions',
      'count',
      fixed(review, [
        ['received', (f) => f.suggestions.received],
        ['adopted', (f) => f.suggestions.adopted],
        ['notAdopted', (f) => f.suggestions.notAdopted],
        ['pending', (f) => f.suggestions.pending],
      ]),
    ),
    chart(
      'repairs-type',
      'repairs',
      'review.chart.repairType',
      'count',
      breakdown(review, (f) => f.repairs.byType, 'type', named('repairType')),
    ),
    chart(
      'repairs-urgency',
      'repairs',
      'review.chart.repairUrgency',
      'count',
      breakdown(review, (f) => f.repairs.byUrgency, 'urgency', named('urgency')),
    ),
    chart(
      'repairs-revisit',
      'repairs',
      'review.chart.revisit',
      'count',
      fixed(review, [
        ['completed', (f) => f.repairs.completed],
        ['revisitRequired', (f) => f.repairs.revisitRequired],
        ['revisited', (f) => f.repairs.revisitCoverage.numerator],
        // 应回访 is a number the sampling rule computes, not a list of records.
      ]).map((r) => (r.key === 'revisitRequired' ? { ...r, key: '' } : r)),
    ),
    chart(
      'renovation-jobs',
      'renovation',
      'review.chart.renovationJobs',
      'count',
      fixed(review, [
        ['started', (f) => f.renovation.started],
        ['accepted', (f) => f.renovation.accepted],
        ['refunded', (f) => f.renovation.refunded],
        ['held', (f) => f.renovation.depositsHeldCount],
      ]),
    ),
    chart(
      'renovation-age',
      'renovation',
      'review.chart.depositAge',
      'fen',
      breakdown(
        review,
        (f) => f.renovation.depositsHeldByAge,
        'age',
        (code) => t('review.bar.age', { name: code }),
      ),
    ),
    chart(
      'money-item',
      'money',
      'review.chart.moneyItem',
      'fen',
      breakdown(review, (f) => f.money.byItemFen, 'item', named('feeItem')),
    ),
    chart(
      'money-method',
      'money',
      'review.chart.moneyMethod',
      'fen',
      breakdown(review, (f) => f.money.byMethodFen, 'method', named('method')),
    ),
    chart(
      'money-adjust',
      'money',
      'review.chart.moneyAdjust',
      'fen',
      fixed(review, [
        ['refunds', (f) => f.money.refundFen],
        ['voids', (f) => f.money.voidFen],
      ]),
    ),
    chart(
      'registers-mail',
      'registers',
      'review.chart.mail',
      'count',
      fixed(review, [
        ['mailReceived', (f) => f.registers.mailReceived],
        ['mailCollected', (f) => f.registers.mailCollected],
        ['mailOutstanding', (f) => f.registers.mailOutstanding],
        ['mailOutstandingOver3Days', (f) => f.registers.mailOutstandingOver3Days],
      ]),
    ),
    chart(
      'registers-visits',
      'registers',
      'review.chart.visits',
      'count',
      fixed(review, [
        ['visits', (f) => f.registers.visits],
        ['visitsRefused', (f) => f.registers.visitsRefused],
      ]),
    ),
    chart(
      'registers-keys',
      'registers',
      'review.chart.keys',
      'count',
      fixed(review, [
        ['keyLoans', (f) => f.registers.keyLoans],
        ['keysOut', (f) => f.registers.keysOut],
        ['keysOverdue', (f) => f.registers.keysOverdue],
      ]),
    ),
    chart(
      'surveys-forms',
      'surveys',
      'review.chart.surveyForms',
      'count',
      fixed(review, [['forms', (f) => f.surveys?.forms ?? 0]]),
    ),
    chart(
      'surveys-rates',
      'surveys',
      'review.chart.surveyRates',
      'rate',
      surveyRates(review),
      false,
    ),
    chart(
      'surveys-questions',
      'surveys',
      'review.chart.surveyQuestions',
      'rate',
      surveyQuestions(review),
    ),
    ...enquiryCharts(review, chart),
    ...feeCharts(review, chart),
  ];
}

export type ChartOf = (
  id: string,
  section: ReviewSection,
  title: MessageKey,
  kind: ValueKind,
  rows: ChartRow[],
  clickable?: boolean,
) => ChartSpec;

/** 咨询来电: by topic, by channel, and 首次解决率 (settled when recorded ÷ received). */
function enquiryCharts(review: MonthlyReview, chart: ChartOf): ChartSpec[] {
  const value = (f: MonthlyFigures) => f.enquiries.firstContact.value;
  return [
    chart(
      'enquiries-topic',
      'enquiries',
      'review.chart.enquiryTopic',
      'count',
      breakdown(
        review,
        (f) => f.enquiries.byTopic,
        'topic',
        (code) => code,
      ),
    ),
    chart(
      'enquiries-channel',
      'enquiries',
      'review.chart.enquiryChannel',
      'count',
      breakdown(
        review,
        (f) => f.enquiries.byChannel,
        'channel',
        (code) => t(`enquiries.channel.${code}` as MessageKey),
      ),
    ),
    chart(
      'enquiries-first',
      'enquiries',
      'review.chart.enquiryFirstContact',
      'rate',
      [
        {
          key: 'firstContact',
          label: t('review.bar.firstContact'),
          current: value(review.current),
          previous: value(review.previous),
          lastYear: value(review.lastYear),
        },
      ],
      false,
    ),
  ];
}

/** 调查满意率 overall, then per round, in the three months. */
function surveyRates(review: MonthlyReview): ChartRow[] {
  const months = [review.current, review.previous, review.lastYear] as const;
  const rounds = new Map(months.flatMap((f) => f.surveys?.rounds ?? []).map((r) => [r.id, r]));
  const of = (f: MonthlyFigures, id: string) =>
    f.surveys?.rounds.find((r) => r.id === id)?.satisfaction.value ?? null;
  return [
    {
      key: 'surveyRate',
      label: t('review.bar.surveyRate'),
      current: review.current.surveys?.satisfaction.value ?? null,
      previous: review.previous.surveys?.satisfaction.value ?? null,
      lastYear: review.lastYear.surveys?.satisfaction.value ?? null,
    },
    ...[...rounds.values()].map((r) => ({
      key: `round:${r.id}`,
      label: r.no,
      current: of(review.current, r.id),
      previous: of(review.previous, r.id),
      lastYear: of(review.lastYear, r.id),
    })),
  ];
}

/** Each question of this month's rounds: questions are a round's own, so this month only. */
function surveyQuestions(review: MonthlyReview): ChartRow[] {
  return (review.current.surveys?.rounds ?? []).flatMap((r) =>
    r.questions.map((q) => ({
      key: `question:${r.id}:${q.no}`,
      label: `${q.no}. ${q.text}`,
      current: q.satisfaction.value,
      previous: null,
      lastYear: null,
    })),
  );
}
