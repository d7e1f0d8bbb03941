/**
 * The kill test (issue 8): receipts are taken through the real form in Chromium, and the whole
 * browser is SIGKILLed at seeded-random moments, then reopened on the same profile. After every
 * restart each receipt the clerk saw is still there, the SJ numbers run 1..n with no gap or
 * repeat, and a receipt committed but never confirmed on screen is shown as 上次未确认的收据.
 *
 * We spawn Chromium ourselves (persistent --user-data-dir, CDP on a pipe-free random port) so
 * we own its process and can kill exactly it; playwright only attaches over CDP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../desk';
import { startServer } from '../serve.mjs';
import {
  CHROMIUM_PATH,
  completeFirstRun,
  E2E_NOW,
  installClock,
  pick,
  screenshot,
} from '../harness';

interface Running {
  child: ChildProcess;
  browser: Browser;
  page: Page;
}

let server: { url: string; close: () => Promise<void> };
let profile: string;
let running: Running | undefined;

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

async function launch(): Promise<Running> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1366,800',
      '--lang=zh-CN',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${text}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default context');
  // The pinned clock runs on across the kills (real elapsed time added), never back.
  await installClock(context, E2E_NOW + Math.round(performance.now()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(server.url + '/');
  return { child, browser, page };
}

/** SIGKILL the browser's whole process group (ours: spawned detached above). */
async function kill(r: Running): Promise<void> {
  const exited = new Promise((resolve) => r.child.once('exit', resolve));
  if (r.child.pid !== undefined) process.kill(-r.child.pid, 'SIGKILL');
  await exited;
  running = undefined;
}

/** Opens the form, fills one 有偿服务费 line and submits (Ctrl+S); does not wait. */
async function submitReceipt(page: Page, payer: string, yuan: number): Promise<void> {
  await page.getByTestId('money-issue').click();
  await page.getByTestId('receipt-form').waitFor();
  const discard = page.getByRole('button', { name: '放弃草稿' });
  if (await discard.isVisible()) await discard.click();
  await page.getByTestId('receipt-payer').fill(payer);
  await pick(page, 'receipt-line-0-item', '有偿服务费');
  await page.getByTestId('receipt-line-0-price').fill(String(yuan));
  await page.keyboard.press('Control+s');
}

/** Waits for the confirmation the clerk sees (已开收据 SJ…) and returns the number. */
async function confirmedNo(page: Page): Promise<string> {
  const msg = page.getByText(/已开收据 SJ\d{4}-\d{6}/).last();
  await msg.waitFor();
  const no = /SJ\d{4}-\d{6}/.exec((await msg.textContent()) ?? '')?.[0];
  if (!no) throw new Error('no receipt number shown');
  await page.getByTestId('print-preview').waitFor();
  await page.keyboard.press('Escape');
  await msg.waitFor({ state: 'detached' });
  return no;
}

/** The ledger's numbers once it has loaded at least `atLeast` rows (or after 5 s). */
async function ledgerNos(page: Page, atLeast: number): Promise<string[]> {
  await page.goto(server.url + '/#/money');
  await page.getByTestId('money-page').waitFor();
  const rows = page.getByTestId('ledger-no');
  await expect.poll(() => rows.count(), { timeout: 5_000 }).toBeGreaterThanOrEqual(atLeast);
  return rows.allTextContents();
}

const seqOf = (no: string) => Number(no.slice(no.lastIndexOf('-') + 1));

beforeAll(async () => {
  server = await startServer(0);
  profile = await mkdtemp(join(tmpdir(), 'taizhang-kill-'));
});
afterAll(async () => {
  if (running) await kill(running);
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('kill test', () => {
  it(
    'loses, repeats or hides no receipt across four hard kills',
    { timeout: 110_000 },
    async () => {
      const random = seeded(20260302);
      const acknowledged: string[] = [];
      let payer = 0;

      running = await launch();
      await completeFirstRun(running.page);

      for (let round = 0; round < 4; round += 1) {
        const { page } = running;
        await page.goto(server.url + '/#/money');
        await page.getByTestId('money-page').waitFor();
        const count = 1 + Math.floor(random() * 3);
        for (let i = 0; i < count; i += 1) {
          payer += 1;
          await submitReceipt(page, `住户${payer}`, 10 + payer);
          acknowledged.push(await confirmedNo(page));
        }
        payer += 1;
        let mustSurface = false;
        if (round === 3) {
          // The worst moment, made certain: the transaction has committed and the screen is
          // about to confirm (clearing the pending note) when the app hangs and is killed.
          // The form writes: note pending (put in meta) → receipt → clear the note (delete in
          // meta). The clear hangs forever, as a frozen or dying renderer would. (Dexie binds
          // IDBDatabase.transaction at open, so we hook the store's delete, looked up per call.)
          await page.evaluate(() => {
            const remove = IDBObjectStore.prototype.delete;
            IDBObjectStore.prototype.delete = function (this: IDBObjectStore, query: IDBValidKey) {
              if (this.name === 'meta') for (;;) Math.random();
              return remove.call(this, query);
            };
          });
          await submitReceipt(page, `住户${payer}`, 10 + payer);
          await new Promise((r) => setTimeout(r, 1500));
          mustSurface = true;
        } else {
          // Anywhere from before the write to after the confirmation.
          await submitReceipt(page, `住户${payer}`, 10 + payer);
          await new Promise((r) => setTimeout(r, Math.floor(random() * 300)));
        }
        await kill(running);

        running = await launch();
        const next = running.page;
        await signIn(next);
        const surfaced = next.getByTestId('unconfirmed-receipt');
        if (mustSurface) {
          await next.getByTestId('unconfirmed-receipts').waitFor();
          await screenshot(next, 'safety-unconfirmed-receipt');
        } else {
          await next.waitForTimeout(500);
        }
        const shown = await surfaced.evaluateAll((els) =>
          els.map((e) => e.getAttribute('data-no')),
        );
        const nos = await ledgerNos(next, acknowledged.length);

        for (const no of acknowledged) expect(nos, `round ${round}: ${no} lost`).toContain(no);
        const seqs = nos.map(seqOf).sort((a, b) => a - b);
        expect(seqs, `round ${round}: gap or repeat`).toEqual(seqs.map((_, k) => k + 1));
        const unseen = nos.filter((no) => !acknowledged.includes(no));
        // At most the one receipt in flight at the kill; if the screen never confirmed it, it
        // is surfaced (a random kill may also land after the confirmation, then it is not).
        expect(unseen.length, `round ${round}`).toBeLessThanOrEqual(1);
        for (const no of shown) expect(unseen).toContain(no);
        if (mustSurface) expect(shown).toEqual(unseen);
        if (mustSurface) expect(unseen).toHaveLength(1);
        acknowledged.push(...unseen);

        if (shown.length > 0) {
          await next.getByTestId('unconfirmed-ack').click();
          await next.getByTestId('unconfirmed-receipts').waitFor({ state: 'detached' });
        }
      }

      // Confirmed notes are gone: a further restart surfaces nothing.
      await kill(running);
      running = await launch();
      await signIn(running.page);
      await running.page.waitForTimeout(500);
      expect(await running.page.getByTestId('unconfirmed-receipts').count()).toBe(0);
      expect(await ledgerNos(running.page, acknowledged.length)).toHaveLength(acknowledged.length);
    },
  );
});
