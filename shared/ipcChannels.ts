/**
 * The channel names of the IPC contract (shared/ipc.ts), in a module of their own: the preload
 * builds its bridge from this list and must not pull in the contract's zod schemas (~170 kB).
 */
import type { IpcChannel } from './ipc';

/** Each bridge method and the channel it invokes. */
export const IPC_CHANNELS = {
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
} as const satisfies Record<string, IpcChannel>;

/** Main → renderer: main asks the window for a backup (daily timer, quitting). */
export const BACKUP_REQUEST_EVENT = 'backup:requested';

/** The name of the global the preload defines. */
export const BRIDGE_KEY = 'taizhang';
