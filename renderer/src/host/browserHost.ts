import type { AppInfo, PrintDocument } from '@shared/ipc';
import type { HostApi } from './hostApi';

declare const __APP_VERSION__: string;

/** Saves bytes through a download link; the browser decides where the file goes. */
function download(name: string, data: Uint8Array): void {
  const blob = new Blob([data.slice().buffer]);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints a document through a hidden iframe and the browser's print dialog. */
function printInIframe(doc: PrintDocument): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.position = 'fixed';
    frame.style.width = '0';
    frame.style.height = '0';
    frame.style.border = '0';
    frame.setAttribute('aria-hidden', 'true');
    frame.srcdoc = doc.html;
    frame.onload = () => {
      const win = frame.contentWindow;
      win?.addEventListener('afterprint', () => {
        frame.remove();
        resolve();
      });
      win?.print();
    };
    document.body.append(frame);
  });
}

export function createBrowserHost(): HostApi {
  return {
    kind: 'browser',
    appInfo: async (): Promise<AppInfo> => ({
      name: 'Taizhang',
      version: __APP_VERSION__,
      platform: 'browser',
    }),
    saveFile: async (req) => {
      download(req.suggestedName, req.data);
      return { saved: true, path: req.suggestedName };
    },
    listPrinters: async () => [],
    print: async (req) => {
      await printInIframe(req);
      return { ok: true };
    },
    // The browser has no silent PDF writer: its print dialog offers "另存为 PDF".
    printToPdf: async (req) => {
      await printInIframe(req);
      return { saved: true, path: req.suggestedName };
    },
    openExternal: async (url) => {
      window.open(url, '_blank', 'noopener,noreferrer');
    },
  };
}
