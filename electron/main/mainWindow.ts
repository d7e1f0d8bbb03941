import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';
import { captureWindowState, MIN_WINDOW_SIZE } from './windowState';
import type { MeasurableWindow, WindowState } from './windowState';

/** The part of `BrowserWindow` the main-window logic uses. */
export interface MainWindowLike extends MeasurableWindow {
  maximize(): void;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** The constructor options of the main window for a remembered state. */
export function mainWindowOptions(
  state: WindowState,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on ready-to-show, so the clerk never sees a blank white frame while antd loads.
    show: false,
    title: '物业前台台账',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Side effects of opening the main window. */
export interface OpenMainWindowDeps<W extends MainWindowLike> {
  createWindow: (options: BrowserWindowConstructorOptions) => W;
  state: WindowState;
  preloadPath: string;
  /** Called with the state to remember when the window is about to close. */
  saveState: (state: WindowState) => void;
}

/**
 * Creates the main window from the remembered state, restores maximisation, shows it when its
 * first paint is ready and remembers its bounds when it closes. Loading a URL is the caller's.
 */
export function openMainWindow<W extends MainWindowLike>(deps: OpenMainWindowDeps<W>): W {
  const win = deps.createWindow(mainWindowOptions(deps.state, deps.preloadPath));
  if (deps.state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => deps.saveState(captureWindowState(win)));
  return win;
}

/** Brings the existing window forward when the clerk starts the app a second time. */
export function focusWindow(win: MainWindowLike | undefined): void {
  if (win === undefined || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
