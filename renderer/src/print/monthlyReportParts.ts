import type { MonthlyReview } from '@shared/domain/review/figures';
import { formatRate } from '@shared/domain/rates';
import { t } from '../i18n';
import { html, type SafeHtml } from './html';
import { RATE_KEYS, rowText, type CompareRow } from './reviewRows';

/** 项目 | 本月 | 上月 | 去年同期 (the months named in the head). */
export function compareTable(review: MonthlyReview, rows: readonly CompareRow[]): SafeHtml {
  return html`<table class="grid">
    <thead>
      <tr>
        <th class="item">${t('reviewReport.col.item')}</th>
        <th>${t('reviewReport.col.current')} ${review.current.month}</th>
        <th>${t('reviewReport.col.previous')} ${review.previous.month}</th>
        <th>${t('reviewReport.col.lastYear')} ${review.lastYear.month}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <td>${r.label}</td>
            <td class="num cur">${rowText(r, review.current)}</td>
            <td class="num">${rowText(r, review.previous)}</td>
            <td class="num">${rowText(r, review.lastYear)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** `0.95` → `95%`. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** The four rates: this month with its counts, the target, last month, same month last year. */
export function ratesTable(review: MonthlyReview): SafeHtml {
  return html`<table class="grid" data-table="rates">
    <thead>
      <tr>
        <th class="item">${t('reviewReport.col.item')}</th>
        <th>${t('reviewReport.col.current')}</th>
        <th>${t('reviewReport.col.counts')}</th>
        <th>${t('reviewReport.col.target')}</th>
        <th>${t('reviewReport.col.previous')}</th>
        <th>${t('reviewReport.col.lastYear')}</th>
      </tr>
    </thead>
    <tbody>
      ${RATE_KEYS.map((k) => {
        const cur = review.current.complaints.rates[k];
        return html`<tr>
          <td>${t(`reviewReport.row.${k}`)}</td>
          <td class="num cur">${formatRate(cur)}</td>
          <td class="num">${cur.numerator}/${cur.denominator}</td>
          <td class="num">${percent(review.targets[k])}</td>
          <td class="num">${formatRate(review.previous.complaints.rates[k])}</td>
          <td class="num">${formatRate(review.lastYear.complaints.rates[k])}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** `2026-10` → `2026年10月`. */
export function monthText(month: string): string {
  const [year, m] = month.split('-');
  return t('reviewReport.monthLabel', { year: year ?? '', month: Number(m) });
}
