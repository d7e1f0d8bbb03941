/**
 * Window and session hardening.
 *
 * Policy: every renderer is sandboxed and context-isolated with no Node; it may only show our own
 * origin (`app://taizhang`, or the Vite dev server in development); it may not navigate away,
 * open windows, embed `<webview>` or get any permission (camera, notifications, USB …). The one
 * way out is an http(s) link, which goes to the system browser through `shell.openExternal`.
 */
import type { WebPreferences } from 'electron';
import { APP_HOST, APP_SCHEME } from './appProtocol';

/** The walls every renderer gets, whatever it shows. */
const ISOLATED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

/** The webPreferences of the main window: the preload is its only bridge to main. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { ...ISOLATED_PREFERENCES, preload: preloadPath };
}

/**
 * The webPreferences of the hidden print window: the same walls, plus no preload and no script,
 * because it renders HTML that the renderer composed (and so must not be able to act). Hidden
 * windows are throttled by default, which would stall loading the next document.
 */
export function printWebPreferences(): WebPreferences {
  return { ...ISOLATED_PREFERENCES, javascript: false, backgroundThrottling: false };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app: `app://taizhang/…`, or in development the same origin as
 * the dev server. Node's URL gives non-special schemes an opaque origin, so the scheme and host
 * are compared instead of `origin`.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST) return true;
  if (devServerUrl === undefined || devServerUrl === '') return false;
  const dev = parseUrl(devServerUrl);
  return (
    dev !== null &&
    (dev.protocol === 'http:' || dev.protocol === 'https:') &&
    parsed.origin === dev.origin
  );
}

/**
 * True for a plain http(s) link that may be handed to the system browser. Embedded credentials
 * are refused (`https://bank.example@evil.example` phishing shape), as are over-long URLs.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2000) return false;
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Opens a validated link in the system browser; anything else is refused with an error. */
export async function openExternalSafely(
  url: string,
  openExternal: (url: string) => Promise<void>,
): Promise<void> {
  if (!isSafeExternalUrl(url)) {
    throw new Error('Refused to open a link that is not a plain http(s) URL.');
  }
  await openExternal(url);
}

interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The part of `WebContents` the guards touch (Electron's own type satisfies it). */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  devServerUrl?: string;
  openExternal: (url: string) => Promise<void>;
  /** Where a failed external open is reported; opening is fire-and-forget from a click. */
  onError?: (error: unknown) => void;
}

/**
 * Installs the navigation guards on one webContents: navigations and redirects away from the
 * app are cancelled, every `window.open`/`target=_blank` is denied (http(s) links go to the
 * system browser instead), and `<webview>` can never attach.
 */
export function hardenWebContents(contents: GuardableContents, options: GuardOptions): void {
  const stayInApp = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url, options.devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      options.openExternal(url).catch((error: unknown) => options.onError?.(error));
    }
    return { action: 'deny' };
  });
}

/** The part of `App` needed to guard every webContents as it is created. */
export interface GuardableApp {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardableContents) => void,
  ): unknown;
}

/** Guards every webContents the app ever creates (main, print, DevTools …) from its birth. */
export function installWebContentsGuards(app: GuardableApp, options: GuardOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}

/** The part of `Session` the permission policy touches. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

/**
 * The only permissions granted: persistent storage, so Chromium never evicts the desk's records
 * under disk pressure. A future need (e.g. a document camera) is added here by name.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

/** Denies every permission request and check on the session except the granted ones. */
export function hardenSession(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(GRANTED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}
