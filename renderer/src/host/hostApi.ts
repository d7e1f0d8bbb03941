import { BRIDGE_KEY, type HostBridge } from '@shared/ipc';
import { createBrowserHost } from './browserHost';

/**
 * Everything the renderer asks of the machine it runs on. In Electron it goes through the
 * preload bridge to main; in a plain browser (tests, `npm run start:web`) it falls back to
 * downloads and the browser's own print dialog.
 */
export type HostApi = HostBridge & { readonly kind: 'electron' | 'browser' };

function bridgeFromWindow(): HostBridge | undefined {
  const candidate: unknown = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  return typeof candidate === 'object' && candidate !== null
    ? (candidate as HostBridge)
    : undefined;
}

let host: HostApi | undefined;

/** The host for this window, chosen once: the preload bridge when present, else the browser. */
export function getHost(): HostApi {
  if (!host) {
    const bridge = bridgeFromWindow();
    host = bridge ? { ...bridge, kind: 'electron' } : createBrowserHost();
  }
  return host;
}
