import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc';
import type * as FakeElectron from './fakeElectron';

type Fake = typeof FakeElectron;

/**
 * Boots electron/main/index.ts (which starts itself on import) against a fresh fake; `setup`
 * runs before the module loads. `doMock` after the reset hands index.ts the very instance the
 * test inspects.
 */
async function boot(setup?: (fake: Fake) => void): Promise<Fake> {
  vi.resetModules();
  const fake = await import('./fakeElectron');
  vi.doMock('electron', () => fake);
  setup?.(fake);
  await import('../../electron/main/index');
  return fake;
}

/** Boots, fires `ready`, and waits for the ready chain (which reads a file) to load the window. */
async function bootReady(): Promise<Fake> {
  const fake = await boot();
  fake.fireReady();
  await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());
  return fake;
}

afterEach(() => {
  delete process.env['ELECTRON_RENDERER_URL'];
});

describe('main process lifecycle', () => {
  it('registers the privileged app scheme and sandboxing before ready', async () => {
    const fake = await boot();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
      },
    ]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    // Nothing that needs `ready` has happened yet.
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = await boot((f) => f.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('once ready, serves app://, hardens the session, registers every channel and opens the window', async () => {
    const fake = await bootReady();

    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    const channels = fake.ipcMain.handle.mock.calls.map((call: unknown[]) => call[0]);
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());

    expect(fake.BrowserWindow.instances).toHaveLength(1);
    const win = fake.BrowserWindow.instances[0];
    expect(win?.options).toMatchObject({
      width: 1280,
      height: 800,
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(win?.options['webPreferences']).toMatchObject({
      preload: expect.stringMatching(/[\\/]preload[\\/]index\.cjs$/),
    });
    expect(win?.loadURL).toHaveBeenCalledWith('app://taizhang/index.html');
  });

  it('focuses the existing window when a second instance starts', async () => {
    const fake = await bootReady();
    const win = fake.BrowserWindow.instances[0];
    win?.isMinimized.mockReturnValue(true);
    fake.app.emit('second-instance', {}, [], '');
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
  });

  it('loads the dev server in development instead of app://', async () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    const fake = await bootReady();
    expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('quits when the last window closes', async () => {
    const fake = await boot();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalled();
  });

  it('re-exports the pinned origin', async () => {
    await boot();
    const main = await import('../../electron/main/index');
    expect(main.APP_ORIGIN).toBe('app://taizhang');
  });
});
