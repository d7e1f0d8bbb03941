import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../../i18n';
import { fieldTable, formDocument, formHead, gridTable } from '../../../print/formSheet';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { WEEK_FIELDS, type WeekNotice } from '../weekNoticeRows';

const CSS = `
.grid td { font-size: 9pt; }
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
      WEEK_FIELDS.map(([col]) => ({ head: t(`renovation.week.col.${col}`) })),
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
