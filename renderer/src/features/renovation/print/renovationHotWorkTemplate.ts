import { officeDateOf } from '@shared/domain/officeTime';
import type { HotWorkPermit } from '@shared/domain/renovationDocs';
import { t } from '../../../i18n';
import { colon } from '../../../i18n/text';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { fieldRow, formDocument, formHead, localTime, qrStampFoot } from './renovationDocParts';
import { renovationQrText } from './renovationQr';

/** What the hot-work permit prints of its job. */
export interface HotWorkJob {
  unitCode: string;
  contractorName: string;
  permitNo?: string;
}

/** The QR text of a hot-work permit: its number, unit and time window. */
export function hotWorkQrText(job: HotWorkJob, permit: HotWorkPermit): string {
  return renovationQrText(permit.no, job.unitCode, localTime(permit.from), localTime(permit.until));
}

const CSS = `
.hot { border: 1mm double #000; padding: 5mm; height: calc(210mm - 20mm); display: flex; flex-direction: column; }
.hot h1 { color: #b00; }
.warn { font-size: 9pt; margin-top: 3mm; }
.hot .foot { margin-top: auto; }
`;

/** 《动火许可证》 on A5 portrait: place, time window, person, precautions, approver, QR code. */
export function buildHotWorkPermit(
  job: HotWorkJob,
  permit: HotWorkPermit,
  profile: PrintProfile,
  qr: ReadonlyMap<string, string>,
): BuiltDocument {
  const title = t('renovation.print.hotWorkTitle');
  const code = qr.get(hotWorkQrText(job, permit));
  const body = html`<div class="hot" data-doc="hotWork">
    ${formHead(profile, title, `${t('renovation.print.hotWorkNo')}${colon()}${permit.no}`)}
    <table class="f">
      ${fieldRow(t('renovation.print.unit'), job.unitCode)}
      ${fieldRow(t('renovation.print.contractor'), job.contractorName)}
      ${fieldRow(t('renovation.print.hotPlace'), permit.place)}
      ${fieldRow(t('renovation.print.hotTime'), t('print.range', { from: localTime(permit.from), to: localTime(permit.until) }))}
      ${fieldRow(t('renovation.print.hotPerson'), permit.person)}
      ${fieldRow(t('renovation.print.hotGuardian'), permit.guardian || '—')}
      ${fieldRow(t('renovation.print.hotPrecautions'), permit.precautions)}
      ${fieldRow(t('renovation.print.approver'), permit.approverName)}
    </table>
    <div class="warn">${t('renovation.print.hotWorkNotice')}</div>
    ${qrStampFoot(code, profile, officeDateOf(permit.issuedAt))}
  </div>`;
  return formDocument({
    kind: 'hotWorkPermit',
    title: `${title} ${permit.no}`,
    paper: 'A5',
    css: CSS,
    body,
  });
}
