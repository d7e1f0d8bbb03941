/** What every figure of the benchmark shares: the page, the run count and the timing helpers. */
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchApi } from '../../renderer/src/app/benchHook';
import { officeDateOf } from '../../shared/domain/officeTime';

declare global {
  interface Window {
    __taizhangBench?: BenchApi;
  }
}

/**
 * The benchmark's "now": Tuesday 2026-11-17 10:30 office time. The estate is generated up to it
 * and the page's clock starts at it (Playwright's clock, then flowing), so today's lists have
 * the morning's rows whatever hour the benchmark runs at (at 03:00 the visitors register had no
 * row "today"), and "this month" or "last year" are the same on every run.
 */
export const BENCH_NOW = Date.parse('2026-11-17T10:30:00+08:00');
/** Office date, month (`YYYY-MM`) and year of BENCH_NOW. */
export const BENCH_TODAY = officeDateOf(new Date(BENCH_NOW).toISOString());
export const BENCH_MONTH = BENCH_TODAY.slice(0, 7);
export const BENCH_YEAR = Number(BENCH_TODAY.slice(0, 4));

export interface BenchRun {
  context: BrowserContext;
  page: Page;
  /** Runs a figure repeats (7, or 3 with `--quick`). */
  n: number;
  quick: boolean;
  /** The built renderer with the bench hook (`…/?bench=1`). */
  app: string;
  serverUrl: string;
  /** Extra numbers written to the JSON beside the figures. */
  facts: Record<string, unknown>;
}

export function log(text: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

export async function repeat<T>(n: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

export async function elapsed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Calls the page's bench hook (the function is sent as source text). */
export const bench = <R>(page: Page, fn: (b: BenchApi) => R | Promise<R>) =>
  page.evaluate(`(${fn.toString()})(window.__taizhangBench)`) as Promise<R>;

/** The page's used JS heap after a forced garbage collection, in MB. */
export async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}
