import { t } from '../../../i18n';
import { colon } from '../../../i18n/text';
import { html, type SafeHtml } from '../../../print/html';
import { logoImg, SHEETS, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

/** The sheets the renovation forms are printed on. */
export const PAPER = { A4: SHEETS.A4, A5: SHEETS.A5, A5L: SHEETS.A5Landscape } as const;

/** The look the forms share: a header with the office, a centred title, ruled field rows. */
export const FORM_CSS = `
.head { display: flex; align-items: center; gap: 3mm; font-size: 11pt; }
.head .logo { height: 8mm; }
h1 { text-align: center; font-size: 20pt; letter-spacing: 2mm; margin: 2mm 0 1mm; }
.no { text-align: right; font-size: 9.5pt; margin-bottom: 2mm; }
table.f { width: 100%; font-size: 10.5pt; }
table.f th { text-align: left; white-space: nowrap; padding: 1.4mm 3mm 1.4mm 0; width: 1%; vertical-align: top; font-weight: 400; }
table.f td { padding: 1.4mm 0; border-bottom: 0.3mm solid #000; white-space: pre-wrap; }
table.grid { width: 100%; font-size: 10.5pt; }
table.grid th, table.grid td { border: 0.3mm solid #000; padding: 1.6mm 2mm; text-align: left; vertical-align: top; }
.sign { display: flex; justify-content: space-between; gap: 6mm; margin-top: 6mm; font-size: 10.5pt; }
.sign > div { flex: 1; line-height: 2.2; }
.qr img { width: 24mm; height: 24mm; display: block; }
.qr div { text-align: center; font-size: 7pt; }
.foot { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 4mm; }
.stamp { text-align: right; line-height: 1.8; font-size: 10.5pt; }
`;

/** The office header and the title with the document number under it. */
export function formHead(profile: PrintProfile, title: string, noLine: string): SafeHtml {
  return html`<div class="head">
      ${logoImg(profile.logoDataUrl, 'logo')}<span>${profile.name}</span>
    </div>
    <h1>${title}</h1>
    <div class="no">${noLine}</div>`;
}

/** One labelled, ruled row of a field table. */
export function fieldRow(label: string, value: string): SafeHtml {
  return html`<tr>
    <th>${label}</th>
    <td>${value}</td>
  </tr>`;
}

/** The signature blocks at the foot of a form, one per party (`label：name` or a bare label). */
export function signatures(parties: readonly string[]): SafeHtml {
  return html`<div class="sign">
    ${parties.map(
      (p) =>
        html`<div>
          ${p.includes(colon().trim()) ? p : `${p}${colon()}`}<br />${t('print.signDate')}${colon()}
        </div>`,
    )}
  </div>`;
}

/**
 * The foot of a permit posted at the unit: its QR code (`code`, the data URL; none, no image)
 * with the scan hint, and the office's stamp line over the day of issue.
 */
export function qrStampFoot(
  code: string | undefined,
  profile: PrintProfile,
  day: string,
): SafeHtml {
  return html`<div class="foot">
    <div class="qr">
      ${code ? html`<img src="${code}" alt="" />` : ''}
      <div>${t('renovation.print.scan')}</div>
    </div>
    <div class="stamp">
      <div>${profile.stampText ?? profile.name}${t('renovation.print.stamp')}</div>
      <div>${day}</div>
    </div>
  </div>`;
}

/** `2026-11-24T09:30` → `2026-11-24 09:30`. */
export function localTime(value: string): string {
  return value.replace('T', ' ');
}

/** A finished form on one of the renovation papers. */
export function formDocument(opts: {
  kind: string;
  title: string;
  paper: keyof typeof PAPER;
  css: string;
  body: SafeHtml;
}): BuiltDocument {
  return sheetDocument({
    kind: opts.kind,
    title: opts.title,
    sheet: PAPER[opts.paper],
    marginMm: '10mm',
    css: FORM_CSS + opts.css,
    body: opts.body,
  });
}
