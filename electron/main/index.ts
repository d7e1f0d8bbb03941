/**
 * Main-process lifecycle: one instance, the `app://taizhang` protocol, hardened sessions and
 * webContents, the IPC contract, the main window. Each capability lives in its own module; this
 * file only wires them to Electron.
 *
 * Order matters: the scheme must be registered as privileged before `ready`, and the guards are
 * installed before any window exists so no webContents is ever unguarded.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { open, readdir, readFile, rename, rm, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { lastBackupFromNames } from '@shared/domain/backupRotation';
import { BACKUP_REQUEST_EVENT } from '@shared/ipc';
import { APP_ID, getAppInfo } from './appInfo';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './appProtocol';
import {
  backupStatus,
  chooseBackupFolder,
  configureBackup,
  listBackups,
  loadBackupConfig,
  parseBackupConfig,
  readBackup,
  writeBackup,
} from './backup';
import type { BackupDeps } from './backup';
import { createBackupSecrets } from './backupKeys';
import { createBackupScheduler, DAILY_CHECK_MS } from './backupSchedule';
import { createBackupStreams, type TempFile } from './backupStream';
import { saveFile, writeFileAtomic } from './export';
import { registerIpcHandlers } from './ipc';
import { createSessionGate, guardManagerChannels } from './sessionGate';
import { createSyncCredentials } from './syncCredentials';
import type { IpcImplementations } from './ipc';
import { focusWindow, openMainWindow } from './mainWindow';
import { createPrintService, listPrinters } from './print';
import type { PrintService } from './print';
import { hardenSession, installWebContentsGuards, openExternalSafely } from './security';
import { loadWindowState, saveWindowState } from './windowState';
import type { WindowStateStore, WorkArea } from './windowState';

export { APP_ORIGIN } from './appProtocol';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html.
const outDir = join(import.meta.dirname, '..');
const rendererDir = join(outDir, 'renderer');
const preloadPath = join(outDir, 'preload', 'index.cjs');
// A packaged app never trusts this variable: it would let anyone point the window elsewhere.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

function logError(error: unknown): void {
  console.error('[taizhang]', error);
}

function openExternal(url: string): Promise<void> {
  return shell.openExternal(url);
}

function showSaveDialog(
  parent: BrowserWindow | undefined,
  options: SaveDialogOptions,
): Promise<SaveDialogReturnValue> {
  return parent === undefined
    ? dialog.showSaveDialog(options)
    : dialog.showSaveDialog(parent, options);
}

function windowStateStore(path: string): WindowStateStore {
  return {
    read: () => readFile(path, 'utf8').catch(() => undefined),
    // Synchronous on purpose: it runs in the window's 'close' event, and the app quits right
    // after; an async write could be cut off. A lost window position is harmless, so no fsync.
    write: async (text) => {
      const temp = `${path}.tmp`;
      writeFileSync(temp, text);
      renameSync(temp, path);
    },
  };
}

/** Work areas with the primary display first, as `clampWindowState` expects. */
function workAreas(): WorkArea[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

/** The backup module's side effects: config in userData, real files, Electron's dialogs. */
function backupDeps(getMainWindow: () => BrowserWindow | undefined): BackupDeps {
  const configPath = join(app.getPath('userData'), 'backup-config.json');
  const keyPath = join(app.getPath('userData'), 'backup-key.sealed');
  const pick = async (options: Electron.OpenDialogOptions): Promise<string | undefined> => {
    const parent = getMainWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  };
  return {
    loadConfig: async () =>
      parseBackupConfig(await readFile(configPath, 'utf8').catch(() => undefined)),
    saveConfig: (config) =>
      writeFileAtomic(configPath, new TextEncoder().encode(JSON.stringify(config))),
    freeBytes: async (dir) => {
      const s = await statfs(dir);
      return s.bavail * s.bsize;
    },
    writeFileAtomic: (path, data) => writeFileAtomic(path, data),
    readdir: (dir) => readdir(dir),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    fileSize: async (path) => (await stat(path)).size,
    rm: (path) => rm(path, { force: true }),
    chooseDirectory: () =>
      pick({ title: '选择备份文件夹', properties: ['openDirectory', 'createDirectory'] }),
    chooseFile: () =>
      pick({
        title: '选择备份文件',
        properties: ['openFile'],
        filters: [{ name: '台账备份', extensions: ['tzbak'] }],
      }),
    now: () => new Date(),
    secrets: createBackupSecrets({
      isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
      encryptString: (text) => safeStorage.encryptString(text),
      decryptString: (sealed) => safeStorage.decryptString(sealed),
      readKeyFile: async () => new Uint8Array(await readFile(keyPath)),
      writeKeyFile: (data) => writeFileAtomic(keyPath, data),
    }),
  };
}

/** A temp file for a backup written in pieces ('wx': never reuses an existing file). */
async function createTemp(path: string): Promise<TempFile> {
  const handle = await open(path, 'wx');
  return {
    append: async (data) => void (await handle.write(data)),
    writeAt: async (data, position) => void (await handle.write(data, 0, data.length, position)),
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

function implementations(
  getMainWindow: () => BrowserWindow | undefined,
  printer: PrintService,
  backup: BackupDeps,
  onBackupWritten: (reason: string) => void,
): IpcImplementations {
  // This desk's CouchDB user for replication (issue 20), sealed in userData.
  const credentialsPath = join(app.getPath('userData'), 'sync-credentials.json');
  const syncCredentials = createSyncCredentials({
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (text) => safeStorage.encryptString(text),
    decryptString: (sealed) => safeStorage.decryptString(sealed),
    readFile: () => readFile(credentialsPath, 'utf8').catch(() => undefined),
    writeFile: (text) => writeFileAtomic(credentialsPath, new TextEncoder().encode(text)),
    removeFile: () => rm(credentialsPath, { force: true }),
  });
  const streams = createBackupStreams({
    ...backup,
    createTemp,
    rename: (from, to) => rename(from, to),
    onFinished: onBackupWritten,
  });
  return {
    'app:info': () => getAppInfo(app, process.platform),
    'file:save': (request) =>
      saveFile(request, {
        showSaveDialog: (options) => showSaveDialog(getMainWindow(), options),
        defaultDir: app.getPath('documents'),
      }),
    'print:printers': () =>
      listPrinters(async () => (await getMainWindow()?.webContents.getPrintersAsync()) ?? []),
    'print:document': (job) => printer.print(job),
    'print:pdf': (job) => printer.printToPdf(job),
    'shell:openExternal': (url) => openExternalSafely(url, openExternal),
    'backup:status': async () => backupStatus(await loadBackupConfig(backup), backup),
    'backup:chooseFolder': () => chooseBackupFolder(backup),
    'backup:configure': (request) => configureBackup(request, backup),
    'backup:write': async (request) => {
      try {
        return await writeBackup(request, backup);
      } finally {
        onBackupWritten(request.reason);
      }
    },
    'backup:list': () => listBackups(backup),
    'backup:read': (request) => readBackup(request, backup),
    'backup:begin': (request) => streams.begin(request),
    'backup:append': (request) => streams.append(request),
    'backup:commit': (request) => streams.commit(request),
    'backup:abort': (request) => streams.abort(request),
    'backup:open': (request) => streams.open(request),
    'backup:chunk': (request) => streams.chunk(request),
    'backup:close': (request) => streams.close(request),
    'sync:credentials': () => syncCredentials.get(),
    'sync:setCredentials': (request) => syncCredentials.set(request),
    'sync:clearCredentials': () => syncCredentials.clear(),
    // Replaced by guardManagerChannels, which owns the session state.
    'session:begin': () => undefined,
    'session:end': () => undefined,
  };
}

async function whenReady(): Promise<void> {
  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => focusWindow(mainWindow));

  hardenSession(session.defaultSession);
  const printer = createPrintService({
    createWindow: (options) => new BrowserWindow(options),
    showSaveDialog: (options) => showSaveDialog(mainWindow, options),
    defaultDir: () => app.getPath('documents'),
  });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: rendererDir,
      readFile,
      printDocument: (path) => printer.documentFor(path),
    }),
  );
  const backup = backupDeps(() => mainWindow);
  const scheduler = createBackupScheduler({
    // From the files' own names by main's clock, not from a record the page wrote (issue 15).
    lastBackupAt: async () => {
      const config = await loadBackupConfig(backup);
      if (config.folder === undefined) return undefined;
      const names = await backup.readdir(config.folder).catch(() => []);
      return lastBackupFromNames(names, config.desk ?? '', backup.now().toISOString());
    },
    hasFolder: async () => (await backup.loadConfig()).folder !== undefined,
    request: (reason) => {
      if (mainWindow === undefined || mainWindow.isDestroyed()) return false;
      mainWindow.webContents.send(BACKUP_REQUEST_EVENT, reason);
      return true;
    },
    now: () => new Date(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
  });
  const desk = createSessionGate();
  registerIpcHandlers(
    ipcMain,
    guardManagerChannels(
      implementations(
        () => mainWindow,
        printer,
        backup,
        (reason) => scheduler.onWritten(reason),
      ),
      desk,
    ),
    {
      mainContentsId: () => mainWindow?.webContents.id,
      devServerUrl,
    },
  );

  const stateStore = windowStateStore(join(app.getPath('userData'), 'window-state.json'));
  const win = openMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    state: await loadWindowState(stateStore, workAreas()),
    preloadPath,
    saveState: (state) => void saveWindowState(stateStore, state).catch(logError),
  });
  mainWindow = win;
  // A reload, a crash or a closed window ends the manager session main knows of; a reload
  // that resumes the desk's session tells main again (sessionGate.ts).
  win.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) desk.reset();
  });
  win.webContents.on('render-process-gone', () => desk.reset());
  win.on('close', (event) => scheduler.onClose(event, () => win.close()));
  // First check once the page has had time to open its database and sign-in screen.
  setTimeout(() => void scheduler.checkDaily().catch(logError), 60_000).unref();
  setInterval(() => void scheduler.checkDaily().catch(logError), DAILY_CHECK_MS).unref();
  // The hidden print window would otherwise keep the app alive after the clerk closes it.
  win.on('closed', () => {
    desk.reset();
    mainWindow = undefined;
    printer.dispose();
  });
  await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

/** Starts the app: everything that must happen before `ready`, then the rest once it is. */
export function main(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  installWebContentsGuards(app, { devServerUrl, openExternal, onError: logError });
  // The desk runs on Windows and Linux: closing the window ends the app, as clerks expect.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(whenReady)
    .catch((error: unknown) => {
      logError(error);
      app.exit(1);
    });
}

main();
