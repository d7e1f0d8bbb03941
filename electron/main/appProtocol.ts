/**
 * The `app://taizhang` origin and the protocol handler that serves the built renderer.
 *
 * Policy: the renderer is never loaded from `file://` (which Chromium treats as one shared,
 * over-privileged origin). Everything comes from our own standard + secure scheme, so the page
 * gets a real origin, a CSP header and no access outside `out/renderer`.
 *
 * The origin is also the key of the clerks' IndexedDB: changing the scheme or host makes every
 * existing database unreachable. `tests/electron/appProtocol.test.ts` pins it.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'taizhang';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Reserved path prefix for one-shot print documents held in memory (see print.ts). */
export const PRINT_ROUTE_PREFIX = '/__print/';

/**
 * `standard` gives the scheme a real origin (storage, relative URLs); `secure` makes it a secure
 * context like https; `supportFetchAPI` lets the page `fetch` its own assets; `stream` lets media
 * and large responses stream. No `bypassCSP`, no `corsEnabled`: the page is held to its CSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/** CSP for the app shell. `'unsafe-inline'` styles only, because antd injects CSS-in-JS. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // The estate's sync server (issue 20): its address is typed by the manager, so the policy
  // cannot name it ahead; http(s) only (no ws:, data:, blob:, file:). Script stays 'self' only,
  // which is what keeps foreign code from reaching the network at all.
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Print documents run no script at all and reach nothing but our assets and inline data. */
export const PRINT_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown types are served as opaque bytes. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://taizhang/…` URL to a file inside `rootDir`, or `null` when the URL is foreign
 * or would escape the root. URL parsing already folds `..` segments, but percent-encoded
 * separators (`..%2F`) and backslashes survive it, so the decoded path is checked again.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = resolve(rootDir);
  const target = resolve(root, `.${pathname}`);
  const rel = relative(root, target);
  if (rel === '' || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return null;
  }
  return target;
}

/** What the handler needs from the outside world. */
export interface AppProtocolDeps {
  /** Absolute path of the built renderer (`out/renderer`). */
  rootDir: string;
  /** Reads a file; rejects with an `ENOENT`-style error when it is missing. */
  readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
  /** Looks up a one-shot print document by its route path (`/__print/<token>`). */
  printDocument?: (pathname: string) => string | undefined;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

function isMissingFile(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/**
 * Builds the `protocol.handle('app', …)` handler: serves files from `rootDir` with their MIME
 * type, puts the CSP on every HTML response, refuses traversal and foreign hosts, and falls back
 * to `index.html` for extension-less paths so client-side routes survive a reload.
 */
export function createAppProtocolHandler(
  deps: AppProtocolDeps,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed');
    }
    const url = new URL(request.url);
    if (url.host.toLowerCase() !== APP_HOST) return textResponse(403, 'Forbidden');
    if (deps.printDocument && url.pathname.startsWith(PRINT_ROUTE_PREFIX)) {
      const html = deps.printDocument(url.pathname);
      if (html === undefined) return textResponse(404, 'Not Found');
      return new Response(html, { status: 200, headers: htmlHeaders(PRINT_CSP) });
    }
    const filePath = resolveAppPath(deps.rootDir, request.url);
    if (filePath === null) return textResponse(403, 'Forbidden');
    const candidates =
      extname(filePath) === '' ? [filePath, resolve(deps.rootDir, 'index.html')] : [filePath];
    for (const candidate of candidates) {
      try {
        const body = await deps.readFile(candidate);
        const type = mimeTypeFor(candidate);
        const headers = type.startsWith('text/html')
          ? htmlHeaders(APP_CSP)
          : { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
        return new Response(body, { status: 200, headers });
      } catch (error) {
        if (!isMissingFile(error)) return textResponse(500, 'Internal Server Error');
      }
    }
    return textResponse(404, 'Not Found');
  };
}

function htmlHeaders(csp: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}
