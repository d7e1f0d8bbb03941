import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { formatFen } from '@shared/domain/money';
import type { WorkOrderRecord } from '../../../db/records';
import { t } from '../../../i18n';
import { colon } from '../../../i18n/text';
import { html, type SafeHtml } from '../../../print/html';
import { logoImg, SHEETS, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { reprintMark, STAMP_CSS } from '../../../print/stamps';

/** The work order fields the template prints; a stored WorkOrderRecord fits. */
export type PrintableWorkOrder = Pick<
  WorkOrderRecord,
  | 'no'
  | 'kind'
  | 'receivedAt'
  | 'receivedByName'
  | 'unitCode'
  | 'contactName'
  | 'contactPhone'
  | 'problem'
  | 'place'
  | 'urgency'
  | 'paid'
  | 'serviceType'
  | 'department'
  | 'appointment'
  | 'workDone'
  | 'materials'
  | 'worker'
  | 'chargeFen'
  | 'caseNo'
>;

const CSS = `
body { font-size: 10pt; }
.head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 2mm; }
.org { font-size: 10pt; }
.logo { height: 9mm; margin-right: 2mm; vertical-align: middle; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; letter-spacing: 1.5mm; }
.qr { width: 20mm; height: 20mm; }
.no { font-size: 11pt; font-weight: 700; }
.case { margin-left: 4mm; }
.urgent { border: 0.4mm solid #c00; color: #c00; padding: 0 1.5mm; margin-left: 2mm; font-weight: 700; }
table.f { width: 100%; table-layout: fixed; }
.f th, .f td { border: 0.25mm solid #000; padding: 1.2mm 1.5mm; vertical-align: top; line-height: 1.4; word-break: break-all; }
.f th { font-weight: 400; background: #f2f2f2; text-align: left; }
.f td.big { height: 34mm; }
.f td.mid { height: 16mm; }
.section { font-weight: 700; margin: 3mm 0 1mm; }
.note { font-size: 8.5pt; margin-top: 2mm; display: flex; justify-content: space-between; }
${STAMP_CSS}
`;

// Fixed label columns: the first row of a table may be a single wide cell (colspan 3).
const COLS = html`<colgroup>
  <col style="width: 24mm" />
  <col />
  <col style="width: 24mm" />
  <col />
</colgroup>`;

const row = (...cells: [string, SafeHtml | string, string?][]): SafeHtml =>
  html`<tr>
    ${cells.map(
      ([label, value, cls]) =>
        html`<th>${label}</th>
          <td class="${cls ?? ''}" colspan="${cells.length === 1 ? 3 : 1}">${value}</td>`,
    )}
  </tr>`;

/**
 * 维修派工单 / 有偿服务派工单 on A5 portrait: the intake for the department on top, the
 * worker's part (result, materials, charge, customer signature) below, blank until it comes
 * back. `qrDataUrl` (the number as a QR code) lets the desk find the order by scanning it.
 */
export function buildWorkOrder(
  order: PrintableWorkOrder,
  profile: PrintProfile,
  opts: { qrDataUrl?: string; reprintAt?: string } = {},
): BuiltDocument {
  const p = (k: string) => t(`repairs.print.${k}` as Parameters<typeof t>[0]);
  const heading = p(order.kind === 'paidService' ? 'serviceOrderTitle' : 'workOrderTitle');
  const title = t('repairs.print.docTitle', { no: order.no });
  const qr =
    opts.qrDataUrl && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(opts.qrDataUrl)
      ? html`<img class="qr" src="${opts.qrDataUrl}" alt="" />`
      : html``;
  const serviceRow =
    order.kind === 'paidService' && order.serviceType
      ? row([p('service'), t(`repairs.serviceType.${order.serviceType}`)])
      : html``;
  const body = html`<div class="head">
      <div>
        <div class="org">${logoImg(profile.logoDataUrl, 'logo')}${profile.name}</div>
        <div>
          <span class="k">${p('no')}${colon()}</span><span class="no">${order.no}</span>
          ${order.urgency === 'emergency' ? html`<span class="urgent">${t('repairs.urgency.emergency')}</span>` : ''}
          ${order.caseNo ? html`<span class="k case">${p('case')}${colon()}</span>${order.caseNo}` : ''}
          ${reprintMark(opts.reprintAt)}
        </div>
      </div>
      ${qr}
    </div>
    <h1>${heading}</h1>
    <table class="f">
      ${COLS}
      <tbody>
        ${row(
          [p('receivedAt'), formatOfficeDateTime(order.receivedAt)],
          [p('receivedBy'), order.receivedByName],
        )}
        ${row([p('unit'), order.unitCode || '—'], [p('place'), t(`repairs.place.${order.place}`)])}
        ${row([p('contact'), order.contactName], [p('phone'), order.contactPhone])}
        ${row(
          [p('urgency'), t(`repairs.urgency.${order.urgency}`)],
          [p('paid'), t(`repairs.paid.${order.paid ? 'true' : 'false'}`)],
        )}
        ${serviceRow}
        ${row(
          [p('department'), order.department],
          [p('appointment'), order.appointment || p('asap')],
        )}
        ${row([p('problem'), order.problem, 'mid'])}
      </tbody>
    </table>
    <div class="section">${p('resultHeading')}</div>
    <table class="f">
      ${COLS}
      <tbody>
        ${row([p('workDone'), order.workDone ?? '', 'big'])}
        ${row([p('materials'), order.materials ?? '', 'mid'])}
        ${row(
          [p('charge'), order.chargeFen ? formatFen(order.chargeFen) : ''],
          [p('worker'), order.worker ?? ''],
        )}
        ${row([p('startEnd'), ''], [p('customerSign'), ''])}
        ${row([p('satisfaction'), p('satisfactionOptions')])}
      </tbody>
    </table>
    <div class="note"><span>${p('returnNote')}</span><span>${profile.phone ?? ''}</span></div>`;
  return sheetDocument({
    kind: 'workOrder',
    title,
    sheet: SHEETS.A5,
    marginMm: '8mm 9mm',
    css: CSS,
    body,
  });
}
