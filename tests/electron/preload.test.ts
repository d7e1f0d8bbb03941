import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKUP_REQUEST_EVENT, BRIDGE_KEY, IPC_CHANNELS } from '@shared/ipc';
import { contextBridge, ipcRenderer } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let key: unknown;
let bridge: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [exposedKey, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  key = exposedKey;
  bridge = { ...exposed };
});

describe('preload bridge', () => {
  it('is exposed under the contract’s key', () => {
    expect(key).toBe(BRIDGE_KEY);
  });

  it('has exactly one method per contract channel, plus the backup-request listener', () => {
    expect(Object.keys(bridge).sort()).toEqual(
      [...Object.keys(IPC_CHANNELS), 'onBackupRequest'].sort(),
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or any of its methods', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer.on);
    }
  });

  it('relays only main’s backup request reason, never the IPC event, and unsubscribes', () => {
    const subscribe = bridge['onBackupRequest'] as (l: (reason: string) => void) => () => void;
    const heard: unknown[] = [];
    const unsubscribe = subscribe((reason) => heard.push(reason));
    const [channel, relay] = ipcRenderer.on.mock.lastCall ?? [];
    expect(channel).toBe(BACKUP_REQUEST_EVENT);
    (relay as (event: unknown, reason: unknown) => void)({ sender: 'secret' }, 'quit');
    (relay as (event: unknown, reason: unknown) => void)({}, 'rm -rf');
    expect(heard).toEqual(['quit']);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(BACKUP_REQUEST_EVENT, relay);
  });

  it.each(Object.entries(IPC_CHANNELS))(
    '%s invokes %s with the arguments as given',
    async (method, channel) => {
      const args = [{ probe: method }];
      ipcRenderer.invoke.mockResolvedValueOnce({ from: channel });
      const call = bridge[method];
      expect(typeof call).toBe('function');
      if (typeof call !== 'function') return;
      await expect(call(...args)).resolves.toEqual({ from: channel });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, ...args);
    },
  );
});
