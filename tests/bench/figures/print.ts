import type { BrowserContext, Page } from 'playwright-core';
import { type BenchRun, log } from '../benchPage';
import { figure, type Figure } from '../stats';
import { buildReceipt } from '../../../renderer/src/features/money/print/receiptTemplate';
import { buildPermit } from '../../../renderer/src/features/renovation/print/renovationPermitTemplate';
import {
  qrDataUrls,
  renovationQrText,
} from '../../../renderer/src/features/renovation/print/renovationQr';
import { makePrintableReceipt, PROFILE } from '../../fixtures/printables';
import { PERMIT_JOB as JOB } from '../../fixtures/renovation';

/** Builds a permit and a receipt with the app's templates and prints both, as the print window does. */
async function printBoth(page: Page): Promise<void> {
  const qr = await qrDataUrls([
    renovationQrText(JOB.permitNo, JOB.unitCode, JOB.plannedStart, JOB.permitValidUntil),
  ]);
  const docs = [
    buildPermit(JOB, PROFILE, { paper: 'A4', qr, issuedOn: '2026-11-23' }),
    buildReceipt(makePrintableReceipt(), PROFILE, { paper: 'half-A4' }),
  ];
  for (const doc of docs) {
    await page.setContent(doc.html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
  }
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** First print (a fresh print page) and warm prints (the page kept), beside a blank A4 PDF. */
async function printTimes(context: BrowserContext, runs: number) {
  let page = await context.newPage();
  const first = await time(() => printBoth(page));
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push(await time(() => printBoth(page)));
  await page.close();
  page = await context.newPage();
  await page.setContent('<!doctype html><p></p>');
  const blank: number[] = [];
  for (let i = 0; i < runs; i++) blank.push(await time(() => page.pdf({ format: 'A4' })));
  await page.close();
  return { first, warm, blank };
}

export async function measurePrint({ context, n, facts }: BenchRun): Promise<Figure[]> {
  const printed = await printTimes(context, n);
  facts['printFirstMs'] = printed.first;
  log(`print first ${printed.first.toFixed(0)} ms`);
  return [
    figure(
      {
        what: 'print (warm)',
        app: 'permit + receipt built and printed to PDF, print page kept',
        baseline: 'page.pdf of a blank A4',
        target: 'warm ≤ 0.5 s',
        note: `first print ${printed.first.toFixed(0)} ms`,
      },
      printed.warm,
      printed.blank,
      (m) => m <= 500,
    ),
  ];
}
