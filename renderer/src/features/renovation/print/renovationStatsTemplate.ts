import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { RenovationMonthStats } from '@shared/domain/renovationStats';
import { t } from '../../../i18n';
import { html, tableHead } from '../../../print/html';
import { SHEETS, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { statsColumns, statsSummary, statsTextCells } from '../statsColumns';

const CSS = `
h1 { text-align: center; font-size: 16pt; margin: 0 0 1mm; }
.sub { text-align: center; font-size: 10pt; margin-bottom: 3mm; }
.sum { font-size: 9pt; margin-bottom: 2mm; }
table.s { width: 100%; font-size: 8.5pt; }
table.s th, table.s td { border: 0.3mm solid #000; padding: 1mm 1.5mm; }
table.s th { background: #eee; }
.foot { font-size: 8pt; margin-top: 2mm; text-align: right; }
`;

/** 《每月装修统计表》 on A4 landscape. */
export function buildRenovationStats(
  stats: RenovationMonthStats,
  profile: PrintProfile,
  printedAt: string,
): BuiltDocument {
  const [year, month] = stats.month.split('-');
  const title = `${t('renovation.print.statsTitle')} ${stats.month}`;
  const body = html`<h1>${profile.name} ${t('renovation.print.statsTitle')}</h1>
    <div class="sub">
      ${t('renovation.print.statsMonth', { year: year ?? '', month: Number(month) })}
    </div>
    <div class="sum" data-stats="summary">${statsSummary(stats, formatFen)}</div>
    <table class="s">
      ${tableHead(statsColumns().map((c) => c.head))}
      <tbody>
        ${stats.rows.map(
          (r) =>
            html`<tr>
              ${statsTextCells(r).map((cell) => html`<td>${cell}</td>`)}
              <td class="num">${formatFen(r.heldFen)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="foot">
      ${t('renovation.print.printedAt', { time: formatOfficeDateTime(printedAt) })}
    </div>`;
  return sheetDocument({
    kind: 'report',
    title,
    sheet: SHEETS.A4Landscape,
    marginMm: '10mm',
    css: CSS,
    body,
  });
}
