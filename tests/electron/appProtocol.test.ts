import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_CSP,
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  PRINT_CSP,
  resolveAppPath,
} from '../../electron/main/appProtocol';

let sandbox: string;
let rootDir: string;

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'taizhang-protocol-'));
  rootDir = join(sandbox, 'renderer');
  await mkdir(join(rootDir, 'assets'), { recursive: true });
  await writeFile(join(rootDir, 'index.html'), '<!doctype html><title>台账</title>');
  await writeFile(join(rootDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(rootDir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(rootDir, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  await writeFile(join(rootDir, 'assets', 'logo.png'), new Uint8Array([0x89, 0x50]));
  // A file beside the renderer that no URL may ever reach.
  await writeFile(join(sandbox, 'secret.txt'), 'backup password');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

function handler(printDocument?: (path: string) => string | undefined) {
  const read = vi.fn((path: string) => readFile(path));
  return { read, handle: createAppProtocolHandler({ rootDir, readFile: read, printDocument }) };
}

describe('the app origin', () => {
  it('is pinned: it keys the clerks’ IndexedDB, so it must never change', () => {
    expect(APP_ORIGIN).toBe('app://taizhang');
    expect(APP_ENTRY_URL).toBe('app://taizhang/index.html');
  });

  it('is registered standard + secure + fetch + stream, and no more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
  });
});

describe('serving the renderer', () => {
  it('serves index.html with the strict CSP', async () => {
    const response = await handler().handle(new Request('app://taizhang/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' http: https:; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(await response.text()).toContain('台账');
  });

  it('serves the root and client-side routes as index.html', async () => {
    const { handle } = handler();
    for (const url of ['app://taizhang/', 'app://taizhang/renovation/42']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-security-policy'), url).toBe(APP_CSP);
    }
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/logo.png', 'image/png'],
  ])('serves %s as %s, without sniffing', async (path, type) => {
    const response = await handler().handle(new Request(`app://taizhang/${path}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('answers 404 for a missing asset rather than index.html', async () => {
    const response = await handler().handle(new Request('app://taizhang/assets/missing.js'));
    expect(response.status).toBe(404);
  });

  it.each([
    'app://taizhang/..%2Fsecret.txt',
    'app://taizhang/assets/..%2F..%2Fsecret.txt',
    'app://taizhang/%2e%2e%2fsecret.txt',
    'app://taizhang/..%5Csecret.txt',
    'app://taizhang/index.html%00.png',
    'app://taizhang/%E0%A4%A',
  ])('refuses traversal: %s', async (url) => {
    const { handle, read } = handler();
    const response = await handle(new Request(url));
    expect(response.status).toBe(403);
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses another host of the scheme', async () => {
    const { handle, read } = handler();
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(403);
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses writes', async () => {
    const response = await handler().handle(
      new Request('app://taizhang/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  it('serves a registered print document under the script-free CSP, and nothing else there', async () => {
    const docs = new Map([['/__print/abc.html', '<p>施工许可证</p>']]);
    const { handle } = handler((path) => docs.get(path));
    const response = await handle(new Request('app://taizhang/__print/abc.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CSP);
    expect(PRINT_CSP).toContain("script-src 'none'");
    expect(await response.text()).toBe('<p>施工许可证</p>');
    expect((await handle(new Request('app://taizhang/__print/other.html'))).status).toBe(404);
    expect((await handle(new Request('app://elsewhere/__print/abc.html'))).status).toBe(403);
  });
});

describe('resolveAppPath', () => {
  it('maps app URLs inside the root and nothing outside', () => {
    expect(resolveAppPath(rootDir, 'app://taizhang/assets/logo.png')).toBe(
      join(rootDir, 'assets', 'logo.png'),
    );
    expect(resolveAppPath(rootDir, 'app://taizhang/')).toBe(join(rootDir, 'index.html'));
    expect(resolveAppPath(rootDir, 'app://taizhang/../secret.txt')).toBe(
      join(rootDir, 'secret.txt'),
    );
    expect(resolveAppPath(rootDir, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(rootDir, 'https://taizhang/index.html')).toBeNull();
    expect(resolveAppPath(rootDir, 'not a url')).toBeNull();
  });

  it('knows the common MIME types and falls back to bytes', () => {
    expect(mimeTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
