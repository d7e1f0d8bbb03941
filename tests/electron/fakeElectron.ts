// The one hand-written stand-in for the `electron` module, for the thin wiring tests (index,
// preload). Logic modules take their side effects as arguments and never need it.
// Use: vi.mock('electron', () => import('./fakeElectron')), then import this file (after
// vi.resetModules() when a test boots the app afresh) to drive and inspect it.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextContentsId++;
  readonly getPrintersAsync = vi.fn(async () => [
    { name: 'EPSON_LQ', displayName: 'EPSON LQ-630K', description: '', options: {} },
  ]);
  readonly setWindowOpenHandler = vi.fn();
}

export class BrowserWindow extends FakeEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly destroy = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1280, height: 800 }));

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
}

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

/** Lets the test decide when `app.whenReady()` resolves. */
export function fireReady(): void {
  resolveReady();
}

export const app = Object.assign(new FakeEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  setAppUserModelId: vi.fn(),
  quit: vi.fn(),
  exit: vi.fn(),
  whenReady: vi.fn(() => ready),
  getName: vi.fn(() => 'Taizhang 物业前台台账'),
  getVersion: vi.fn(() => '0.1.0'),
  getPath: vi.fn((name: string) => `/nonexistent/taizhang-test/${name}`),
});

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const ipcMain = { handle: vi.fn() };

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  },
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

/** The OS secret store: "seals" reversibly, so tests can see nothing plain is written. */
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  encryptString: vi.fn((text: string) => Buffer.from(`sealed:${text}`)),
  decryptString: vi.fn((sealed: Buffer) => sealed.toString().replace(/^sealed:/, '')),
};

export const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) };

const primaryDisplay = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
export const screen = {
  getPrimaryDisplay: vi.fn(() => primaryDisplay),
  getAllDisplays: vi.fn(() => [primaryDisplay]),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn((_key: string, _api: Record<string, unknown>) => undefined),
};

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
  on: vi.fn(),
  removeListener: vi.fn(),
  send: vi.fn(),
};
