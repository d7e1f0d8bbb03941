import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The `key: value` scalars of one block of the YAML (top level when `block` is undefined). */
function scalars(yml: string, block?: string): Map<string, string> {
  const found = new Map<string, string>();
  let inside = block === undefined;
  for (const line of yml.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indented = line.startsWith(' ');
    if (!indented) inside = block === undefined || line === `${block}:`;
    if (!inside || (block === undefined ? indented : !indented)) continue;
    const match = /^\s*([A-Za-z]+):\s*(.+)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) found.set(match[1], match[2].trim());
  }
  return found;
}

describe('electron-builder.yml', () => {
  it('keeps the app id and the product name (which names the userData folder) in step', async () => {
    const yml = await readFile(resolve(root, 'electron-builder.yml'), 'utf8');
    const pkg: unknown = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
    const top = scalars(yml);
    expect(top.get('appId')).toBe('cn.taizhang.desk');
    expect(pkg).toMatchObject({ productName: top.get('productName') });
    expect(top.get('asar')).toBe('true');
    const { APP_ID } = await import('../../electron/main/appInfo');
    expect(APP_ID).toBe(top.get('appId'));
  });

  it('flips every hardening fuse', async () => {
    const yml = await readFile(resolve(root, 'electron-builder.yml'), 'utf8');
    expect(Object.fromEntries(scalars(yml, 'electronFuses'))).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('ships a 512×512 PNG icon', async () => {
    const png = await readFile(resolve(root, 'resources/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
