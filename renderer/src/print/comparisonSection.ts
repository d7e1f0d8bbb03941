import { gridTable } from './formSheet';
import { html, type SafeHtml } from './html';

/** The words of a this-month-against-last table: its title and column heads. */
export interface ComparisonLabels {
  title: string;
  item: string;
  current: string;
  previous: string;
}

export interface ComparisonRow {
  label: string;
  current: string;
  previous: string;
}

/** How one line of a comparison reads its month's figures: the line's key and its cell. */
export type ComparisonCell<K extends string, F> = readonly [K, (f: F) => string];

/** A comparison's lines from its cells: each key's label, this month's cell and the last's. */
export function comparisonRows<K extends string, F>(
  cells: readonly ComparisonCell<K, F>[],
  label: (key: K) => string,
  current: F,
  previous: F,
): (ComparisonRow & { key: K })[] {
  return cells.map(([key, cell]) => ({
    key,
    label: label(key),
    current: cell(current),
    previous: cell(previous),
  }));
}

/**
 * A register's lines in the monthly report (PDF) whose figures are not in MonthlyReview (site
 * ledgers, public-space bookings): label, this month, the month before.
 */
export function comparisonSection(
  key: string,
  labels: ComparisonLabels,
  rows: readonly ComparisonRow[],
): SafeHtml {
  return html`<section data-section="${key}">
    <h2>${labels.title}</h2>
    ${gridTable(
      [
        { head: labels.item },
        { head: labels.current, cls: 'num' },
        { head: labels.previous, cls: 'num' },
      ],
      rows.map((r) => [r.label, r.current, r.previous]),
      '',
    )}
  </section>`;
}

/** The same lines as a sheet of the review workbook. */
export function comparisonSheet(
  labels: ComparisonLabels,
  rows: readonly ComparisonRow[],
): { name: string; rows: string[][] } {
  return {
    name: labels.title,
    rows: [
      [labels.item, labels.current, labels.previous],
      ...rows.map((r) => [r.label, r.current, r.previous]),
    ],
  };
}
