/**
 * The benchmark (`npm run bench`, issue 9): the generated estate loaded through the app's backup
 * restore in Debian Chromium against the built renderer, then each figure (tests/bench/figures/)
 * measured beside its raw baseline in the same page, repeated; median, p95 and ratio printed and
 * written as JSON. `--quick` runs each figure 3 times instead of 7; `--only=issue,review` measures
 * only the named figures (the estate is loaded all the same, unless only Node figures are named:
 * `sync` needs no page and starts its own loopback server, see figures/sync.ts); `--scale=2`
 * grows the estate.
 */
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { LATEST_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import { CHROMIUM_PATH, completeFirstRun } from '../e2e/harness';
import { startServer } from '../e2e/serve.mjs';
import { type BenchRun, BENCH_NOW, bench, elapsed, heapMb, log } from './benchPage';
import {
  datasetBackup,
  type DatasetScale,
  generateDataset,
  scaledEstate,
  splitTables,
} from './dataset/generate';
import { measureBackup } from './figures/backup';
import { measureBoard } from './figures/board';
import { measureExport } from './figures/exportYear';
import { measureFees } from './figures/fees';
import { measureIssue } from './figures/issue';
import { measureMemory } from './figures/memory';
import { measureOpen } from './figures/open';
import { measurePrint } from './figures/print';
import { measureRegisters } from './figures/register';
import { measureReview } from './figures/review';
import { measureSearch } from './figures/search';
import {
  measureSync,
  measureSyncInitial,
  measureSyncLatency,
  type SyncRun,
} from './figures/sync';
import { measureTrend } from './figures/trend';
import { markdownTable, type Figure } from './stats';

const SEED = 20_260_501;
const PIN = '135790';
const DATA_PATH = '/bench-data/estate';

/** The figures in the order they run; backup last, as it may take the page down. */
const FIGURES: readonly (readonly [
  string,
  (run: BenchRun, emptyHeap: number) => Promise<Figure[]>,
])[] = [
  ['open', measureOpen],
  ['register', measureRegisters],
  ['search', measureSearch],
  ['issue', measureIssue],
  ['review', measureReview],
  ['trend', measureTrend],
  ['print', measurePrint],
  ['export', measureExport],
  ['fees', measureFees],
  ['board', measureBoard],
  ['memory', measureMemory],
  ['backup', measureBackup],
];

/** Figures measured in Node without the page (after the page figures). */
const NODE_FIGURES: readonly (readonly [string, (run: SyncRun) => Promise<Figure[]>])[] = [
  ['sync', measureSync],
  // The initial sync alone, at `--sync-scale=0.1` of the estate (profiling it at a larger scale).
  ['sync-initial', measureSyncInitial],
  // The change seen on another desk alone (both desks on the app's runner).
  ['sync-latency', measureSyncLatency],
];

export async function main(args: readonly string[]): Promise<void> {
  const quick = args.includes('--quick');
  const n = quick ? 3 : 7;
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  // `--scale=2`: the estate grown (units, residents and every register) by that factor (issue 21).
  const factor = Number(args.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ?? 1);
  if (!(factor > 0)) throw new Error('--scale needs a positive number');
  const scale = scaledEstate(factor);
  const syncScale = Number(
    args.find((a) => a.startsWith('--sync-scale='))?.slice('--sync-scale='.length) ?? 0,
  );
  const started = performance.now();
  const figures: Figure[] = [];
  const facts: Record<string, unknown> = {};
  if (!only || FIGURES.some(([name]) => only.includes(name))) {
    await pageFigures({ n, quick, only, scale, figures, facts });
  }
  for (const [name, measure] of NODE_FIGURES) {
    if (only && !only.includes(name)) continue;
    figures.push(...(await measure({ n, quick, facts, ...(syncScale > 0 ? { syncScale } : {}) })));
    log(`${name} measured`);
  }

  const table = markdownTable(figures);
  process.stdout.write(`\n${table}\n\n`);
  const outDir = resolve(import.meta.dirname, 'results');
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(outDir, `${stamp}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        seed: SEED,
        scale,
        scaleFactor: factor,
        only: only ?? null,
        totalMs: performance.now() - started,
        facts,
        figures,
        table,
      },
      null,
      2,
    ),
  );
  log(`written ${file} (whole run ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** The estate loaded through the app in Chromium, then the page figures. */
async function pageFigures({
  n,
  quick,
  only,
  scale,
  figures,
  facts,
}: {
  n: number;
  quick: boolean;
  only: string[] | undefined;
  scale: DatasetScale;
  figures: Figure[];
  facts: Record<string, unknown>;
}): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'taizhang-bench-'));
  log('generating the estate …');
  let pieces = 0;
  const genMs = await elapsed(async () => {
    const tables = generateDataset({ seed: SEED, scale, endMs: BENCH_NOW });
    let total = 0;
    // One piece: each merge restores into a fresh database and copies every row loaded before
    // (nine pieces took 17 minutes), and a chunked (v2) file restores from a Blob.
    for (const piece of splitTables(tables, Number.POSITIVE_INFINITY)) {
      const { bytes } = await datasetBackup(
        piece,
        LATEST_SCHEMA_VERSION,
        new Date(BENCH_NOW).toISOString(),
      );
      writeFileSync(join(work, `estate-${pieces}.json`), bytes);
      pieces += 1;
      total += bytes.byteLength;
    }
    facts['datasetBytes'] = total;
    facts['datasetPieces'] = pieces;
  });
  facts['generateMs'] = genMs;
  log(
    `generated in ${(genMs / 1000).toFixed(1)} s (${((facts['datasetBytes'] as number) / 1e6).toFixed(0)} MB)`,
  );

  // BENCH_RENDERER: another build's out/renderer (a before/after pair measured in one sitting).
  const server = await startServer(0, process.env['BENCH_RENDERER'] || undefined);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
    ],
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Only so the page may fetch the estate from the data server below (connect-src 'self').
    bypassCSP: true,
  });
  await context.clock.install({ time: BENCH_NOW });
  // Streamed from a server of its own: a route fulfilled from a 300 MB file closed the browser.
  const data = createHttpServer((req, res) => {
    const piece = new URL(req.url ?? '/', 'http://x').searchParams.get('piece');
    res.writeHead(200, {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
    });
    createReadStream(join(work, `estate-${piece}.json`)).pipe(res);
  });
  await new Promise<void>((done) => data.listen(0, '127.0.0.1', done));
  const dataUrl = `http://127.0.0.1:${(data.address() as AddressInfo).port}${DATA_PATH}`;
  await context.route('**/bench-blank', (route) =>
    route.fulfill({
      body: '<!doctype html><title>blank</title><p>blank</p>',
      contentType: 'text/html',
    }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('crash', () => log('the page crashed'));
  page.on('pageerror', (err) => {
    const inner = (err as Error & { inner?: unknown }).inner;
    log(`page error: ${err.name}: ${err.message.slice(0, 300)} ${String(err.stack).slice(0, 600)}`);
    if (inner) log(`  inner: ${String(inner)}`);
  });
  // The page's own errors and warnings (a DexieError's name and inner error, issue 21).
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      log(`page ${msg.type()}: ${msg.text().slice(0, 600)}`);
    }
  });
  page.setDefaultTimeout(quick ? 60_000 : 180_000);
  const app = `${server.url}/?bench=1`;
  try {
    await page.goto(`${app}#/`);
    await completeFirstRun(page, { pin: PIN });
    await page.waitForFunction(() => window.__taizhangBench !== undefined);
    const emptyHeap = await heapMb(context, page);

    log('loading the estate through the app restore …');
    let loadMs = 0;
    for (let i = 0; i < pieces; i++) {
      const piece = await page.evaluate(
        (url) => window.__taizhangBench!.load(url),
        `${dataUrl}?piece=${i}`,
      );
      loadMs += piece.ms;
    }
    facts['loadMs'] = loadMs;
    facts['counts'] = await bench(page, (b) => b.counts());
    log(`restored in ${(loadMs / 1000).toFixed(1)} s: ${JSON.stringify(facts['counts'])}`);
    // As the desk does after a restore: the app starts afresh on the restored data. A real
    // reload: `goto` of the URL the page is on (`…#/`) is a same-document hash change, which
    // left the app on the connection the restore had closed — every list stayed loading and the
    // sync runner threw a DatabaseClosedError each 30 s (issue 21).
    await page.reload();
    await page.getByTestId('operator').waitFor();
    // The hook is imported once the database has opened; the sign-in screen may come first.
    await page.waitForFunction(() => window.__taizhangBench !== undefined);

    const run: BenchRun = { context, page, n, quick, app, serverUrl: server.url, facts };
    for (const [name, measure] of FIGURES) {
      if (only && !only.includes(name)) continue;
      figures.push(...(await measure(run, emptyHeap)));
      log(`${name} measured`);
    }
  } catch (err) {
    await page
      .screenshot({ path: resolve(import.meta.dirname, 'results', 'failure.png') })
      .catch(() => undefined);
    throw err;
  } finally {
    await context.close();
    await server.close();
    data.close();
    rmSync(work, { recursive: true, force: true });
  }
}
