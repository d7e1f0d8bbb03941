/**
 * Renders print templates to PDF in Debian's Chromium the way the Electron print window
 * does (CSS page size, backgrounds), then reads the PDF back with poppler's tools.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { OUTPUT_DIR } from './harness';

export interface RenderedPdf {
  path: string;
  /** `pdftotext -layout`: the page as laid out (good for rows and columns). */
  text: string;
  /** `pdftotext -raw`: content-stream order (good for vertical and rotated text). */
  raw: string;
  pages: number;
  /** Page size in PDF points, as pdfinfo reports it. */
  widthPt: number;
  heightPt: number;
}

/** Prints `html` to `tests/e2e/output/<name>.pdf` and reads it back. */
export async function renderPdf(
  browser: Browser,
  html: string,
  name: string,
): Promise<RenderedPdf> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => true));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const path = resolve(OUTPUT_DIR, `${name}.pdf`);
    writeFileSync(path, pdf);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const raw = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    return { path, text, raw, pages, widthPt: Number(size?.[1]), heightPt: Number(size?.[2]) };
  } finally {
    await page.close();
  }
}

/**
 * Renders one page (the first unless told) to a PNG beside the PDF, for a person to look at;
 * a later page's file is named `<name>-p<page>.png`.
 */
export function renderPng(pdfPath: string, dpi = 80, page = 1): string {
  const prefix = pdfPath.replace(/\.pdf$/, '') + (page === 1 ? '' : `-p${page}`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfPath,
    prefix,
  ]);
  return `${prefix}.png`;
}

/** The text of one page of the PDF (`pdftotext -layout`). */
export function pageText(pdfPath: string, page: number): string {
  const range = ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, pdfPath, '-'], { encoding: 'utf8' });
}

/** Millimetres to PDF points. */
export function mmToPt(mm: number): number {
  return (mm / 25.4) * 72;
}

/** pdftotext -layout spreads CJK text with spaces; compare without any whitespace. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export function writeHtml(name: string, html: string): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(resolve(OUTPUT_DIR, `${name}.html`), html);
}

/** Prints the document shown in the app's print preview to PDF (and a PNG to look at). */
export async function readPreviewPdf(
  page: Page,
  browser: Browser,
  name: string,
): Promise<RenderedPdf> {
  await page.getByTestId('print-preview').waitFor();
  const html = await page.getByTestId('print-preview-frame').getAttribute('srcdoc');
  if (!html) throw new Error('preview has no document');
  const pdf = await renderPdf(browser, html, name);
  renderPng(pdf.path);
  return pdf;
}
