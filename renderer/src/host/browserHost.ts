import { MAC_TRAILER_BYTES, macTrailer, readMacTrailer } from '@shared/domain/backupMac';
import { backupFileName } from '@shared/domain/backupRotation';
import type {
  AppInfo,
  BackupReadResult,
  BackupReason,
  BackupStatus,
  PrintDocument,
} from '@shared/ipc';
import type { SyncCredentials } from '@shared/ipc';
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
    // No scripts in a printed document; same origin only so this page may call print() on it.
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
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
const MAC_KEY = 'taizhang.backupMacKey';

/**
 * The browser host's file-marking key (backupMac.ts). There is no main process here, so it is
 * kept in this origin's localStorage: the browser build is for tests and trying the app, and
 * its backups are plain downloads; the desk's real key is sealed by Electron's main process.
 */
async function macKey(): Promise<CryptoKey> {
  let hex = localStorage.getItem(MAC_KEY);
  if (hex === null || !/^[0-9a-f]{64}$/.test(hex)) {
    hex = [...crypto.getRandomValues(new Uint8Array(32))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    localStorage.setItem(MAC_KEY, hex);
  }
  const raw = new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

async function macHex(data: BufferSource): Promise<string> {
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', await macKey(), data));
  return [...sig].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file with the estate's mark appended, as main writes it. */
async function markedBlob(file: Blob): Promise<Blob> {
  const mac = await macHex(await file.arrayBuffer());
  return new Blob([file, macTrailer(mac)]);
}

/** The file's size without its mark, and whether the mark is this origin's. */
async function checkMark(file: Blob): Promise<{ size: number; verified: boolean }> {
  const tail = new Uint8Array(
    await file.slice(Math.max(0, file.size - MAC_TRAILER_BYTES)).arrayBuffer(),
  );
  const mac = readMacTrailer(tail);
  if (mac === undefined) return { size: file.size, verified: false };
  const size = file.size - MAC_TRAILER_BYTES;
  const body = await file.slice(0, size).arrayBuffer();
  const hex = [...mac.matchAll(/../g)].map((m) => parseInt(m[0], 16));
  const verified = await crypto.subtle.verify('HMAC', await macKey(), new Uint8Array(hex), body);
  return { size, verified };
}

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
    now: new Date().toISOString(),
    canSeal: false,
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
    const { size, verified } = await checkMark(picked.file);
    const buffer = await picked.file.slice(0, size).arrayBuffer();
    return { ok: true, name: picked.file.name, data: new Uint8Array(buffer), verified };
  } catch {
    return { ok: false, code: 'unreadable', message: '无法读取所选文件。' };
  }
}

export function createBrowserHost(): HostApi {
  // Pieces of backups being written (kept as Blobs, outside the JS heap) and files being read.
  const writing = new Map<string, { parts: Blob[]; createdAt: string; reason: BackupReason }>();
  const reading = new Map<string, Blob>();
  let memoryCredentials: SyncCredentials = null;
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
    // No main process to seal them: the desk's sync credentials live in this page's memory
    // only, and are asked for again after a reload (issue 20).
    syncCredentials: async () => memoryCredentials,
    setSyncCredentials: async (req) => {
      memoryCredentials = { username: req.username, password: req.password };
      return { ok: true };
    },
    clearSyncCredentials: async () => {
      memoryCredentials = null;
    },
    backupStatus: async () => browserBackupStatus(),
    chooseBackupFolder: async () => browserBackupStatus(),
    configureBackup: async () => browserBackupStatus(),
    writeBackup: async (req) => {
      const at = new Date().toISOString();
      const name = backupFileName(at, req.reason);
      download(name, await markedBlob(new Blob([req.data.slice().buffer])));
      const last = { at, path: name, reason: req.reason };
      localStorage.setItem(LAST_BACKUP_KEY, JSON.stringify(last));
      return { ok: true, path: name, name, at, encrypted: false, deleted: [] };
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
      const at = new Date().toISOString();
      const name = backupFileName(at, w.reason);
      download(name, await markedBlob(new Blob(w.parts)));
      const last = { at, path: name, reason: w.reason };
      localStorage.setItem(LAST_BACKUP_KEY, JSON.stringify(last));
      return { ok: true, path: name, name, at, encrypted: false, deleted: [] };
    },
    abortBackup: async (req) => void writing.delete(req.id),
    openBackup: async () => {
      const picked = await pickBackupFile();
      if (!picked.ok) return picked;
      const id = crypto.randomUUID();
      let mark: { size: number; verified: boolean };
      try {
        mark = await checkMark(picked.file);
      } catch {
        return { ok: false, code: 'unreadable', message: '无法读取所选文件。' };
      }
      reading.set(id, picked.file.slice(0, mark.size));
      return { ok: true, id, name: picked.file.name, size: mark.size, verified: mark.verified };
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
