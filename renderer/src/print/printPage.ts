import type { PageSize } from '@shared/ipc';
import { html, trusted, type SafeHtml } from './html';
import type { BuiltDocument } from './printTypes';

/**
 * CJK first: Windows desks have YaHei/SimSun, Linux desks Noto CJK (sans, then serif). Bare
 * `sans-serif` last, so a PC without any of them still prints Chinese, only less nicely.
 */
export const PRINT_FONT_STACK =
  "'Microsoft YaHei', 'SimSun', 'Noto Sans CJK SC', 'Noto Serif CJK SC', sans-serif";

const BASE_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  font-family: ${PRINT_FONT_STACK};
  color: #000;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.num { font-variant-numeric: tabular-nums; white-space: nowrap; text-align: right; }
table { border-collapse: collapse; }
`;

/**
 * A complete page: its own `@page` size and margins (the print window adds none), our base
 * CSS, and a CSP that lets the page load nothing (the preview iframe shows it as is).
 */
export function printPage(opts: {
  title: string;
  widthMm: number;
  heightMm: number;
  marginMm: string;
  css: string;
  body: SafeHtml;
}): string {
  const pageCss = `@page { size: ${opts.widthMm}mm ${opts.heightMm}mm; margin: ${opts.marginMm}; }`;
  // On screen (the preview) there is no @page box: body padding stands in for the margins.
  const screenCss = `@media screen { body { padding: ${opts.marginMm}; } }`;
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        />
        <title>${opts.title}</title>
        <style>
          ${trusted(pageCss + BASE_CSS + opts.css + screenCss)}
        </style>
      </head>
      <body>
        ${opts.body}
      </body>
    </html> `.__html;
}

/** An `<img>` of the logo when it is a data URL of an image, else nothing. */
export function logoImg(dataUrl: string | undefined, cls: string): SafeHtml {
  if (!dataUrl || !/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/.test(dataUrl))
    return html``;
  return html`<img class="${cls}" src="${dataUrl}" alt="" />`;
}

/** A sheet a document is laid out on: its size, and the page size the host is asked for. */
export interface Sheet {
  widthMm: number;
  heightMm: number;
  pageSize: PageSize;
  landscape: boolean;
}

/** The standard sheets (a landscape sheet is the same paper turned). */
export const SHEETS = {
  A4: { widthMm: 210, heightMm: 297, pageSize: 'A4', landscape: false },
  A4Landscape: { widthMm: 297, heightMm: 210, pageSize: 'A4', landscape: true },
  A5: { widthMm: 148, heightMm: 210, pageSize: 'A5', landscape: false },
  A5Landscape: { widthMm: 210, heightMm: 148, pageSize: 'A5', landscape: true },
} as const satisfies Record<string, Sheet>;

/** A sheet of its own size (half A4, continuous forms), printed as it is. */
export function customSheet(widthMm: number, heightMm: number): Sheet {
  return { widthMm, heightMm, pageSize: { widthMm, heightMm }, landscape: false };
}

/** A finished document of kind `kind`: the page around `body` on `sheet`. */
export function sheetDocument(opts: {
  kind: string;
  title: string;
  sheet: Sheet;
  marginMm: string;
  css: string;
  body: SafeHtml;
}): BuiltDocument {
  const { sheet } = opts;
  return {
    kind: opts.kind,
    title: opts.title,
    html: printPage({
      title: opts.title,
      widthMm: sheet.widthMm,
      heightMm: sheet.heightMm,
      marginMm: opts.marginMm,
      css: opts.css,
      body: opts.body,
    }),
    pageSize: sheet.pageSize,
    landscape: sheet.landscape,
    widthMm: sheet.widthMm,
    heightMm: sheet.heightMm,
  };
}

/** An A4 portrait document of kind `kind`: the forms, reports and statements of the desk. */
export function a4Document(
  kind: string,
  title: string,
  css: string,
  body: SafeHtml,
): BuiltDocument {
  return sheetDocument({ kind, title, sheet: SHEETS.A4, marginMm: '12mm 14mm', css, body });
}
