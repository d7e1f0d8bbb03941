import { formatYuan } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { HandoverRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { inParens } from '../../../i18n/text';
import { formDocument, fieldTable, formHead, signTable } from '../../../print/formSheet';
import { html, tableHead } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

type Key = keyof (typeof zhCN)['handover']['print'];
const p = (k: Key) => t(`handover.print.${k}`);
const at = (iso?: string) => (iso ? formatOfficeDateTime(iso) : '');

/** 交接班记录 on A4: items with their state, equipment, cash, the log, both signatures. */
export function buildHandoverSheet(h: HandoverRecord, profile: PrintProfile): BuiltDocument {
  const title = `${p('title')} ${h.no}`;
  const items = h.items.map(
    (item, i) =>
      html`<tr>
        <td class="c">${i + 1}</td>
        <td>
          ${item.text}${
            item.carriedFrom
              ? html`${inParens(t('handover.print.carried', { no: item.carriedFrom }))}`
              : html``
          }
        </td>
        <td>${item.createdByName}</td>
        <td>
          ${
            item.closedAt
              ? t('handover.print.itemClosed', {
                  by: item.closedByName ?? '',
                  note: item.closeNote ?? '',
                })
              : p('itemOpen')
          }
        </td>
        <td class="c">${item.acknowledged ? '✓' : ''}</td>
      </tr>`,
  );
  const equipment = h.equipment.map(
    (e) =>
      html`<tr>
        <td>${e.name}</td>
        <td class="c">${e.ok ? p('ok') : p('broken')}</td>
        <td>${e.note ?? ''}</td>
      </tr>`,
  );
  const body = html`${formHead(profile, p('title'), h.no)}
    ${fieldTable([
      [p('from'), h.fromName],
      [p('to'), h.toName],
      [p('openedAt'), at(h.openedAt)],
      [p('closedAt'), at(h.closedAt)],
      [p('cash'), h.cashFen === undefined ? '' : formatYuan(h.cashFen)],
      [p('status'), h.status === 'closed' ? p('closed') : p('open')],
    ])}
    <h2>${p('items')}</h2>
    <table class="grid">
      ${tableHead([
        { label: p('seq'), width: '12mm' },
        p('item'),
        { label: p('by'), width: '22mm' },
        { label: p('state'), width: '40mm' },
        { label: p('acked'), width: '20mm' },
      ])}
      <tbody>
        ${
          items.length > 0
            ? items
            : html`<tr>
                <td colspan="5">${p('none')}</td>
              </tr>`
        }
      </tbody>
    </table>
    <h2>${p('equipment')}</h2>
    <table class="grid">
      ${tableHead([
        { label: p('device'), width: '40mm' },
        { label: p('status'), width: '20mm' },
        p('note'),
      ])}
      <tbody>
        ${equipment}
      </tbody>
    </table>
    <h2>${p('log')}</h2>
    <table>
      <tbody>
        <tr>
          <td style="height:30mm; white-space:pre-wrap">${h.log}</td>
        </tr>
      </tbody>
    </table>
    ${signTable([[[p('fromSign')], [p('toSign')]]], '28mm')}`;
  return formDocument('form', title, body);
}
