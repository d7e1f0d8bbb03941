import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  installWebContentsGuards,
  isAppUrl,
  isSafeExternalUrl,
  openExternalSafely,
  printWebPreferences,
  secureWebPreferences,
} from '../../electron/main/security';
import type { GuardableContents, PermissionSession } from '../../electron/main/security';

// One listener shape fits every guarded event: the webview event simply has no URL to read.
type Listener = (event: { url: string; preventDefault(): void }) => void;
type OpenHandler = (details: { url: string }) => { action: 'deny' };

/** A webContents stand-in that records the guards installed on it. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler | undefined;
  const contents: GuardableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Emits the event and says whether a guard cancelled it. */
  const emit = (event: string, url: string): boolean => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents,
    navigate: (event: 'will-navigate' | 'will-redirect', url: string) => emit(event, url),
    attachWebview: () => emit('will-attach-webview', ''),
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('webPreferences', () => {
  it('isolates the main window and gives it only the preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('gives the print window the same walls, no preload and no script', () => {
    const prefs = printWebPreferences();
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(prefs.javascript).toBe(false);
    expect(prefs.preload).toBeUndefined();
  });
});

describe('URL predicates', () => {
  it.each([
    ['app://taizhang/index.html', undefined, true],
    ['app://taizhang/#/renovation', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['file:///C:/app/index.html', undefined, false],
    ['https://taizhang.example/', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['javascript:alert(1)', 'http://localhost:5173', false],
  ])('isAppUrl(%s, dev=%s) is %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });

  it.each([
    ['https://www.gov.cn/', true],
    ['http://example.com/a?b=1', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['app://taizhang/index.html', false],
    ['smb://server/share', false],
    ['https://bank.example@evil.example/', false],
    [`https://example.com/${'a'.repeat(2000)}`, false],
  ])('isSafeExternalUrl(%s) is %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });

  it('openExternalSafely refuses anything but http(s)', async () => {
    const open = vi.fn(async () => undefined);
    await expect(openExternalSafely('file:///C:/Windows/system32/calc.exe', open)).rejects.toThrow(
      /http/,
    );
    expect(open).not.toHaveBeenCalled();
    await openExternalSafely('https://www.gov.cn/', open);
    expect(open).toHaveBeenCalledWith('https://www.gov.cn/');
  });
});

describe('webContents guards', () => {
  it('cancels navigation and redirects away from the app, allows in-app ones', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: vi.fn(async () => undefined) });
    expect(fake.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.navigate('will-navigate', 'app://taizhang/index.html')).toBe(false);
    expect(fake.navigate('will-redirect', 'app://taizhang/index.html')).toBe(false);
  });

  it('allows the dev server only when one is configured', () => {
    const dev = fakeContents();
    hardenWebContents(dev.contents, {
      devServerUrl: 'http://localhost:5173',
      openExternal: vi.fn(async () => undefined),
    });
    expect(dev.navigate('will-navigate', 'http://localhost:5173/')).toBe(false);
    const prod = fakeContents();
    hardenWebContents(prod.contents, { openExternal: vi.fn(async () => undefined) });
    expect(prod.navigate('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('denies every new window and sends only http(s) links to the browser', () => {
    const openExternal = vi.fn(async () => undefined);
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal });
    expect(fake.open('https://www.gov.cn/')).toEqual({ action: 'deny' });
    expect(fake.open('app://taizhang/index.html')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.gov.cn/']]);
  });

  it('reports a failed external open instead of leaving it unhandled', async () => {
    const onError = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, {
      openExternal: () => Promise.reject(new Error('no browser')),
      onError,
    });
    fake.open('https://www.gov.cn/');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('no browser')));
  });

  it('never lets a <webview> attach', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: vi.fn(async () => undefined) });
    expect(fake.attachWebview()).toBe(true);
  });

  it('guards every webContents as it is created', () => {
    let created: ((event: unknown, contents: GuardableContents) => void) | undefined;
    installWebContentsGuards(
      {
        on: (_event, listener) => {
          created = listener;
        },
      },
      { openExternal: vi.fn(async () => undefined) },
    );
    const fake = fakeContents();
    created?.({}, fake.contents);
    expect(fake.navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('session permissions', () => {
  it('denies every request, check and device permission but persistent storage', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    let device: Parameters<PermissionSession['setDevicePermissionHandler']>[0] | undefined;
    hardenSession({
      setPermissionRequestHandler: (handler) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        check = handler;
      },
      setDevicePermissionHandler: (handler) => {
        device = handler;
      },
    });
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check?.({}, permission), permission).toBe(false);
    }
    expect(device?.({ deviceType: 'usb' })).toBe(false);
    const granted = vi.fn();
    request?.({}, 'persistent-storage', granted);
    expect(granted).toHaveBeenCalledWith(true);
    expect(check?.({}, 'persistent-storage')).toBe(true);
  });
});
