/**
 * HTML for print templates, escaped by construction: every value interpolated into `html`
 * is escaped unless it is itself the result of `html` (or `trusted`). Payer names, reasons
 * and notes are typed at the desk; a name like `<img onerror=…>` must print as text.
 */

/** A fragment of markup that is already safe to insert. */
export interface SafeHtml {
  readonly __html: string;
}

type Value = SafeHtml | string | number | false | null | undefined | readonly Value[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && '__html' in value;
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v: Value) => render(v)).join('');
  if (isSafe(value)) return value.__html;
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` stays markup. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return { __html: out };
}

/** Marks a constant of our own (CSS, a fixed snippet) as markup. Never pass user text. */
export function trusted(markup: string): SafeHtml {
  return { __html: markup };
}

// Only inline raster images: a remote URL would be fetched at print time (a tracking pixel), and
// `javascript:` or SVG could carry script into the print window.
const IMAGE_DATA_URL = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The value when it is a base64 PNG/JPEG/GIF/WebP data URL, otherwise undefined. */
export function safeImageDataUrl(value: string | undefined): string | undefined {
  return value !== undefined && IMAGE_DATA_URL.test(value) ? value : undefined;
}

/** A heading cell of a printed table: its text, with a fixed width (`'24mm'`) or a class. */
export interface HeadCell {
  label: string;
  width?: string;
  className?: string;
}

/**
 * A printed table's heading row, `<thead><tr><th>…</th>…</tr></thead>`: every template's grid
 * heads its columns this way, so a column is said once as its label (or a HeadCell).
 */
export function tableHead(cells: readonly (string | HeadCell)[]): SafeHtml {
  const cell = (c: string | HeadCell) => {
    if (typeof c === 'string') return html`<th>${c}</th>`;
    const style = c.width === undefined ? '' : html` style="width: ${c.width}"`;
    const cls = c.className === undefined ? '' : html` class="${c.className}"`;
    return html`<th${cls}${style}>${c.label}</th>`;
  };
  return html`<thead>
    <tr>
      ${cells.map(cell)}
    </tr>
  </thead>`;
}
