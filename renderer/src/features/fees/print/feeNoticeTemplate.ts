import { formatFen, toChineseCapital } from '@shared/domain/money';
import { periodLabel } from '@shared/domain/billing';
import { t } from '../../../i18n';
import { html, type SafeHtml, tableHead } from '../../../print/html';
import { logoImg, printPage } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

/** What one notice prints: the unit, who it is addressed to, and the open bills. */
export interface NoticeUnit {
  unitCode: string;
  occupantName: string;
  builtArea?: number | undefined;
  owedFen: number;
  bills: readonly { period: string; itemName: string; basis: string; openFen: number }[];
}

export type NoticeKind = 'payment' | 'dunning';
export type NoticePaper = 'A4' | 'A5';

/** At most this many bill lines on one notice; the rest are summed on one line. */
const MAX_LINES = 8;

const CSS = `
body { font-size: 10pt; }
.sheet { page-break-after: always; break-after: page; }
.sheet:last-child { page-break-after: auto; break-after: auto; }
.notice { height: var(--h); overflow: hidden; padding: 6mm 12mm; position: relative; }
.notice + .notice { border-top: 0.25mm dashed #000; }
.org { text-align: center; font-size: 10pt; }
.logo { height: 7mm; margin-right: 2mm; vertical-align: middle; }
h1 { font-size: 15pt; text-align: center; margin: 1mm 0 2mm; letter-spacing: 2mm; }
.meta { display: flex; justify-content: space-between; margin-bottom: 1.5mm; }
.body { line-height: 1.55; margin-bottom: 1.5mm; }
.indent { text-indent: 2em; }
table.g { width: 100%; table-layout: fixed; }
.g th, .g td { border: 0.25mm solid #000; padding: 0.8mm 1.6mm; line-height: 1.3; word-break: break-all; }
.g th { font-weight: 400; background: #f2f2f2; }
.g td.amt { text-align: right; font-variant-numeric: tabular-nums; }
.foot { display: flex; justify-content: space-between; margin-top: 3mm; }
.stamp { text-align: right; }
`;

function notice(
  unit: NoticeUnit,
  kind: NoticeKind,
  profile: PrintProfile,
  dateText: string,
  deadline: string,
): SafeHtml {
  const p = (k: string, vars?: Record<string, string>) =>
    t(`fees.notice.${k}` as Parameters<typeof t>[0], vars);
  const shown = unit.bills.slice(0, MAX_LINES);
  const rest = unit.bills.slice(MAX_LINES);
  const restFen = rest.reduce((s, b) => s + b.openFen, 0);
  return html`<div class="notice">
    <div class="org">${logoImg(profile.logoDataUrl, 'logo')}${profile.name}</div>
    <h1>${p(kind === 'payment' ? 'paymentTitle' : 'dunningTitle')}</h1>
    <div class="meta">
      <span>${p('unit')}：${unit.unitCode}</span>
      ${unit.builtArea !== undefined ? html`<span>${p('area')}：${String(unit.builtArea)}㎡</span>` : ''}
      <span>${p('date')}：${dateText}</span>
    </div>
    <div class="body">
      <div>${p('to', { name: unit.occupantName || p('owner') })}</div>
      <div class="indent">
        ${kind === 'payment' ? p('paymentBody', { deadline }) : p('dunningBody', { deadline })}
      </div>
    </div>
    <table class="g">
      ${tableHead([
        { label: p('period'), width: '30mm' },
        { label: p('item'), width: '28mm' },
        p('basis'),
        { label: p('amount'), width: '26mm' },
      ])}
      <tbody>
        ${shown.map(
          (b) =>
            html`<tr>
              <td>${periodLabel(b.period)}</td>
              <td>${b.itemName}</td>
              <td>${b.basis}</td>
              <td class="amt">${formatFen(b.openFen)}</td>
            </tr>`,
        )}
        ${
          rest.length > 0
            ? html`<tr>
                <td colspan="3">${p('more', { count: String(rest.length) })}</td>
                <td class="amt">${formatFen(restFen)}</td>
              </tr>`
            : ''
        }
        <tr>
          <th>${p('total')}</th>
          <td colspan="2">${toChineseCapital(unit.owedFen)}</td>
          <td class="amt">¥${formatFen(unit.owedFen)}</td>
        </tr>
      </tbody>
    </table>
    <div class="foot">
      <span>${p('where')}${profile.phone ? html` · ${p('phone')}：${profile.phone}` : ''}</span>
      <span class="stamp">${profile.stampText ?? profile.name}</span>
    </div>
  </div>`;
}

/**
 * 交费通知单 / 催缴通知书 for a batch of units: on A4 two notices a sheet (cut across), on A5
 * one a sheet. Each lists the unit's open bills, the total in figures and capitals, and the
 * date to pay by.
 */
export function buildFeeNotices(
  units: readonly NoticeUnit[],
  kind: NoticeKind,
  paper: NoticePaper,
  profile: PrintProfile,
  dates: { today: string; deadline: string },
): BuiltDocument {
  const perSheet = paper === 'A4' ? 2 : 1;
  const widthMm = paper === 'A4' ? 210 : 148;
  const heightMm = paper === 'A4' ? 297 : 210;
  const noticeHeight = paper === 'A4' ? 148.5 : 210;
  const sheets: NoticeUnit[][] = [];
  for (let i = 0; i < units.length; i += perSheet) sheets.push(units.slice(i, i + perSheet));
  const title = t(kind === 'payment' ? 'fees.notice.paymentTitle' : 'fees.notice.dunningTitle');
  const body = html`${sheets.map(
    (sheet) =>
      html`<div class="sheet">
        ${sheet.map((u) => notice(u, kind, profile, dates.today, dates.deadline))}
      </div>`,
  )}`;
  return {
    kind: kind === 'payment' ? 'feePaymentNotice' : 'feeDunningNotice',
    title,
    html: printPage({
      title,
      widthMm,
      heightMm,
      marginMm: '0',
      css: `${CSS} .notice { --h: ${noticeHeight - 0.5}mm; }`,
      body,
    }),
    pageSize: { widthMm, heightMm },
    landscape: false,
    widthMm,
    heightMm,
  };
}
