/**
 * The checks every printed-document test makes, on top of pdf.ts: print the page, leave a PNG
 * of it beside the PDF for a person to look at, and hold the page count and paper size; then
 * find the facts in the text (pdftotext spreads CJK with spaces, so the text comes squashed).
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { mmToPt, pageText, renderPdf, renderPng, squash, type RenderedPdf } from './pdf';

/** What the printed document must be: its page count and paper in millimetres. */
export interface PaperCheck {
  pages?: number;
  widthMm?: number;
  heightMm?: number;
}

/** The paper sizes the desk prints on, portrait unless named. */
export const PAPER = {
  A4: { widthMm: 210, heightMm: 297 },
  A4Landscape: { widthMm: 297, heightMm: 210 },
  A5: { widthMm: 148, heightMm: 210 },
  halfA4: { widthMm: 210, heightMm: 148.5 },
  continuous241: { widthMm: 241, heightMm: 93 },
} as const;

export interface CheckedPdf extends RenderedPdf {
  /** `text` (layout order) without whitespace. */
  flat: string;
  /** `raw` (content-stream order) without whitespace. */
  flatRaw: string;
  /** The PNG of the first page. */
  png: string;
}

/** Prints `html` to `<name>.pdf` with its first page as `<name>.png`, and checks the paper. */
export async function printChecked(
  browser: Browser,
  html: string,
  name: string,
  paper: PaperCheck = {},
): Promise<CheckedPdf> {
  const pdf = await renderPdf(browser, html, name);
  const png = renderPng(pdf.path);
  if (paper.pages !== undefined) expect(pdf.pages).toBe(paper.pages);
  if (paper.widthMm !== undefined) expect(pdf.widthPt).toBeCloseTo(mmToPt(paper.widthMm), 0);
  if (paper.heightMm !== undefined) expect(pdf.heightPt).toBeCloseTo(mmToPt(paper.heightMm), 0);
  return { ...pdf, flat: squash(pdf.text), flatRaw: squash(pdf.raw), png };
}

/** Every needle stands somewhere in `text`. */
export function expectAll(text: string, needles: readonly string[]): void {
  for (const needle of needles) expect(text, needle).toContain(needle);
}

/** Every needle stands in `text` exactly `times` times (once per copy of a multi-part form). */
export function expectEachTimes(text: string, needles: readonly string[], times: number): void {
  for (const needle of needles) expect(text.split(needle).length - 1, needle).toBe(times);
}

/** The document the open print preview shows, printed to PDF and checked like printChecked. */
export async function previewChecked(
  page: Page,
  browser: Browser,
  name: string,
  paper: PaperCheck = {},
): Promise<CheckedPdf> {
  await page.getByTestId('print-preview').waitFor();
  const doc = await page.getByTestId('print-preview-frame').getAttribute('srcdoc');
  return printChecked(browser, doc ?? '', name, paper);
}

/**
 * A register's one-page A4 form, printed from its print button (`printTestId`) and read back:
 * the paper is held and every needle must stand in the text. The preview is left open.
 */
export async function printsOneA4(
  page: Page,
  browser: Browser,
  printTestId: string,
  name: string,
  needles: readonly string[],
): Promise<CheckedPdf> {
  await page.getByTestId(printTestId).click();
  const pdf = await previewChecked(page, browser, name, { pages: 1, ...PAPER.A4 });
  expectAll(pdf.flat, needles);
  return pdf;
}

/**
 * The first page whose text holds `needle` (compared squashed), with that page's squashed text
 * and a PNG of it to look at: a report's later section is found by its heading.
 */
export function pageWith(
  pdf: RenderedPdf,
  needle: string,
): { page: number; flat: string; png: string } {
  for (let page = 1; page <= pdf.pages; page++) {
    const flat = squash(pageText(pdf.path, page));
    if (flat.includes(squash(needle))) return { page, flat, png: renderPng(pdf.path, 80, page) };
  }
  throw new Error(`no page of ${pdf.path} shows ${needle}`);
}
