import { getHost } from '../host/hostApi';

/**
 * True in the browser build opened with `?bench=1` (`npm run bench`), never in Electron; kept
 * apart from benchHook.ts so the hook's code loads only when asked for.
 */
export function benchRequested(): boolean {
  return getHost().kind === 'browser' && new URLSearchParams(window.location.search).has('bench');
}
