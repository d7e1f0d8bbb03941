import { AGE_BUCKETS } from '@shared/domain/arrears';
import { rate, type Rate } from '@shared/domain/rates';
import type { FeeFigures, MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import { t } from '../../../i18n';
import type { CompareRow } from './reviewRows';

const NOT_APPLICABLE: Rate = rate(0, 0);

type FenKey =
  'feeBilled' | 'feeCollected' | 'feePastArrears' | 'feePastCollected' | 'feeOwed' | 'feeMajorFen';

const fen = (key: FenKey, pick: (f: FeeFigures) => number): CompareRow => ({
  label: t(`reviewReport.row.${key}`),
  kind: 'fen',
  pick: (f) => pick(f.fees ?? NO_FEES),
});

const count = (key: 'feeOwingUnits' | 'feeMajorUnits', pick: (f: FeeFigures) => number) =>
  ({
    label: t(`reviewReport.row.${key}`),
    kind: 'count',
    pick: (f: MonthlyFigures) => pick(f.fees ?? NO_FEES),
  }) satisfies CompareRow;

/** A month without bills (figures of before issue 18, a branch file of version 3 or older). */
const NO_FEES: FeeFigures = {
  billedFen: 0,
  collectedFen: 0,
  rate: NOT_APPLICABLE,
  pastArrearsFen: 0,
  pastCollectedFen: 0,
  pastRate: NOT_APPLICABLE,
  owedFen: 0,
  owingUnits: 0,
  byAgeFen: {},
  byBuilding: [],
  major: [],
  majorFen: 0,
};

/** The buildings owing in any of the three months, in building order. */
export function feeBuildings(review: MonthlyReview): string[] {
  const names = new Set<string>();
  for (const f of [review.current, review.previous, review.lastYear])
    for (const b of f.fees?.byBuilding ?? []) names.add(b.building);
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }));
}

/** What a building owed at a month's end, fen. */
export function buildingOwed(f: MonthlyFigures, building: string): number {
  return f.fees?.byBuilding.find((b) => b.building === building)?.owedFen ?? 0;
}

/**
 * 物业费及欠费 (issue 18) as report rows: the month's bills and what they collected, 收费率,
 * the arrears at the month's start and what the month collected of them, the arrears at the
 * month's end by age (1, 2–3, 4–6, 7–12, >12 months) and by building, and 重大欠费. The rates
 * are ratios of fen, so they print without their counts (the amounts are the rows above).
 */
export function feeRows(review: MonthlyReview): CompareRow[] {
  const feeRate = (key: 'feeRate' | 'feePastRate', pick: (f: FeeFigures) => Rate): CompareRow => ({
    label: t(`reviewReport.row.${key}`),
    kind: 'rate',
    rate: (f) => (f.fees ? pick(f.fees) : NOT_APPLICABLE),
    noCounts: true,
  });
  return [
    fen('feeBilled', (f) => f.billedFen),
    fen('feeCollected', (f) => f.collectedFen),
    feeRate('feeRate', (f) => f.rate),
    fen('feePastArrears', (f) => f.pastArrearsFen),
    fen('feePastCollected', (f) => f.pastCollectedFen),
    feeRate('feePastRate', (f) => f.pastRate),
    fen('feeOwed', (f) => f.owedFen),
    count('feeOwingUnits', (f) => f.owingUnits),
    ...AGE_BUCKETS.map((k): CompareRow => ({
      label: t('reviewReport.row.feeAge', { name: t(`review.feeAge.${k}`) }),
      kind: 'fen',
      pick: (f) => f.fees?.byAgeFen[k] ?? 0,
    })),
    ...feeBuildings(review).map((name): CompareRow => ({
      label: t('reviewReport.row.feeBuilding', { name }),
      kind: 'fen',
      pick: (f) => buildingOwed(f, name),
    })),
    count('feeMajorUnits', (f) => f.major.length),
    fen('feeMajorFen', (f) => f.majorFen),
  ];
}
