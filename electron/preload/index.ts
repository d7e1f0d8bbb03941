/**
 * The preload: the renderer's only door to main. It exposes exactly `HostBridge`, one method per
 * channel of the contract, each a plain `ipcRenderer.invoke`. `ipcRenderer` itself never crosses
 * the bridge (it would let the page call any channel and listen to any event).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type {
  BACKUP_REQUEST_EVENT,
  BRIDGE_KEY,
  HostBridge,
  IPC_CHANNELS,
  IpcChannel,
  IpcRequest,
  IpcResponses,
} from '@shared/ipc';

// Type-only imports on purpose: importing the values would bundle shared/ipc.ts's zod schemas
// (~170 kB) into the preload. `satisfies typeof …` makes any drift from the contract — a
// renamed, added or removed channel — a compile error here.
const CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  listPrinters: 'print:printers',
  print: 'print:document',
  printToPdf: 'print:pdf',
  openExternal: 'shell:openExternal',
  backupStatus: 'backup:status',
  chooseBackupFolder: 'backup:chooseFolder',
  configureBackup: 'backup:configure',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  beginBackup: 'backup:begin',
  appendBackup: 'backup:append',
  commitBackup: 'backup:commit',
  abortBackup: 'backup:abort',
  openBackup: 'backup:open',
  readBackupChunk: 'backup:chunk',
  closeBackup: 'backup:close',
  beginSession: 'session:begin',
  endSession: 'session:end',
  syncCredentials: 'sync:credentials',
  setSyncCredentials: 'sync:setCredentials',
  clearSyncCredentials: 'sync:clearCredentials',
} as const satisfies typeof IPC_CHANNELS;
const KEY = 'taizhang' satisfies typeof BRIDGE_KEY;
const BACKUP_REQUESTED = 'backup:requested' satisfies typeof BACKUP_REQUEST_EVENT;

/** The response types are the contract's promise: main produces them, the preload relays. */
function invoke<K extends IpcChannel>(
  channel: K,
  ...args: IpcRequest<K>
): Promise<IpcResponses[K]> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResponses[K]>;
}

const bridge = {
  appInfo: (...args) => invoke(CHANNELS.appInfo, ...args),
  saveFile: (...args) => invoke(CHANNELS.saveFile, ...args),
  listPrinters: (...args) => invoke(CHANNELS.listPrinters, ...args),
  print: (...args) => invoke(CHANNELS.print, ...args),
  printToPdf: (...args) => invoke(CHANNELS.printToPdf, ...args),
  openExternal: (...args) => invoke(CHANNELS.openExternal, ...args),
  backupStatus: (...args) => invoke(CHANNELS.backupStatus, ...args),
  chooseBackupFolder: (...args) => invoke(CHANNELS.chooseBackupFolder, ...args),
  configureBackup: (...args) => invoke(CHANNELS.configureBackup, ...args),
  writeBackup: (...args) => invoke(CHANNELS.writeBackup, ...args),
  listBackups: (...args) => invoke(CHANNELS.listBackups, ...args),
  readBackup: (...args) => invoke(CHANNELS.readBackup, ...args),
  beginBackup: (...args) => invoke(CHANNELS.beginBackup, ...args),
  appendBackup: (...args) => invoke(CHANNELS.appendBackup, ...args),
  commitBackup: (...args) => invoke(CHANNELS.commitBackup, ...args),
  abortBackup: (...args) => invoke(CHANNELS.abortBackup, ...args),
  openBackup: (...args) => invoke(CHANNELS.openBackup, ...args),
  readBackupChunk: (...args) => invoke(CHANNELS.readBackupChunk, ...args),
  closeBackup: (...args) => invoke(CHANNELS.closeBackup, ...args),
  beginSession: (...args) => invoke(CHANNELS.beginSession, ...args),
  endSession: (...args) => invoke(CHANNELS.endSession, ...args),
  syncCredentials: (...args) => invoke(CHANNELS.syncCredentials, ...args),
  setSyncCredentials: (...args) => invoke(CHANNELS.setSyncCredentials, ...args),
  clearSyncCredentials: (...args) => invoke(CHANNELS.clearSyncCredentials, ...args),
  // One fixed event; the page gets only the reason, never the IPC event (it carries `sender`).
  onBackupRequest: (listener) => {
    const relay = (_event: unknown, reason: unknown) => {
      if (reason === 'daily' || reason === 'quit') listener(reason);
    };
    ipcRenderer.on(BACKUP_REQUESTED, relay);
    return () => void ipcRenderer.removeListener(BACKUP_REQUESTED, relay);
  },
} satisfies HostBridge;

contextBridge.exposeInMainWorld(KEY, bridge);
