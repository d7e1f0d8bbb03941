import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../../i18n';
import { capitalAmount, colon } from '../../../i18n/text';
import { html, tableHead } from '../../../print/html';
import { customSheet, logoImg, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import type { PrintableWorkOrder } from './workOrderTemplate';

const CSS = `
body { font-size: 10.5pt; }
.org { text-align: center; font-size: 10pt; }
.logo { height: 8mm; margin-right: 2mm; vertical-align: middle; }
h1 { font-size: 16pt; text-align: center; margin: 1mm 0 3mm; letter-spacing: 2mm; }
.meta { display: flex; justify-content: space-between; margin-bottom: 2mm; }
.body { margin: 0 0 2mm; line-height: 1.6; }
.indent { text-indent: 2em; }
.gap { display: inline-block; width: 6mm; }
table.g { width: 100%; table-layout: fixed; }
.g th, .g td { border: 0.25mm solid #000; padding: 1.2mm 2mm; line-height: 1.4; word-break: break-all; }
.g th { font-weight: 400; background: #f2f2f2; }
.g td.amt { text-align: right; font-variant-numeric: tabular-nums; }
.foot { display: flex; justify-content: space-between; margin-top: 5mm; }
.stamp { text-align: right; }
`;

/**
 * 缴费通知单 of a paid order on half an A4 sheet: who, what was done, the charge in figures and
 * in capitals; the customer brings it to the desk and pays (the receipt comes from the ledger).
 */
export function buildChargeNotice(
  order: PrintableWorkOrder,
  profile: PrintProfile,
  issuedAt: string,
): BuiltDocument {
  const p = (k: string) => t(`repairs.print.${k}` as Parameters<typeof t>[0]);
  const amount = order.chargeFen ?? 0;
  const title = t('repairs.print.noticeDocTitle', { no: order.no });
  const item =
    order.kind === 'paidService' && order.serviceType
      ? t(`repairs.serviceType.${order.serviceType}`)
      : t('repairs.kind.repair');
  const body = html`<div class="org">${logoImg(profile.logoDataUrl, 'logo')}${profile.name}</div>
    <h1>${p('noticeTitle')}</h1>
    <div class="meta">
      <span>${p('unit')}${colon()}${order.unitCode || '—'}</span>
      <span>${p('no')}${colon()}${order.no}</span>
    </div>
    <div class="body">
      <div>${t('repairs.print.noticeTo', { name: order.contactName })}</div>
      <div class="indent">${p('noticeBody')}</div>
    </div>
    <table class="g">
      ${tableHead([
        { label: p('item'), width: '28mm' },
        p('content'),
        { label: p('amount'), width: '32mm' },
      ])}
      <tbody>
        <tr>
          <td>${item}</td>
          <td>${order.workDone || order.problem}</td>
          <td class="amt">${formatFen(amount)}</td>
        </tr>
        <tr>
          <th>${p('capital')}</th>
          <td>${capitalAmount(amount)}</td>
          <td class="amt">¥${formatFen(amount)}</td>
        </tr>
      </tbody>
    </table>
    <div class="foot">
      <span
        >${p('issuedAt')}${colon()}${formatOfficeDateTime(issuedAt).slice(0, 10)}<span
          class="gap"
        ></span
        >${profile.phone ?? ''}</span
      >
      <span class="stamp">${p('office')}<br />${profile.stampText ?? ''}</span>
    </div>`;
  return sheetDocument({
    kind: 'paymentNotice',
    title,
    sheet: customSheet(210, 148.5),
    marginMm: '10mm 14mm',
    css: CSS,
    body,
  });
}
