import { t } from '../../../i18n';
import { html, type SafeHtml } from '../../../print/html';
import type { siteReviewRows } from '../siteReviewRows';

type Rows = ReturnType<typeof siteReviewRows>;

/** 巡查检查 in the monthly report (PDF): this month against the month before. */
export function siteReportSection(rows: Rows): SafeHtml {
  return html`<section data-section="site">
    <h2>${t('patrols.review.title')}</h2>
    <table>
      <thead>
        <tr>
          <th>${t('patrols.review.item')}</th>
          <th>${t('patrols.review.current')}</th>
          <th>${t('patrols.review.previous')}</th>
        </tr>
      </thead>
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
export function siteReviewSheet(rows: Rows): { name: string; rows: string[][] } {
  return {
    name: t('patrols.review.title'),
    rows: [
      [t('patrols.review.item'), t('patrols.review.current'), t('patrols.review.previous')],
      ...rows.map((r) => [r.label, r.current, r.previous]),
    ],
  };
}
