import { describe, expect, it, vi } from 'vitest';
import { getAppInfo } from '../../electron/main/appInfo';
import { focusWindow, mainWindowOptions, openMainWindow } from '../../electron/main/mainWindow';
import type { MainWindowLike } from '../../electron/main/mainWindow';
import type { WindowState } from '../../electron/main/windowState';

/** A main-window stand-in that records its listeners so the test can fire them. */
function fakeWindow(minimized = false) {
  const listeners = new Map<string, () => void>();
  const win = {
    maximize: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    restore: vi.fn(),
    isMinimized: vi.fn(() => minimized),
    isDestroyed: vi.fn(() => false),
    isMaximized: vi.fn(() => true),
    getNormalBounds: vi.fn(() => ({ x: 40, y: 30, width: 1300, height: 820 })),
    once: (event: string, listener: () => void) => listeners.set(event, listener),
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    fire: (event: string) => listeners.get(event)?.(),
  } satisfies MainWindowLike & Record<string, unknown>;
  return win;
}

const saved: WindowState = { x: 100, y: 80, width: 1400, height: 900, maximized: true };

describe('main window', () => {
  it('is created hidden, at the remembered bounds, with the secure preferences', () => {
    const options = mainWindowOptions(saved, '/out/preload/index.cjs');
    expect(options).toMatchObject({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      show: false,
      minWidth: 960,
      minHeight: 600,
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('lets Electron centre it when no position is remembered', () => {
    const options = mainWindowOptions({ width: 1280, height: 800, maximized: false }, '/p.cjs');
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('restores maximisation, shows on ready-to-show and saves its bounds on close', () => {
    const win = fakeWindow();
    const saveState = vi.fn();
    const createWindow = vi.fn(() => win);
    openMainWindow({ createWindow, state: saved, preloadPath: '/p.cjs', saveState });
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).not.toHaveBeenCalled();
    win.fire('ready-to-show');
    expect(win.show).toHaveBeenCalled();
    win.fire('close');
    expect(saveState).toHaveBeenCalledWith({
      x: 40,
      y: 30,
      width: 1300,
      height: 820,
      maximized: true,
    });
  });

  it('is restored and focused for a second instance', () => {
    const win = fakeWindow(true);
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(() => focusWindow(undefined)).not.toThrow();
  });
});

describe('app:info', () => {
  it('reports name, version, platform and the data folder', () => {
    const app = {
      getName: () => 'Taizhang 物业前台台账',
      getVersion: () => '0.1.0',
      getPath: (name: 'userData') => `C:\\Users\\clerk\\AppData\\Roaming\\Taizhang\\${name}`,
    };
    expect(getAppInfo(app, 'win32')).toEqual({
      name: 'Taizhang 物业前台台账',
      version: '0.1.0',
      platform: 'win32',
      dataDir: 'C:\\Users\\clerk\\AppData\\Roaming\\Taizhang\\userData',
    });
  });
});
