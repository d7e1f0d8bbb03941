import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../i18n';
import { html, type SafeHtml } from './html';

/** CSS of the void stamp and the reprint mark; include it in any template that uses them. */
export const STAMP_CSS = `
.void-stamp {
  position: absolute; left: 50%; top: 50%;
  transform: translate(-50%, -50%) rotate(-14deg);
  border: 1mm double #d4380d; color: #d4380d; border-radius: 2mm;
  padding: 1mm 5mm; text-align: center; background: rgba(255, 255, 255, 0.55);
  pointer-events: none; z-index: 5;
}
.void-stamp .word { font-size: 24pt; font-weight: 700; letter-spacing: 6mm; margin-right: -6mm; line-height: 1.15; }
.void-stamp .why { font-size: 7.5pt; max-width: 60mm; line-height: 1.3; }
.reprint {
  display: inline-block; border: 0.3mm solid #000; padding: 0 1.2mm; margin-left: 2mm;
  font-size: 7.5pt; line-height: 1.5; vertical-align: middle; white-space: nowrap;
}
`;

/** The 作废 stamp laid over a voided document, with the reason and when. */
export function voidStamp(voidedAt: string | undefined, reason: string | undefined): SafeHtml {
  const when = voidedAt ? formatOfficeDateTime(voidedAt) : '';
  return html`<div class="void-stamp" data-stamp="void">
    <div class="word">${t('print.void')}</div>
    ${reason || when ? html`<div class="why">${reason ?? ''}${reason && when ? ' · ' : ''}${when}</div>` : ''}
  </div>`;
}

/** The 补打 mark with the reprint time; nothing on a first print. */
export function reprintMark(reprintAt: string | undefined): SafeHtml {
  return reprintAt
    ? html`<span class="reprint"
        >${t('print.reprint', { time: formatOfficeDateTime(reprintAt) })}</span
      >`
    : html``;
}
