/**
 * The preload: the renderer's only door to main. It exposes exactly `HostBridge`, one method per
 * channel of the contract, each a plain `ipcRenderer.invoke`. `ipcRenderer` itself never crosses
 * the bridge (it would let the page call any channel and listen to any event).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { HostBridge, IpcChannel } from '@shared/ipc';
// The channel list comes from its own module: shared/ipc.ts itself would bundle the contract's
// zod schemas (~170 kB) into the preload. `HostBridge` keeps the methods to the contract.
import { BACKUP_REQUEST_EVENT, BRIDGE_KEY, IPC_CHANNELS } from '@shared/ipcChannels';

type Method = keyof typeof IPC_CHANNELS;

/** The bridge method of one channel: a plain invoke of it with the arguments as given. */
const method =
  (channel: IpcChannel) =>
  (...args: unknown[]) =>
    ipcRenderer.invoke(channel, ...args) as Promise<unknown>;

// Every channel of the list, each its method. Arguments pass through untouched (main parses each
// with the contract's schema), so the one cast here only names the contract's signatures.
const methods = Object.fromEntries(
  Object.entries(IPC_CHANNELS).map(([name, channel]) => [name, method(channel)]),
) as Pick<HostBridge, Method>;

const bridge = {
  ...methods,
  // One fixed event; the page gets only the reason, never the IPC event (it carries `sender`).
  onBackupRequest: (listener) => {
    const relay = (_event: unknown, reason: unknown) => {
      if (reason === 'daily' || reason === 'quit') listener(reason);
    };
    ipcRenderer.on(BACKUP_REQUEST_EVENT, relay);
    return () => void ipcRenderer.removeListener(BACKUP_REQUEST_EVENT, relay);
  },
} satisfies HostBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
