import { useMemo, useState } from 'react';
import type { MonthlyReview } from '@shared/domain/review/figures';
import {
  BRANCH_TOTAL,
  branchEstates,
  branchMonthlyReview,
} from '@shared/domain/review/branchReview';
import { DEFAULT_RATE_TARGETS } from '@shared/domain/review/targets';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { nowIso } from '../../../db/ids';
import { t } from '../../../i18n';
import { useSetting } from '../../settings/useSettings';
import { useLiveSummaries } from './useLiveSummaries';

export interface BranchReview {
  /** Whether this install is the branch (its review reads the published summaries). */
  branch: boolean;
  estates: readonly string[];
  estate: string;
  setEstate: (estate: string) => void;
  /** Undefined when no estate (or not the chosen one) published `month`. */
  review: MonthlyReview | undefined;
}

/**
 * The branch's monthly review (issue 20): an estate's published summary of `month`, or the
 * branch total (shared/domain/review/branchReview.ts), re-read with each sync.
 */
export function useBranchReview(month: string): BranchReview {
  const live = useLiveSummaries();
  const targets = useSetting('rateTargets') ?? DEFAULT_RATE_TARGETS;
  const deadlines = useSetting('deadlines') ?? DEFAULT_DEADLINES;
  const [estate, setEstate] = useState(BRANCH_TOTAL);
  const summaries = useMemo(() => live.accepted.map((a) => a.summary), [live.accepted]);
  const review = useMemo(
    () =>
      live.branch
        ? branchMonthlyReview({
            summaries,
            estate,
            month,
            targets,
            ctx: { now: nowIso(), deadlines },
            totalName: t('review.branch.total'),
          })
        : undefined,
    [live.branch, summaries, estate, month, targets, deadlines],
  );
  return { branch: live.branch, estates: branchEstates(summaries), estate, setEstate, review };
}
