import { randomUUID } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileFilter } from 'electron';
import type { IpcParsedRequest, SaveResult } from '@shared/ipc';

/** The parsed `file:save` request. */
export type SaveFileRequest = IpcParsedRequest<'file:save'>[0];

/** The file system calls an atomic write needs; node:fs/promises by default. */
export interface AtomicWriteFs {
  open: (path: string, flags: string) => Promise<fsPromises.FileHandle>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string, options: { force: boolean }) => Promise<void>;
}

const nodeFs: AtomicWriteFs = {
  open: (path, flags) => fsPromises.open(path, flags),
  rename: (from, to) => fsPromises.rename(from, to),
  rm: (path, options) => fsPromises.rm(path, options),
};

/**
 * Writes `data` to `target` so that the target is either the old file or the complete new one,
 * never a torn mix (a power cut at the desk mid-export): the bytes go to a temp file in the same
 * directory (same volume, so the rename is atomic), are fsynced, then renamed over the target.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  fs: AtomicWriteFs = nodeFs,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  let renamed = false;
  try {
    // 'wx' refuses to follow or reuse an existing file at the temp name.
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(temp, { force: true });
  }
  if (platform !== 'win32') await syncDirectory(dirname(target), fs);
}

/** Makes the rename itself durable on POSIX; Windows cannot open a directory for this. */
async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Durability of the directory entry is best effort: the file data is already synced.
  }
}

/** Electron's save dialog, reduced to what we use. */
export type ShowSaveDialog = (options: {
  title?: string;
  defaultPath: string;
  filters: FileFilter[];
}) => Promise<{ canceled: boolean; filePath?: string }>;

/** Characters Windows refuses in file names (control characters are refused too). */
const FORBIDDEN_IN_NAMES = '<>:"|?*';

/** Strips any directory part the renderer put in a suggested name; it only pre-fills the dialog. */
export function safeFileName(suggested: string): string {
  const name = [...basename(suggested.replaceAll('\\', '/'))]
    .map((char) => (FORBIDDEN_IN_NAMES.includes(char) || char.charCodeAt(0) < 0x20 ? '_' : char))
    .join('')
    .trim();
  return name === '' || name === '.' || name === '..' ? 'export' : name;
}

/** Side effects of `file:save`. */
export interface SaveFileDeps {
  showSaveDialog: ShowSaveDialog;
  /** Folder the dialog opens in (the user's Documents). */
  defaultDir: string;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
}

/**
 * Asks the clerk where to save, starting in `defaultDir` with the suggested name; resolves to
 * the chosen path, or `undefined` when the dialog was cancelled.
 */
export async function chooseSavePath(
  showSaveDialog: ShowSaveDialog,
  defaultDir: string,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | undefined> {
  const choice = await showSaveDialog({
    defaultPath: join(defaultDir, safeFileName(suggestedName)),
    filters,
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return undefined;
  return choice.filePath;
}

/**
 * `file:save`: asks where to save (the clerk always chooses, the renderer never picks a path),
 * then writes atomically. A cancelled dialog writes nothing.
 */
export async function saveFile(request: SaveFileRequest, deps: SaveFileDeps): Promise<SaveResult> {
  const path = await chooseSavePath(
    deps.showSaveDialog,
    deps.defaultDir,
    request.suggestedName,
    request.filters,
  );
  if (path === undefined) return { saved: false };
  await (deps.writeFile ?? writeFileAtomic)(path, request.data);
  return { saved: true, path };
}
