import { t } from '../../../i18n';
import { html } from '../../../print/html';
import { logoImg, SHEETS, sheetDocument } from '../../../print/printPage';
import { fieldRow as row, qrStampFoot } from './renovationDocParts';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { renovationQrText } from './renovationQr';
import { colon } from '../../../i18n/text';

/** What the permit prints of a job; a stored RenovationRecord fits. */
export interface PermitJob {
  permitNo?: string;
  unitCode: string;
  ownerName: string;
  contractorName: string;
  contractorLeader: string;
  contractorPhone: string;
  plannedStart: string;
  permitValidUntil: string;
  workingHours: string;
  workItems: string;
}

export type PermitPaper = 'A4' | 'A5';

const SIZES: Record<
  PermitPaper,
  { w: number; h: number; title: number; base: number; qr: number }
> = {
  A4: { w: 210, h: 297, title: 40, base: 16, qr: 40 },
  A5: { w: 148, h: 210, title: 28, base: 11.5, qr: 28 },
};

const css = (s: (typeof SIZES)[PermitPaper]) => `
.permit { border: 1.2mm double #000; height: 100%; padding: 6mm; display: flex; flex-direction: column; }
.head { display: flex; align-items: center; gap: 3mm; font-size: ${s.base}pt; }
.head .logo { height: ${s.base * 0.6}mm; }
h1 { text-align: center; font-size: ${s.title}pt; letter-spacing: 4mm; margin: 4mm 0 2mm; }
.no { text-align: center; font-size: ${s.base}pt; margin-bottom: 4mm; }
table.f { width: 100%; font-size: ${s.base}pt; }
table.f th { text-align: left; white-space: nowrap; padding: 1.6mm 3mm 1.6mm 0; width: 1%; vertical-align: top; }
table.f td { padding: 1.6mm 0; border-bottom: 0.3mm solid #000; }
.foot { margin-top: auto; display: flex; justify-content: space-between; align-items: flex-end; font-size: ${s.base * 0.8}pt; }
.qr img { width: ${s.qr}mm; height: ${s.qr}mm; display: block; }
.qr div { text-align: center; font-size: ${s.base * 0.6}pt; }
.stamp { text-align: right; line-height: 1.8; }
.notice { font-size: ${s.base * 0.75}pt; margin-top: 4mm; }
`;

/** 《施工许可证》 to post on the unit's front door (A4 or A5 portrait), with its QR code. */
export function buildPermit(
  job: PermitJob,
  profile: PrintProfile,
  opts: { paper: PermitPaper; qr: ReadonlyMap<string, string>; issuedOn: string },
): BuiltDocument {
  const s = SIZES[opts.paper];
  const no = job.permitNo ?? '';
  const period = t('print.range', { from: job.plannedStart, to: job.permitValidUntil });
  const qr = opts.qr.get(
    renovationQrText(no, job.unitCode, job.plannedStart, job.permitValidUntil),
  );
  const body = html`<div class="permit" data-doc="permit">
    <div class="head">${logoImg(profile.logoDataUrl, 'logo')}<span>${profile.name}</span></div>
    <h1>${t('renovation.print.permitTitle')}</h1>
    <div class="no">${t('renovation.print.permitNo')}${colon()}${no}</div>
    <table class="f">
      ${row(t('renovation.print.unit'), job.unitCode)}
      ${row(t('renovation.print.owner'), job.ownerName)}
      ${row(t('renovation.print.contractor'), job.contractorName)}
      ${row(t('renovation.print.leader'), `${job.contractorLeader}\u3000${t('renovation.print.phone')}${colon()}${job.contractorPhone}`)}
      ${row(t('renovation.print.period'), period)}
      ${row(t('renovation.print.hours'), job.workingHours)}
      ${row(t('renovation.print.items'), job.workItems)}
    </table>
    <div class="notice">${t('renovation.print.notice')}</div>
    ${qrStampFoot(qr, profile, opts.issuedOn)}
  </div>`;
  return sheetDocument({
    kind: 'constructionPermit',
    title: `${t('renovation.print.permitTitle')} ${no}`,
    sheet: SHEETS[opts.paper],
    marginMm: '8mm',
    css: css(s) + '.permit { height: calc(' + s.h + 'mm - 16mm); }',
    body,
  });
}
