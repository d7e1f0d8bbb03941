import { maskIdNumber } from '@shared/domain/identity';
import { t } from '../../../i18n';
import { html, safeImageDataUrl } from '../../../print/html';
import { SHEETS, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { renovationQrText } from './renovationQr';

export interface PassJob {
  unitCode: string;
  contractorName: string;
  plannedStart: string;
  permitValidUntil: string;
}

export interface PrintablePass {
  no: string;
  workerName: string;
  idNumber: string;
  photoDataUrl?: string;
}

/** Cards per A4 sheet: 2 across, 5 down, each the size of an ID card (85.6 × 54 mm). */
const PER_SHEET = 10;

const CSS = `
.sheet { display: grid; grid-template-columns: repeat(2, 85.6mm); grid-auto-rows: 54mm; gap: 3mm 6mm; align-content: start; justify-content: center; }
.sheet + .sheet { break-before: page; }
.card { border: 0.4mm solid #000; border-radius: 2mm; padding: 2mm 3mm; display: grid; grid-template-columns: 1fr 17mm; grid-template-rows: auto 1fr auto; font-size: 7.5pt; overflow: hidden; line-height: 1.25; }
.card .t { grid-column: 1 / 3; text-align: center; font-weight: 700; font-size: 10.5pt; border-bottom: 0.3mm solid #000; padding-bottom: 1mm; margin-bottom: 1mm; }
.card .t small { display: block; font-weight: 400; font-size: 7pt; }
.card table td { padding: 0.3mm 0; white-space: nowrap; }
.card table td:first-child { padding-right: 2mm; color: #333; }
.card .side { display: flex; flex-direction: column; align-items: center; gap: 1mm; }
.card .photo { width: 15mm; height: 18mm; border: 0.3mm dashed #666; display: flex; align-items: center; justify-content: center; font-size: 7pt; color: #666; }
.card .photo img { width: 100%; height: 100%; object-fit: cover; }
.card .qr { width: 15mm; height: 15mm; }
.card .n { grid-column: 1 / 3; font-size: 6.5pt; text-align: center; }
`;

/** The card's label and value lines: plain cells, the card being too small for a ruled head. */
function cardRows(rows: readonly (readonly [label: string, value: string])[]) {
  return rows.map(
    ([label, value]) =>
      html`<tr>
        <td>${label}</td>
        <td>${value}</td>
      </tr>`,
  );
}

function photoOf(pass: PrintablePass): string | undefined {
  return safeImageDataUrl(pass.photoDataUrl);
}

/** A batch of 《施工人员临时出入证》: one card per worker, ten per A4 sheet, ID numbers masked. */
export function buildPasses(
  job: PassJob,
  passes: readonly PrintablePass[],
  profile: PrintProfile,
  qr: ReadonlyMap<string, string>,
): BuiltDocument {
  const cards = passes.map((p) => {
    const code = qr.get(
      renovationQrText(p.no, job.unitCode, job.plannedStart, job.permitValidUntil),
    );
    return html`<div class="card" data-pass="${p.no}">
      <div class="t">${t('renovation.print.passTitle')}<small>${profile.name}</small></div>
      <table>
        ${cardRows([
          [t('renovation.print.passNo'), p.no],
          [t('renovation.print.name'), p.workerName],
          [t('renovation.print.idNumber'), p.idNumber ? maskIdNumber(p.idNumber) : '—'],
          [t('renovation.print.contractor'), job.contractorName],
          [t('renovation.print.unit'), job.unitCode],
          [
            t('renovation.print.valid'),
            t('print.range', { from: job.plannedStart, to: job.permitValidUntil }),
          ],
        ])}
      </table>
      <div class="side">
        <div class="photo">
          ${photoOf(p) ? html`<img src="${photoOf(p)}" alt="" />` : t('renovation.print.photo')}
        </div>
        ${code ? html`<img class="qr" src="${code}" alt="" />` : ''}
      </div>
      <div class="n">${t('renovation.print.passNotice')}</div>
    </div>`;
  });
  const sheets = [];
  for (let i = 0; i < cards.length; i += PER_SHEET)
    sheets.push(html`<div class="sheet">${cards.slice(i, i + PER_SHEET)}</div>`);
  const title = `${t('renovation.print.passTitle')} ${job.unitCode}`;
  return sheetDocument({
    kind: 'workerPass',
    title,
    sheet: SHEETS.A4,
    marginMm: '6mm 8mm',
    css: CSS,
    body: html`${sheets}`,
  });
}
