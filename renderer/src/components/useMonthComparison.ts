import { useLiveQuery } from 'dexie-react-hooks';
import { previousMonth } from '@shared/domain/complaintMonthly';
import { useRepos } from '../app/ReposContext';
import type { Repositories } from '../db/repositories';
import {
  comparisonRows,
  comparisonSection,
  comparisonSheet,
  type ComparisonCell,
  type ComparisonLabels,
} from '../print/comparisonSection';

/**
 * A register's figures of `month` and of the month before, made into its review lines (the
 * monthly review's sections whose figures are not in MonthlyReview); undefined while loading.
 * `figures` and `rows` are module-level functions: only the repositories and month re-run it.
 * `skip`: nothing is read (a branch install has no local records).
 */
export function useMonthComparison<F, R>(
  month: string,
  figures: (repos: Repositories, month: string) => Promise<F>,
  rows: (current: F, previous: F) => R,
  skip = false,
): R | undefined {
  const repos = useRepos();
  return useLiveQuery(async () => {
    if (skip) return undefined;
    const [current, previous] = await Promise.all([
      figures(repos, month),
      figures(repos, previousMonth(month)),
    ]);
    return rows(current, previous);
  }, [repos, month, skip]);
}

/** The heads every comparison table has, next to its lines' keys in the register's catalog. */
type ComparisonHead = 'title' | 'item' | 'current' | 'previous';

/**
 * One register's this-month-against-last section, from its cells, its catalog words and its
 * figures: the lines, the heads, the monthly report's section (PDF), the workbook's sheet and
 * the hook the review screen reads. One place, so every register's section is built alike.
 */
export function comparisonRegister<K extends string, F>(spec: {
  /** The report section's key (`data-section`). */
  section: string;
  cells: readonly ComparisonCell<K, F>[];
  /** The words of a line's key or a head, from the register's `review` catalog. */
  text: (key: K | ComparisonHead) => string;
  figures: (repos: Repositories, month: string) => Promise<F>;
}) {
  const rows = (current: F, previous: F) =>
    comparisonRows(spec.cells, spec.text, current, previous);
  const labels = (): ComparisonLabels => ({
    title: spec.text('title'),
    item: spec.text('item'),
    current: spec.text('current'),
    previous: spec.text('previous'),
  });
  type Rows = ReturnType<typeof rows>;
  return {
    rows,
    labels,
    section: (r: Rows) => comparisonSection(spec.section, labels(), r),
    sheet: (r: Rows) => comparisonSheet(labels(), r),
    /** `skip`: nothing is read (a branch install has no local records). */
    useMonth: (month: string, skip = false): Rows | undefined =>
      useMonthComparison(month, spec.figures, rows, skip),
  };
}
