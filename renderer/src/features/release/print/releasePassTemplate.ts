import { maskPhone } from '@shared/domain/identity';
import type { ReleaseItem } from '@shared/domain/releasePass';
import type { ReleasePassRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { signTable } from '../../../print/formSheet';
import { html, type SafeHtml, tableHead } from '../../../print/html';
import { logoImg, SHEETS, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

type Key = keyof (typeof zhCN)['release']['print'];
const p = (k: Key) => t(`release.print.${k}`);

/** Rows per item column: more items go into a second column so a part stays half a page. */
const ROWS_PER_COLUMN = 6;

const CSS = `
body { font-size: 10.5pt; }
.part { height: 128mm; overflow: hidden; display: flex; flex-direction: column; }
.head { display: flex; align-items: center; gap: 3mm; }
.logo { height: 9mm; }
.org { font-size: 10pt; flex: 1; }
.copy { font-size: 9pt; border: 0.25mm solid #000; padding: 0.5mm 2mm; }
h1 { font-size: 15pt; text-align: center; margin: 1mm 0; letter-spacing: 0.8mm; }
.no { text-align: right; font-size: 11pt; margin-bottom: 1mm; }
table { width: 100%; table-layout: fixed; }
th, td { border: 0.25mm solid #000; padding: 1.2mm 2mm; text-align: left; font-weight: 400; }
.f th { width: 24mm; background: #f2f2f2; }
.items { display: flex; gap: 2mm; margin-top: 1.5mm; }
.items th { background: #f2f2f2; }
.items .seq { width: 13mm; text-align: center; white-space: nowrap; }
.items .qty { width: 16mm; text-align: right; }
.sign { margin-top: auto; }
.sign th { width: 28mm; background: #f2f2f2; }
.sign td { height: 13mm; vertical-align: top; }
.stamp { color: #b00; }
.cut { border-top: 0.3mm dashed #000; margin: 4mm 0; text-align: center; font-size: 8pt; }
.cut span { background: #fff; position: relative; top: -2.2mm; padding: 0 2mm; }
`;

function itemTable(items: readonly ReleaseItem[], offset: number): SafeHtml {
  return html`<table>
    ${tableHead([
      { label: p('seq'), className: 'seq' },
      p('item'),
      { label: p('quantity'), className: 'qty' },
    ])}
    <tbody>
      ${items.map(
        (item, i) =>
          html`<tr>
            <td class="seq">${offset + i + 1}</td>
            <td>${item.name}</td>
            <td class="qty num">${item.quantity}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The pass's title: which way the goods go, and whether it is a moving appointment. */
export function passTitle(pass: Pick<ReleasePassRecord, 'direction' | 'moving'>): string {
  const inward = pass.direction === 'in';
  if (pass.moving) return p(inward ? 'titleMoveIn' : 'titleMoveOut');
  return p(inward ? 'titleIn' : 'title');
}

function movingRow(pass: ReleasePassRecord): SafeHtml {
  if (!pass.moving) return html``;
  return html`<tr>
    <th>${p('moving')}</th>
    <td>${pass.movingDate ?? ''} ${pass.windowFrom ?? ''}–${pass.windowTo ?? ''}</td>
    <th>${p('lift')}</th>
    <td>${pass.lift ?? ''}</td>
  </tr>`;
}

function part(pass: ReleasePassRecord, profile: PrintProfile, copy: string): SafeHtml {
  const who = [pass.unitCode, pass.company].filter(Boolean).join(' ');
  const columns =
    pass.items.length > ROWS_PER_COLUMN
      ? [pass.items.slice(0, ROWS_PER_COLUMN), pass.items.slice(ROWS_PER_COLUMN)]
      : [pass.items];
  return html`<div class="part">
    <div class="head">
      ${logoImg(profile.logoDataUrl, 'logo')}<span class="org">${profile.name}</span
      ><span class="copy">${copy}</span>
    </div>
    <h1>${passTitle(pass)}</h1>
    <div class="no">${p('no')} ${pass.no}</div>
    <table class="f">
      <tbody>
        <tr>
          <th>${p('unit')}</th>
          <td>${who}</td>
          <th>${p(pass.direction === 'in' ? 'inAt' : 'outAt')}</th>
          <td>${pass.outAt.replace('T', ' ')}</td>
        </tr>
        ${movingRow(pass)}
        <tr>
          <th>${p('carrier')}</th>
          <td>${pass.carrier}</td>
          <th>${p('phone')}</th>
          <td>${pass.carrierPhone ? maskPhone(pass.carrierPhone) : ''}</td>
        </tr>
      </tbody>
    </table>
    <div class="items">${columns.map((c, i) => itemTable(c, i * ROWS_PER_COLUMN))}</div>
    ${signTable([
      [
        [p('approvedBy'), pass.approvedBy],
        [p('stamp'), profile.stampText || profile.name, 'stamp'],
      ],
      [[p('clerk'), pass.clerkName], [p('guard')]],
    ])}
  </div>`;
}

/**
 * 携物出门证 / 进门证 / 搬家预约单 on A4 (the title says which way): the stub the office keeps above the part the carrier shows at the gate
 * (the guard keeps it), with a cut line between (a laser printer makes no carbon copies).
 */
export function buildReleasePass(pass: ReleasePassRecord, profile: PrintProfile): BuiltDocument {
  const title = t('release.print.docTitle', { no: pass.no });
  const body = html`${part(pass, profile, p('stub'))}
    <div class="cut"><span>✂ ${p('cut')}</span></div>
    ${part(pass, profile, p(pass.direction === 'in' ? 'gateIn' : 'gate'))}`;
  return sheetDocument({
    kind: 'releasePass',
    title,
    sheet: SHEETS.A4,
    marginMm: '10mm 14mm',
    css: CSS,
    body,
  });
}
