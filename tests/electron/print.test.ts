import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSize } from '@shared/ipc';
import { createAppProtocolHandler, PRINT_CSP } from '../../electron/main/appProtocol';
import type { ShowSaveDialog } from '../../electron/main/export';
import { createPrintService, PRINT_WINDOW_OPTIONS } from '../../electron/main/print';
import type { PrintContents, PrintService, PrintWindow } from '../../electron/main/print';
import type { PdfJob, PrintJob } from '../../electron/main/printOptions';

type PrintCallback = Parameters<PrintContents['print']>[1];

/** A print window that, like Chromium, fetches its page from the app protocol on load. */
function makeWindow(serve: (request: Request) => Promise<Response>, failLoad = false) {
  const loaded: { url: string; status: number; csp: string | null; html: string }[] = [];
  const pending: PrintCallback[] = [];
  const webContents = {
    print: vi.fn<PrintContents['print']>((_options, callback) => pending.push(callback)),
    printToPDF: vi.fn<PrintContents['printToPDF']>(async () =>
      new TextEncoder().encode('%PDF-1.7 fake'),
    ),
    executeJavaScriptInIsolatedWorld: vi.fn<PrintContents['executeJavaScriptInIsolatedWorld']>(
      async () => true,
    ),
  };
  const win = {
    webContents,
    loaded,
    /** Completes the oldest print job the way Electron's callback would. */
    finishPrint: (success = true, reason = '') => pending.shift()?.(success, reason),
    loadURL: vi.fn(async (url: string) => {
      if (failLoad) throw new Error('ERR_FAILED (-2) loading the print page');
      const response = await serve(new Request(url));
      loaded.push({
        url,
        status: response.status,
        csp: response.headers.get('content-security-policy'),
        html: await response.text(),
      });
    }),
    isDestroyed: vi.fn(() => false),
    destroy: vi.fn(),
  } satisfies PrintWindow & Record<string, unknown>;
  return win;
}
type FakeWindow = ReturnType<typeof makeWindow>;

let dir: string;
let windows: FakeWindow[];
let showSaveDialog: ReturnType<typeof vi.fn<ShowSaveDialog>>;
let service: PrintService;
let failNextLoad: boolean;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-print-'));
  windows = [];
  failNextLoad = false;
  showSaveDialog = vi.fn<ShowSaveDialog>(async () => ({
    canceled: false,
    filePath: join(dir, 'permit.pdf'),
  }));
  let token = 0;
  service = createPrintService({
    createWindow: vi.fn((_options) => {
      const serve = createAppProtocolHandler({
        rootDir: dir,
        readFile: () => Promise.reject(new Error('no assets in this test')),
        printDocument: (path) => service.documentFor(path),
      });
      const win = makeWindow(serve, failNextLoad);
      failNextLoad = false;
      windows.push(win);
      return win;
    }),
    showSaveDialog,
    defaultDir: () => dir,
    newToken: () => `job${(token += 1)}`,
    fontsTimeoutMs: 50,
  });
});

