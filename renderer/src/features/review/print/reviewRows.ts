import type { MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import { formatFen } from '@shared/domain/money';
import { PER_HOUSEHOLD_DECIMALS, formatRate, type Rate } from '@shared/domain/rates';
import { t, type MessageKey } from '../../../i18n';
import { inParens } from '../../../i18n/text';
import type { CodeLabel, LabelGroup } from './reviewLabels';
import { feeRows } from './feeRows';

/**
 * What each section of the monthly report lists, as rows of one figure in three months. The
 * printed report and the Excel workbook both read these rows, so they never list different things.
 */
export type CompareRow =
  | { label: string; kind: 'count' | 'fen' | 'hours'; pick: (f: MonthlyFigures) => number | null }
  | {
      label: string;
      kind: 'rate';
      rate: (f: MonthlyFigures) => Rate;
      target?: number;
      /** The target is a ceiling (有效投诉率: held below it). */
      ceiling?: boolean;
      /** Decimals shown (default 1). */
      decimals?: number;
      /** A ratio of amounts (收费率): printed without its numerator/denominator. */
      noCounts?: boolean;
    };

export type SectionKey =
  | 'complaints'
  | 'suggestions'
  | 'repairs'
  | 'renovation'
  | 'money'
  | 'fees'
  | 'registers'
  | 'enquiries'
  | 'surveys';

export const SECTION_KEYS: readonly SectionKey[] = [
  'complaints',
  'suggestions',
  'repairs',
  'renovation',
  'money',
  'fees',
  'registers',
  'enquiries',
  'surveys',
];

export const RATE_KEYS = ['valid', 'onTime', 'revisit', 'satisfaction'] as const;

/** The target of a rate row: 投诉有效率 has none. */
export function rateTarget(
  review: MonthlyReview,
  k: (typeof RATE_KEYS)[number],
): number | undefined {
  return k === 'valid' ? undefined : review.targets[k];
}

/** 有效投诉率 (valid complaints ÷ households) as a report row, against its ceiling. */
export function perHouseholdRow(review: MonthlyReview): CompareRow {
  return {
    label: t('reviewReport.row.perHousehold'),
    kind: 'rate',
    rate: (f) => f.complaints.rates.perHousehold,
    target: review.targets.perHousehold,
    ceiling: true,
    decimals: PER_HOUSEHOLD_DECIMALS,
  };
}

type RowKey = 'category' | 'department' | 'byType' | 'byUrgency' | 'age' | 'item' | 'method';

/** The number of a row in a month (rates: their value as a fraction, or null). */
export function rowValue(row: CompareRow, f: MonthlyFigures): number | null {
  return row.kind === 'rate' ? row.rate(f).value : row.pick(f);
}

/** A row's value as printed. */
export function rowText(row: CompareRow, f: MonthlyFigures): string {
  if (row.kind === 'rate') {
    const r = row.rate(f);
    if (r.value === null) return '—';
    if (row.noCounts) return formatRate(r, row.decimals);
    return `${formatRate(r, row.decimals)}${inParens(`${r.numerator}/${r.denominator}`)}`;
  }
  const v = row.pick(f);
  if (v === null) return '—';
  if (row.kind === 'fen') return formatFen(v);
  if (row.kind === 'hours') return String(Math.round(v * 10) / 10);
  return String(v);
}

/** A breakdown's codes over the three months; `none` last, the rest in code order. */
export function keysOf(
  review: MonthlyReview,
  pick: (f: MonthlyFigures) => Record<string, number>,
): string[] {
  const keys = new Set<string>();
  for (const f of [review.current, review.previous, review.lastYear])
    for (const k of Object.keys(pick(f))) keys.add(k);
  return [...keys].sort((a, b) =>
    a === 'none' ? 1 : b === 'none' ? -1 : a.localeCompare(b, 'en', { numeric: true }),
  );
}

function breakdown(
  review: MonthlyReview,
  pick: (f: MonthlyFigures) => Record<string, number>,
  group: LabelGroup,
  label: CodeLabel,
  rowKey: RowKey,
  kind: 'count' | 'fen' = 'count',
): CompareRow[] {
  return keysOf(review, pick).map((k) => ({
    label: t(`reviewReport.row.${rowKey}`, { name: label(group, k) }),
    kind,
    pick: (f) => pick(f)[k] ?? 0,
  }));
}

const count = (key: Parameters<typeof rowLabel>[0], pick: (f: MonthlyFigures) => number) =>
  ({ label: rowLabel(key), kind: 'count', pick }) satisfies CompareRow;
const fen = (key: Parameters<typeof rowLabel>[0], pick: (f: MonthlyFigures) => number) =>
  ({ label: rowLabel(key), kind: 'fen', pick }) satisfies CompareRow;

function rowLabel(
  key:
    | 'complaintsReceived'
    | 'households'
    | 'suggestionsReceived'
    | 'repairsReceived'
    | 'moneyReceived'
    | 'depositsHeld'
    | 'adopted'
    | 'notAdopted'
    | 'pending'
    | 'completed'
    | 'revisitRequired'
    | 'started'
    | 'accepted'
    | 'refunded'
    | 'depositsHeldCount'
    | 'depositsHeldFen'
    | 'receiptCount'
    | 'receivedFen'
    | 'refundCount'
    | 'refundFen'
    | 'voidCount'
    | 'voidFen'
    | 'mailReceived'
    | 'mailCollected'
    | 'mailOutstanding'
    | 'mailOutstandingOver3Days'
    | 'visits'
    | 'visitsRefused'
    | 'keyLoans'
    | 'keysOut'
    | 'keysOverdue',
): string {
  return t(`reviewReport.row.${key}`);
}

/** 咨询来电: received, by topic and channel, converted, still open, 首次解决率. */
function enquiryRows(review: MonthlyReview): CompareRow[] {
  const of = (pick: (f: MonthlyFigures) => Record<string, number>, key: 'topic' | 'channel') =>
    keysOf(review, pick).map((k): CompareRow => ({
      label: t(`reviewReport.row.${key}`, {
        name: key === 'channel' ? t(`enquiries.channel.${k}` as MessageKey) : k,
      }),
      kind: 'count',
      pick: (f) => pick(f)[k] ?? 0,
    }));
  const n = (
    key: 'enquiriesReceived' | 'enquiriesConverted' | 'enquiriesOpen',
    pick: (f: MonthlyFigures) => number,
  ) => ({ label: t(`reviewReport.row.${key}`), kind: 'count', pick }) satisfies CompareRow;
  return [
    n('enquiriesReceived', (f) => f.enquiries.received),
    ...of((f) => f.enquiries.byTopic, 'topic'),
    ...of((f) => f.enquiries.byChannel, 'channel'),
    n('enquiriesConverted', (f) => f.enquiries.converted),
    n('enquiriesOpen', (f) => f.enquiries.open),
    {
      label: t('reviewReport.row.firstContact'),
      kind: 'rate',
      rate: (f) => f.enquiries.firstContact,
    },
  ];
}

/** The headline rows of page one. */
export function overviewRows(): CompareRow[] {
  return [
    count('complaintsReceived', (f) => f.complaints.received),
    count('suggestionsReceived', (f) => f.suggestions.received),
    count('repairsReceived', (f) => f.repairs.received),
    fen('moneyReceived', (f) => f.money.receivedFen),
    fen('depositsHeld', (f) => f.renovation.depositsHeldFen),
  ];
}

/** The rows of one section. */
export function sectionRows(
  review: MonthlyReview,
  section: SectionKey,
  label: CodeLabel,
): CompareRow[] {
  switch (section) {
    case 'complaints':
      return [
        count('complaintsReceived', (f) => f.complaints.received),
        ...breakdown(review, (f) => f.complaints.byCategory, 'category', label, 'category'),
        ...breakdown(review, (f) => f.complaints.byDepartment, 'department', label, 'department'),
        // The households are counted as they are now (the archive keeps no status history).
        count('households', (f) => f.complaints.rates.perHousehold.denominator),
        perHouseholdRow(review),
        ...RATE_KEYS.map((k): CompareRow => {
          const target = rateTarget(review, k);
          return {
            label: t(`reviewReport.row.${k}`),
            kind: 'rate',
            rate: (f) => f.complaints.rates[k],
            ...(target !== undefined ? { target } : {}),
          };
        }),
      ];
    case 'suggestions':
      return [
        count('suggestionsReceived', (f) => f.suggestions.received),
        count('adopted', (f) => f.suggestions.adopted),
        count('notAdopted', (f) => f.suggestions.notAdopted),
        count('pending', (f) => f.suggestions.pending),
      ];
    case 'repairs':
      return [
        count('repairsReceived', (f) => f.repairs.received),
        ...breakdown(review, (f) => f.repairs.byType, 'repairType', label, 'byType'),
        ...breakdown(review, (f) => f.repairs.byUrgency, 'urgency', label, 'byUrgency'),
        count('completed', (f) => f.repairs.completed),
        {
          label: t('reviewReport.row.medianHours'),
          kind: 'hours',
          pick: (f) => f.repairs.medianCompletionHours,
        },
        count('revisitRequired', (f) => f.repairs.revisitRequired),
        {
          label: t('reviewReport.row.revisitCoverage'),
          kind: 'rate',
          rate: (f) => f.repairs.revisitCoverage,
        },
      ];
    case 'renovation':
      return [
        count('started', (f) => f.renovation.started),
        count('accepted', (f) => f.renovation.accepted),
        count('refunded', (f) => f.renovation.refunded),
        count('depositsHeldCount', (f) => f.renovation.depositsHeldCount),
        fen('depositsHeldFen', (f) => f.renovation.depositsHeldFen),
        ...breakdown(review, (f) => f.renovation.depositsHeldByAge, 'age', label, 'age', 'fen'),
      ];
    case 'money':
      return [
        count('receiptCount', (f) => f.money.receiptCount),
        fen('receivedFen', (f) => f.money.receivedFen),
        ...breakdown(review, (f) => f.money.byItemFen, 'feeItem', label, 'item', 'fen'),
        ...breakdown(review, (f) => f.money.byMethodFen, 'method', label, 'method', 'fen'),
        count('refundCount', (f) => f.money.refundCount),
        fen('refundFen', (f) => f.money.refundFen),
        count('voidCount', (f) => f.money.voidCount),
        fen('voidFen', (f) => f.money.voidFen),
      ];
    case 'fees':
      return feeRows(review);
    case 'registers':
      return [
        count('mailReceived', (f) => f.registers.mailReceived),
        count('mailCollected', (f) => f.registers.mailCollected),
        count('mailOutstanding', (f) => f.registers.mailOutstanding),
        count('mailOutstandingOver3Days', (f) => f.registers.mailOutstandingOver3Days),
        count('visits', (f) => f.registers.visits),
        count('visitsRefused', (f) => f.registers.visitsRefused),
        count('keyLoans', (f) => f.registers.keyLoans),
        count('keysOut', (f) => f.registers.keysOut),
        count('keysOverdue', (f) => f.registers.keysOverdue),
      ];
    case 'enquiries':
      return enquiryRows(review);
    case 'surveys':
      return surveyRows(review);
  }
}

const NOT_APPLICABLE: Rate = { numerator: 0, denominator: 0, value: null };

/**
 * Forms returned and 满意率, overall and per round (any round of the three months), then each
 * question of this month's rounds (questions differ between rounds, so only this month's).
 */
function surveyRows(review: MonthlyReview): CompareRow[] {
  const months = [review.current, review.previous, review.lastYear];
  const rounds = new Map(months.flatMap((f) => f.surveys?.rounds ?? []).map((r) => [r.id, r]));
  const roundOf = (f: MonthlyFigures, id: string) => f.surveys?.rounds.find((r) => r.id === id);
  return [
    { label: t('reviewReport.row.surveyForms'), kind: 'count', pick: (f) => f.surveys?.forms ?? 0 },
    {
      label: t('reviewReport.row.surveyRate'),
      kind: 'rate',
      rate: (f) => f.surveys?.satisfaction ?? NOT_APPLICABLE,
    },
    ...[...rounds.values()].map((r): CompareRow => ({
      label: t('reviewReport.row.surveyRound', { name: `${r.no} ${r.title}` }),
      kind: 'rate',
      rate: (f) => roundOf(f, r.id)?.satisfaction ?? NOT_APPLICABLE,
    })),
    ...(review.current.surveys?.rounds ?? []).flatMap((r) =>
      r.questions.map((q): CompareRow => ({
        label: t('reviewReport.row.surveyQuestion', { name: `${r.no} ${q.no}. ${q.text}` }),
        kind: 'rate',
        rate: (f) =>
          roundOf(f, r.id)?.questions.find((x) => x.no === q.no)?.satisfaction ?? NOT_APPLICABLE,
      })),
    ),
  ];
}
