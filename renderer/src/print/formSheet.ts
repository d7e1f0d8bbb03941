import { html, type SafeHtml } from './html';
import { logoImg, a4Document } from './printPage';
import type { BuiltDocument, PrintProfile } from './printTypes';

/** Ruled A4 forms the desk files (登记表, 验收表, 交接班记录): one look for all of them. */
const CSS = `
body { font-size: 10.5pt; }
.head { display: flex; align-items: center; gap: 3mm; }
.logo { height: 10mm; }
.org { font-size: 10pt; flex: 1; }
.no { font-size: 10.5pt; }
h1 { font-size: 16pt; text-align: center; margin: 2mm 0 3mm; letter-spacing: 1mm; }
h2 { font-size: 11pt; margin: 3mm 0 1mm; }
table { width: 100%; table-layout: fixed; margin-bottom: 1mm; }
th, td { border: 0.25mm solid #000; padding: 1.3mm 2mm; text-align: left; font-weight: 400;
  vertical-align: top; word-break: break-all; }
th { background: #f2f2f2; }
.f th { width: 30mm; }
.grid th { text-align: center; }
.c { text-align: center; }
.nw { white-space: nowrap; word-break: normal; }
.blank td { height: 9mm; }
.sign td { height: 14mm; }
.note { font-size: 9pt; margin-top: 2mm; }
.stamp { color: #b00; }
`;

/** The org line and title above every form. */
export function formHead(profile: PrintProfile, title: string, no?: string): SafeHtml {
  return html`<div class="head">
      ${logoImg(profile.logoDataUrl, 'logo')}<span class="org">${profile.name}</span>
      ${no ? html`<span class="no">${no}</span>` : html``}
    </div>
    <h1>${title}</h1>`;
}

/** Label/value pairs, `perRow` pairs a row. */
export function fieldTable(pairs: readonly [string, string][], perRow = 2): SafeHtml {
  const rows: [string, string][][] = [];
  for (let i = 0; i < pairs.length; i += perRow) rows.push(pairs.slice(i, i + perRow));
  return html`<table class="f">
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            ${r.map(
              ([k, v]) =>
                html`<th>${k}</th>
                  <td>${v}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A sign-off cell: its label, what is filled in (a name; blank for a hand), the cell's class. */
export type SignCell = readonly [label: string, value?: string, cls?: string];

/**
 * The sign-off table at the foot of a form (签字, 经办, 审核): each row its labelled cells, tall
 * enough for a hand; `labelWidth` fixes the labels' width (a row of signatures alone).
 */
export function signTable(rows: readonly (readonly SignCell[])[], labelWidth?: string): SafeHtml {
  const th = labelWidth ? html` style="width:${labelWidth}"` : '';
  return html`<table class="sign">
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            ${r.map(
              ([label, value, cls]) =>
                html`<th${th}>${label}</th>
                  <td${cls ? html` class="${cls}"` : ''}>${value ?? ''}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A column of a ruled list: its head, and a class for its head and cells (width, alignment). */
export interface GridColumn {
  head: string;
  cls?: string;
}

type Cell = string | number | SafeHtml;

/** A ruled list with a head row (a day's suggestions, a month's lines); `tableClass` styles it. */
export function gridTable(
  columns: readonly GridColumn[],
  rows: readonly (readonly Cell[])[],
  tableClass = 'grid',
): SafeHtml {
  const cls = (i: number) => columns[i]?.cls ?? '';
  const line = (cells: readonly Cell[], head: boolean) =>
    html`<tr>
      ${cells.map((v, i) => (head ? html`<th class="${cls(i)}">${v}</th>` : html`<td class="${cls(i)}">${v}</td>`))}
    </tr>`;
  return html`<table class="${tableClass}">
    <thead>
      ${line(
        columns.map((c) => c.head),
        true,
      )}
    </thead>
    <tbody>
      ${rows.map((r) => line(r, false))}
    </tbody>
  </table>`;
}

/**
 * The extra CSS of a form whose rules stand in small print above the sign-off, the sign-off's
 * labels wide enough for 申请人签字 (车位使用登记表, 场地使用申请表).
 */
export const RULES_CSS = `
.rules { font-size: 9.5pt; line-height: 1.7; margin: 2mm 0 3mm; }
.sign th { width: 30mm; }
`;

/** A4 portrait page of kind `kind` around `body`; `extraCss` for a form's own parts. */
export function formDocument(
  kind: string,
  title: string,
  body: SafeHtml,
  extraCss = '',
): BuiltDocument {
  return a4Document(kind, title, CSS + extraCss, body);
}