afterEach(async () => {
  service.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

const printJob = (overrides: Partial<PrintJob> = {}): PrintJob => ({
  kind: 'receipt',
  title: '收据',
  html: '<!doctype html><p>收据 ¥1000.00</p>',
  pageSize: 'A4',
  landscape: false,
  silent: true,
  copies: 1,
  ...overrides,
});

const pdfJob = (pageSize: PageSize = 'A4'): PdfJob => ({
  kind: 'permit',
  title: '施工许可证',
  html: '<!doctype html><h1>施工许可证</h1>',
  pageSize,
  landscape: false,
  suggestedName: '施工许可证-3-1-1201',
});

/** Starts a paper print and completes it as soon as Electron's print is called. */
async function printNow(job: PrintJob, success = true, reason = '') {
  const result = service.print(job);
  await vi.waitFor(() => expect(windows.at(-1)?.webContents.print).toHaveBeenCalled());
  windows.at(-1)?.finishPrint(success, reason);
  return await result;
}

describe('the print window', () => {
  it('is hidden, sandboxed, script-less and without preload', async () => {
    expect(PRINT_WINDOW_OPTIONS.show).toBe(false);
    expect(PRINT_WINDOW_OPTIONS.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
    });
    expect(PRINT_WINDOW_OPTIONS.webPreferences?.preload).toBeUndefined();
    await printNow(printJob());
    expect(windows).toHaveLength(1);
  });

  it('loads the document from a one-shot app:// route under the print CSP', async () => {
    await printNow(printJob());
    expect(windows[0]?.loaded).toEqual([
      {
        url: 'app://taizhang/__print/job1.html',
        status: 200,
        csp: PRINT_CSP,
        html: printJob().html,
      },
    ]);
    expect(service.documentFor('/__print/job1.html')).toBeUndefined();
  });

  it('is kept warm and reused, one job at a time', async () => {
    const first = service.print(printJob());
    const second = service.print(printJob({ html: '<p>second</p>' }));
    await vi.waitFor(() => expect(windows[0]?.webContents.print).toHaveBeenCalledTimes(1));
    expect(windows[0]?.loadURL).toHaveBeenCalledTimes(1);
    windows[0]?.finishPrint();
    await vi.waitFor(() => expect(windows[0]?.webContents.print).toHaveBeenCalledTimes(2));
    windows[0]?.finishPrint();
    await expect(Promise.all([first, second])).resolves.toEqual([{ ok: true }, { ok: true }]);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loaded.map((l) => l.html)).toEqual([printJob().html, '<p>second</p>']);
  });

  it('is replaced after a failed load, and the failure is reported', async () => {
    failNextLoad = true;
    await expect(service.print(printJob())).resolves.toEqual({
      ok: false,
      error: expect.stringMatching(/ERR_FAILED/),
    });
    expect(windows[0]?.destroy).toHaveBeenCalled();
    await expect(printNow(printJob())).resolves.toEqual({ ok: true });
    expect(windows).toHaveLength(2);
  });
});

describe('print:document options', () => {
  it('prints silently to the named printer with CSS margins', async () => {
    await printNow(printJob({ printerName: 'EPSON_LQ_630K', copies: 2 }));
    expect(windows[0]?.webContents.print.mock.calls[0]?.[0]).toEqual({
      silent: true,
      deviceName: 'EPSON_LQ_630K',
      copies: 2,
      pageSize: 'A4',
      landscape: false,
      margins: { marginType: 'none' },
      printBackground: true,
    });
  });

  it('shows the system dialog when not silent, without forcing a printer', async () => {
    await printNow(printJob({ silent: false, pageSize: 'A5', landscape: true }));
    const options = windows[0]?.webContents.print.mock.calls[0]?.[0];
    expect(options).toMatchObject({ silent: false, pageSize: 'A5', landscape: true });
    expect(options).not.toHaveProperty('deviceName');
  });

  it('passes a custom page size in microns', async () => {
    await printNow(printJob({ pageSize: { widthMm: 241, heightMm: 93.1 } }));
    expect(windows[0]?.webContents.print.mock.calls[0]?.[0].pageSize).toEqual({
      width: 241000,
      height: 93100,
    });
  });

  it('returns the printer’s failure reason', async () => {
    await expect(printNow(printJob(), false, 'Print job canceled')).resolves.toEqual({
      ok: false,
      error: 'Print job canceled',
    });
  });
});

describe('print:pdf', () => {
  it('writes the PDF bytes where the dialog said, with CSS page size preferred', async () => {
    await expect(service.printToPdf(pdfJob())).resolves.toEqual({
      saved: true,
      path: join(dir, 'permit.pdf'),
    });
    expect(await fs.readFile(join(dir, 'permit.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(windows[0]?.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      landscape: false,
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join(dir, '施工许可证-3-1-1201.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('passes a custom page size in inches (unlike print)', async () => {
    await service.printToPdf(pdfJob({ widthMm: 254, heightMm: 127 }));
    expect(windows[0]?.webContents.printToPDF.mock.calls[0]?.[0].pageSize).toEqual({
      width: 10,
      height: 5,
    });
  });

  it('renders and writes nothing when the dialog is cancelled', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(service.printToPdf(pdfJob())).resolves.toEqual({ saved: false });
    expect(windows).toHaveLength(0);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
