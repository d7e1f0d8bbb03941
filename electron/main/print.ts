/**
 * Printing and PDF export through one hidden, warm print window.
 *
 * How a document reaches that window: the renderer's HTML is held in memory under a one-shot
 * route, `app://taizhang/__print/<random>.html`, which the app protocol handler serves with a
 * script-free CSP and then forgets. Chosen over a `data:` URL because Chromium caps URLs at 2 MB
 * (a pass sheet with worker photos inlined exceeds that; the contract allows 20 MB), a `data:`
 * page has an opaque origin (it could not use the app's bundled fonts or images as `'self'`),
 * and a response header is the only place to put a CSP the document itself cannot weaken.
 * The window has no preload and JavaScript disabled, so the HTML can only be laid out.
 *
 * Jobs run one at a time through a queue: the window is shared, and a second `loadURL` would
 * abort the first job's page mid-print.
 */
import { randomUUID } from 'node:crypto';
import type {
  BrowserWindowConstructorOptions,
  PrinterInfo as ElectronPrinterInfo,
  PrintToPDFOptions,
  WebContentsPrintOptions,
  WebSource,
} from 'electron';
import type { PrinterInfo, PrintResult, SaveResult } from '@shared/ipc';
import { APP_ORIGIN, PRINT_ROUTE_PREFIX } from './appProtocol';
import { chooseSavePath, writeFileAtomic } from './export';
import type { ShowSaveDialog } from './export';
import { pdfFileName, pdfOptionsFor, printOptionsFor, toPrinterInfo } from './printOptions';
import type { PdfJob, PrintJob } from './printOptions';
import { printWebPreferences } from './security';

/** The part of the print window's `webContents` used here. */
export interface PrintContents {
  print(
    options: WebContentsPrintOptions,
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  executeJavaScriptInIsolatedWorld(worldId: number, scripts: WebSource[]): Promise<unknown>;
}

/** The part of the print `BrowserWindow` used here. */
export interface PrintWindow {
  readonly webContents: PrintContents;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
}

/** Hidden, A4-sized at 96 dpi so layout matches the page before printing scales anything. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: printWebPreferences(),
};

/** An isolated world of our own: the page's disabled scripts stay disabled. */
const FONT_WORLD_ID = 1001;
const FONTS_READY: WebSource = { code: 'document.fonts.ready.then(() => true)' };

/** Side effects of the print service. */
export interface PrintServiceDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  showSaveDialog: ShowSaveDialog;
  /** Folder the PDF dialog opens in (the user's Documents). */
  defaultDir: () => string;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  newToken?: () => string;
  /** Upper bound on waiting for web fonts after load; printing goes ahead regardless. */
  fontsTimeoutMs?: number;
}

export interface PrintService {
  /** `print:document`: prints on paper, silently to a named printer or through the dialog. */
  print(job: PrintJob): Promise<PrintResult>;
  /** `print:pdf`: asks where to save, renders the PDF, writes it atomically. */
  printToPdf(job: PdfJob): Promise<SaveResult>;
  /** For the app protocol handler: the HTML of a document being loaded, by route path. */
  documentFor(pathname: string): string | undefined;
  /** Destroys the warm window (on quit, or when the main window closes). */
  dispose(): void;
}

/** Runs async tasks one after another; a failed task does not stop the ones behind it. */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Best effort: `did-finish-load` can come before late web fonts are ready, which would print
 * fallback glyphs. Whether an isolated world may run with page JavaScript disabled could not be
 * verified without Electron, hence the timeout and the swallowed error.
 */
async function waitForFonts(contents: PrintContents, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  const ready = contents.executeJavaScriptInIsolatedWorld(FONT_WORLD_ID, [FONTS_READY]).then(
    () => undefined,
    () => undefined,
  );
  try {
    await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the print service; the window is created on first use and then kept warm. */
export function createPrintService(deps: PrintServiceDeps): PrintService {
  const documents = new Map<string, string>();
  const enqueue = createSerialQueue();
  const newToken = deps.newToken ?? randomUUID;
  const writeFile = deps.writeFile ?? writeFileAtomic;
  let window: PrintWindow | undefined;

  const warmWindow = (): PrintWindow => {
    if (window === undefined || window.isDestroyed()) {
      window = deps.createWindow(PRINT_WINDOW_OPTIONS);
    }
    return window;
  };

  const loadDocument = async (html: string): Promise<PrintContents> => {
    const path = `${PRINT_ROUTE_PREFIX}${newToken()}.html`;
    documents.set(path, html);
    const win = warmWindow();
    try {
      await win.loadURL(`${APP_ORIGIN}${path}`);
    } catch (error) {
      // A window that failed to load (crashed renderer, aborted load) is not trusted for reuse.
      win.destroy();
      window = undefined;
      throw error;
    } finally {
      documents.delete(path);
    }
    await waitForFonts(win.webContents, deps.fontsTimeoutMs ?? 3000);
    return win.webContents;
  };

  const printOnPaper = async (job: PrintJob): Promise<PrintResult> => {
    const contents = await loadDocument(job.html);
    return await new Promise<PrintResult>((resolve) => {
      contents.print(printOptionsFor(job), (success, failureReason) => {
        resolve(success ? { ok: true } : { ok: false, error: failureReason || 'Print job failed' });
      });
    });
  };

  return {
    async print(job) {
      try {
        return await enqueue(() => printOnPaper(job));
      } catch (error) {
        return { ok: false, error: messageOf(error) };
      }
    },
    async printToPdf(job) {
      // The dialog comes first and outside the queue: a clerk pondering a file name must not
      // hold up the receipt printing behind them, and a cancel costs no rendering.
      const filters = [{ name: 'PDF', extensions: ['pdf'] }];
      const path = await chooseSavePath(
        deps.showSaveDialog,
        deps.defaultDir(),
        pdfFileName(job.suggestedName),
        filters,
      );
      if (path === undefined) return { saved: false };
      const pdf = await enqueue(async () =>
        (await loadDocument(job.html)).printToPDF(pdfOptionsFor(job)),
      );
      await writeFile(path, pdf);
      return { saved: true, path };
    },
    documentFor(pathname) {
      return documents.get(pathname);
    },
    dispose() {
      if (window !== undefined && !window.isDestroyed()) window.destroy();
      window = undefined;
      documents.clear();
    },
  };
}

/** `print:printers`: the system's printers, mapped to the contract. */
export async function listPrinters(
  getPrinters: () => Promise<ElectronPrinterInfo[]>,
): Promise<PrinterInfo[]> {
  return (await getPrinters()).map(toPrinterInfo);
}
