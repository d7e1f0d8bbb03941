// Shared by two registers' printouts (the complaints 汇总单 and the monthly report), so it lives
// with the engine rather than in either register.
import { orderedEntries, type MonthlyAnalysisEntry } from '@shared/domain/complaintAnalysis';
import { t } from '../i18n';
import { html, type SafeHtml, tableHead } from './html';

/** Names a complaint category code (the report passes its own, with the settings' words). */
type CategoryName = (code: string) => string;

/** A scope as printed: a category's name (一类…), or the case's number. */
export function scopeText(scope: string, category?: CategoryName): string {
  if (/^class\d$/.test(scope))
    return category ? category(scope) : t(`complaints.category.${scope as 'class1'}`);
  return scope;
}

/**
 * 原因分析 and 纠正/预防措施 as a table (汇总单, monthly report): one row per category or major
 * case, in category order; a line saying none was written when the month has none.
 */
export function analysisTable(
  entries: readonly MonthlyAnalysisEntry[],
  category?: CategoryName,
): SafeHtml {
  if (entries.length === 0)
    return html`<p data-analysis="none">${t('reviewReport.analysis.none')}</p>`;
  return html`<table class="grid" data-analysis="table">
    ${tableHead([
      t('reviewReport.analysis.scope'),
      t('reviewReport.analysis.cause'),
      t('reviewReport.analysis.measures'),
    ])}
    <tbody>
      ${orderedEntries(entries).map(
        (e) =>
          html`<tr>
            <td>${scopeText(e.scope, category)}</td>
            <td>${e.cause}</td>
            <td>${e.measures}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
