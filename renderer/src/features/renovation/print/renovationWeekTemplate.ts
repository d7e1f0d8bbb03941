import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../../i18n';
import { fieldTable, formDocument, formHead, gridTable } from '../../../print/formSheet';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { WEEK_FIELDS, type WeekNotice } from '../weekNoticeRows';

// The grid lays out fixed: each column gets the width its longest usual value needs
// (numbers, phones and dates on one line); the contractor takes what is left.
const CELL_CLASS: Partial<Record<(typeof WEEK_FIELDS)[number][0], string>> = {
  unit: 'w-unit nw',
  no: 'w-no nw',
  owner: 'w-owner',
  phone: 'w-phone nw',
  period: 'w-period',
  hours: 'w-hours',
  workers: 'w-workers c',
  mark: 'w-mark',
};

const CSS = `
.grid th, .grid td { font-size: 8.5pt; }
.grid .w-unit { width: 17mm; }
.grid .w-no { width: 24mm; }
.grid .w-owner { width: 14mm; }
.grid .w-phone { width: 22mm; }
.grid .w-period { width: 24mm; }
.grid .w-hours { width: 22mm; }
.grid .w-workers { width: 10mm; }
.grid .w-mark { width: 15mm; }
.sum { margin: 1mm 0 2mm; }
.f td { height: 12mm; }
`;

/**
 * 本周装修单元通知 (A4) to 工程部 and 安护部: the units under renovation this week, with the
 * contractor to call and why each is listed (under way, past its permit, starting), signed by
 * the desk and each department on receipt.
 */
export function buildRenovationWeekNotice(
  notice: WeekNotice,
  profile: PrintProfile,
  ctx: { clerkName: string; printedAt: string },
): BuiltDocument {
  const title = t('renovation.week.title');
  const range = t('renovation.week.range', { from: notice.week.from, to: notice.week.to });
  const body = html`${formHead(profile, title)}
    <div class="sum">
      ${t('renovation.week.to')} · ${range} ·
      ${t('renovation.week.count', { n: notice.rows.length })}
    </div>
    ${gridTable(
      WEEK_FIELDS.map(([col]) => ({
        head: t(`renovation.week.col.${col}`),
        ...(CELL_CLASS[col] ? { cls: CELL_CLASS[col] } : {}),
      })),
      notice.rows.map((r) => WEEK_FIELDS.map(([, , value]) => value(r))),
    )}
    ${fieldTable([
      [t('renovation.week.deskSign'), ctx.clerkName],
      [t('renovation.week.engineeringSign'), ''],
      [t('renovation.week.securitySign'), ''],
      [t('renovation.week.printedAt'), formatOfficeDateTime(ctx.printedAt)],
    ])}`;
  return formDocument('form', `${title} ${notice.week.from}`, body, CSS);
}
