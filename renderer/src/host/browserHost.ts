import { backupFileName } from '@shared/domain/backupRotation';
import type {
  AppInfo,
  BackupReadResult,
  BackupReason,
  BackupStatus,
  PrintDocument,
} from '@shared/ipc';
import type { HostApi } from './hostApi';

declare const __APP_VERSION__: string;

/** Saves bytes through a download link; the browser decides where the file goes. */
function download(name: string, data: Uint8Array | Blob): void {
  const blob = data instanceof Blob ? data : new Blob([data.slice().buffer]);
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

const LAST_BACKUP_KEY = 'taizhang.lastBackup';

/** The browser's backup "folder" is its downloads; there is no password encryption there. */
function browserBackupStatus(): BackupStatus {
  let last: BackupStatus['last'];
  try {
    last = JSON.parse(localStorage.getItem(LAST_BACKUP_KEY) ?? 'null') ?? undefined;
  } catch {
    last = undefined;
  }
  return {
    folder: '浏览器下载文件夹',
    encrypted: false,
    keepDaily: 14,
    keepMonthly: 12,
    ...(last ? { last } : {}),
  };
}

/** Lets the clerk pick a backup file with a file input; the `File` is read lazily. */
function pickBackupFile(): Promise<
  { ok: true; file: File } | Extract<BackupReadResult, { ok: false }>
> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.tzbak';
    input.onchange = () => {
      const file = input.files?.[0];
      resolve(file ? { ok: true, file } : { ok: false, code: 'cancelled', message: '已取消。' });
    };
    input.oncancel = () => resolve({ ok: false, code: 'cancelled', message: '已取消。' });
    input.click();
  });
}

/** Lets the clerk pick a backup file and reads it whole (the v1 `readBackup` path). */
async function pickFile(): Promise<BackupReadResult> {
  const picked = await pickBackupFile();
  if (!picked.ok) return picked;
  try {
    const buffer = await picked.file.arrayBuffer();
    return { ok: true, name: picked.file.name, data: new Uint8Array(buffer) };
  } catch {
    return { ok: false, code: 'unreadable', message: '无法读取所选文件。' };
  }
}

export function createBrowserHost(): HostApi {
  // Pieces of backups being written (kept as Blobs, outside the JS heap) and files being read.
  const writing = new Map<string, { parts: Blob[]; createdAt: string; reason: BackupReason }>();
  const reading = new Map<string, File>();
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
    // No main process to gate: the browser host's downloads are the page's own (README Security).
    beginSession: async () => undefined,
    endSession: async () => undefined,
    backupStatus: async () => browserBackupStatus(),
    chooseBackupFolder: async () => browserBackupStatus(),
    configureBackup: async () => browserBackupStatus(),
    writeBackup: async (req) => {
      const name = backupFileName(req.createdAt, req.reason);
      download(name, req.data);
      const last = { at: req.createdAt, path: name, reason: req.reason };
      localStorage.setItem(LAST_BACKUP_KEY, JSON.stringify(last));
      return { ok: true, path: name, name, encrypted: false, deleted: [] };
    },
    listBackups: async () => [],
    readBackup: () => pickFile(),
    beginBackup: async (req) => {
      const id = crypto.randomUUID();
      writing.set(id, { parts: [], createdAt: req.createdAt, reason: req.reason });
      return { ok: true, id };
    },
    appendBackup: async (req) => {
      writing.get(req.id)?.parts.push(new Blob([req.data.slice().buffer]));
      return { ok: true };
    },
    commitBackup: async (req) => {
      const w = writing.get(req.id);
      writing.delete(req.id);
      if (!w) return { ok: false, code: 'write-failed', message: '备份写入已中断，请重新备份。' };
      const name = backupFileName(w.createdAt, w.reason);
      download(name, new Blob(w.parts));
      const last = { at: w.createdAt, path: name, reason: w.reason };
      localStorage.setItem(LAST_BACKUP_KEY, JSON.stringify(last));
      return { ok: true, path: name, name, encrypted: false, deleted: [] };
    },
    abortBackup: async (req) => void writing.delete(req.id),
    openBackup: async () => {
      const picked = await pickBackupFile();
      if (!picked.ok) return picked;
      const id = crypto.randomUUID();
      reading.set(id, picked.file);
      return { ok: true, id, name: picked.file.name, size: picked.file.size };
    },
    readBackupChunk: async (req) => {
      const file = reading.get(req.id);
      if (!file) return new Uint8Array();
      return new Uint8Array(await file.slice(req.offset, req.offset + req.length).arrayBuffer());
    },
    closeBackup: async (req) => void reading.delete(req.id),
    // No main process: nothing ever asks for an automatic backup in the browser.
    onBackupRequest: () => () => undefined,
  };
}
