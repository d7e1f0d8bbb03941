import type { Page } from 'playwright-core';

/** A header cell of a table on screen that the clerk cannot read whole. */
export interface CutColumn {
  table: string;
  header: string;
  why: string;
}

/**
 * Every visible table's header cells: each must lie inside the viewport and inside every
 * clipping ancestor, unless that ancestor scrolls sideways (then the clerk can reach it),
 * its own text must not be clipped, and no cell's content may spill out of its cell.
 */
export function cutColumns(page: Page): Promise<CutColumn[]> {
  return page.evaluate(() => {
    const out: { table: string; header: string; why: string }[] = [];
    const viewport = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll<HTMLElement>('.ant-table-wrapper')].filter(
      (w) => w.offsetParent !== null,
    );
    tables.forEach((wrapper, index) => {
      const name = wrapper.getAttribute('data-testid') ?? `table#${index}`;
      for (const th of wrapper.querySelectorAll<HTMLElement>('thead th')) {
        if (th.classList.contains('ant-table-selection-column')) continue;
        if (th.getAttribute('aria-hidden') === 'true') continue;
        const header = (th.textContent ?? '').trim();
        if (!header) continue;
        const rect = th.getBoundingClientRect();
        let scrolls = false;
        for (let el = th.parentElement; el && el !== document.body; el = el.parentElement) {
          const style = getComputedStyle(el);
          const clipsX = style.overflowX !== 'visible';
          if (!clipsX) continue;
          if (
            (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
            el.scrollWidth > el.clientWidth
          ) {
            scrolls = true;
            break;
          }
          const box = el.getBoundingClientRect();
          if (rect.right > box.right + 1 || rect.left < box.left - 1) {
            out.push({ table: name, header, why: `clipped by ${el.className || el.tagName}` });
            break;
          }
        }
        if (!scrolls && rect.right > viewport + 1)
          out.push({ table: name, header, why: `beyond the window (${Math.round(rect.right)})` });
        const inner = th.querySelector<HTMLElement>('.ant-table-column-title') ?? th;
        if (inner.scrollWidth > inner.clientWidth + 1)
          out.push({ table: name, header, why: 'its own text is clipped' });
      }
      // A cell whose content spills over its neighbours (an ellipsis cell is cut on purpose).
      for (const td of wrapper.querySelectorAll<HTMLElement>('tbody td')) {
        if (td.classList.contains('ant-table-cell-ellipsis')) continue;
        if (td.scrollWidth > td.clientWidth + 1)
          out.push({
            table: name,
            header: (td.textContent ?? '').trim().slice(0, 20),
            why: `a cell's content is ${td.scrollWidth} px in ${td.clientWidth} px`,
          });
      }
    });
    if (document.documentElement.scrollWidth > viewport + 1)
      out.push({
        table: 'page',
        header: '',
        why: `the page is ${document.documentElement.scrollWidth} px wide`,
      });
    return out;
  });
}

/**
 * The cut columns of the screen open at `path`, once it has drawn: each screen's code loads on
 * first visit and its tables are drawn once their rows are read. Each as "path table header: why".
 */
export async function cutColumnsOnScreen(page: Page, path: string): Promise<string[]> {
  await page
    .locator('.ant-layout-content .ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached' });
  await page.waitForTimeout(800);
  return (await cutColumns(page)).map((c) => `${path} ${c.table} ${c.header}: ${c.why}`);
}
