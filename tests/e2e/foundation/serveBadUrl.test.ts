import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../serve.mjs';

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('npm run start:web server (issue 15 finding 11)', () => {
  it('answers a malformed URL with 400 and keeps serving', async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    const server = await startServer(0, root);
    try {
      expect(await get(`${server.url}/%E0%A4%A`)).toBe(400);
      expect(await get(`${server.url}/`)).toBe(200);
    } finally {
      await server.close();
    }
  });
});
