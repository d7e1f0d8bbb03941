import { html, type SafeHtml, tableHead } from './html';

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
    <table>
      ${tableHead([labels.item, labels.current, labels.previous])}
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td>${r.label}</td>
              <td class="num">${r.current}</td>
              <td class="num">${r.previous}</td>
            </tr>`,
        )}
      </tbody>
    </table>
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
