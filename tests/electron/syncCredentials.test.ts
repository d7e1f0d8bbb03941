import { describe, expect, it } from 'vitest';
import {
  createSyncCredentials,
  SEAL_UNAVAILABLE_MESSAGE,
} from '../../electron/main/syncCredentials';

function fakeDeps(available = true) {
  const files: { text?: string } = {};
  // A reversible "seal" that is visibly not the plain text.
  const seal = (t: string) => Buffer.from(`sealed:${Buffer.from(t).toString('hex')}`);
  const unseal = (b: Buffer) => {
    const s = b.toString();
    if (!s.startsWith('sealed:')) throw new Error('not ours');
    return Buffer.from(s.slice(7), 'hex').toString();
  };
  return {
    files,
    deps: {
      isEncryptionAvailable: () => available,
      encryptString: seal,
      decryptString: unseal,
      readFile: async () => files.text,
      writeFile: async (t: string) => {
        files.text = t;
      },
      removeFile: async () => {
        delete files.text;
      },
    },
  };
}

describe('sync credentials in main', () => {
  it('stores the password sealed, never in plain text, and reads it back', async () => {
    const { deps, files } = fakeDeps();
    const creds = createSyncCredentials(deps);
    expect(await creds.get()).toBeNull();
    expect(await creds.set({ username: 'desk-e1-b', password: 'pa55-w0rd-xyz' })).toEqual({
      ok: true,
    });
    expect(files.text).not.toContain('pa55-w0rd-xyz');
    expect(await creds.get()).toEqual({ username: 'desk-e1-b', password: 'pa55-w0rd-xyz' });
    await creds.clear();
    expect(await creds.get()).toBeNull();
  });

  it('refuses to store where the system cannot seal', async () => {
    const { deps, files } = fakeDeps(false);
    const creds = createSyncCredentials(deps);
    expect(await creds.set({ username: 'u', password: 'p' })).toEqual({
      ok: false,
      message: SEAL_UNAVAILABLE_MESSAGE,
    });
    expect(files.text).toBeUndefined();
  });

  it('reads a damaged or foreign file as none stored', async () => {
    const { deps, files } = fakeDeps();
    const creds = createSyncCredentials(deps);
    files.text = '{not json';
    expect(await creds.get()).toBeNull();
    files.text = JSON.stringify({ version: 1, username: 'u', sealedPassword: 'AAAA' });
    expect(await creds.get()).toBeNull();
  });
});
