import type { MonthlyReview } from '@shared/domain/review/figures';
import { formatFen } from '@shared/domain/money';
import { formatRate, type Rate } from '@shared/domain/rates';
import { t } from '../../../i18n';
import { html, type SafeHtml, tableHead } from '../../../print/html';
import { RATE_KEYS, perHouseholdRow, rateTarget, rowText, type CompareRow } from './reviewRows';

/** 项目 | 本月 | 上月 | 去年同期 (the months named in the head). */
export function compareTable(review: MonthlyReview, rows: readonly CompareRow[]): SafeHtml {
  return html`<table class="grid">
    ${tableHead([
      { label: t('reviewReport.col.item'), className: 'item' },
      `${t('reviewReport.col.current')} ${review.current.month}`,
      `${t('reviewReport.col.previous')} ${review.previous.month}`,
      `${t('reviewReport.col.lastYear')} ${review.lastYear.month}`,
    ])}
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

/** A rate row's target as printed: `95%`, `< 1%` for a ceiling, 不设目标 for none. */
function targetText(row: Extract<CompareRow, { kind: 'rate' }>): string {
  if (row.target === undefined) return t('reviewReport.col.noTarget');
  const text = percent(row.target);
  return row.ceiling ? t('reviewReport.col.below', { value: text }) : text;
}

/**
 * 有效投诉率 against its ceiling, then the desk's four rates: this month with its counts, the
 * target, last month, same month last year.
 */
export function ratesTable(review: MonthlyReview): SafeHtml {
  return html`<table class="grid" data-table="rates">
    ${tableHead([
      { label: t('reviewReport.col.item'), className: 'item' },
      t('reviewReport.col.current'),
      t('reviewReport.col.counts'),
      t('reviewReport.col.target'),
      t('reviewReport.col.previous'),
      t('reviewReport.col.lastYear'),
    ])}
    <tbody>
      ${rateRows(review).map((row) => {
        const cur = row.rate(review.current);
        const fmt = (r: Rate) => formatRate(r, row.decimals);
        return html`<tr data-rate="${row.label}">
          <td>${row.label}</td>
          <td class="num cur">${fmt(cur)}</td>
          <td class="num">${cur.numerator}/${cur.denominator}</td>
          <td class="num">${targetText(row)}</td>
          <td class="num">${fmt(row.rate(review.previous))}</td>
          <td class="num">${fmt(row.rate(review.lastYear))}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function rateRows(review: MonthlyReview): Extract<CompareRow, { kind: 'rate' }>[] {
  const perHousehold = perHouseholdRow(review);
  return [
    ...(perHousehold.kind === 'rate' ? [perHousehold] : []),
    ...RATE_KEYS.map((k) => {
      const target = rateTarget(review, k);
      return {
        label: t(`reviewReport.row.${k}`),
        kind: 'rate' as const,
        rate: (f: MonthlyReview['current']) => f.complaints.rates[k],
        ...(target !== undefined ? { target } : {}),
      };
    }),
  ];
}

/** `2026-10` → `2026年10月`. */
export function monthText(month: string): string {
  const [year, m] = month.split('-');
  return t('reviewReport.monthLabel', { year: year ?? '', month: Number(m) });
}

/** 重大欠费 of the month: the units over the threshold, most owed first, as at the month's end. */
export function majorTable(review: MonthlyReview): SafeHtml {
  const fees = review.current.fees;
  const major = fees?.major ?? [];
  const title = t('reviewReport.section.major', {
    count: major.length,
    amount: formatFen(fees?.majorFen ?? 0),
  });
  return html`<h3>${title}</h3>
    ${
      major.length === 0
        ? html`<p>${t('reviewReport.major.none')}</p>`
        : html`<table class="grid" data-table="major-arrears">
            <thead>
              <tr>
                <th class="item">${t('reviewReport.major.unit')}</th>
                <th>${t('reviewReport.major.building')}</th>
                <th>${t('reviewReport.major.owed')}</th>
                <th>${t('reviewReport.major.months')}</th>
              </tr>
            </thead>
            <tbody>
              ${major.map(
                (u) =>
                  html`<tr>
                    <td>${u.unitCode}</td>
                    <td>${u.building}</td>
                    <td class="num">${formatFen(u.owedFen)}</td>
                    <td class="num">${u.oldestMonths}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <div class="foot">${t('reviewReport.major.note')}</div>`;
}
