import { createBackupSecrets, type SealDeps } from '../../electron/main/backupKeys';

/**
 * A stand-in for Electron's safeStorage: "seals" by a reversible transform that is clearly not
 * the plain text, so a test can see that nothing plain reaches the config file.
 */
export function fakeSafeStorage(over: Partial<SealDeps> = {}) {
  let keyFile: Uint8Array | undefined;
  const deps: SealDeps = {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
    decryptString: (sealed) => {
      const s = sealed.toString();
      if (!s.startsWith('sealed:')) throw new Error('not sealed by this user');
      return Buffer.from(s.slice(7), 'base64').toString();
    },
    readKeyFile: async () => keyFile,
    writeKeyFile: async (data) => {
      keyFile = data;
    },
    ...over,
  };
  return { deps, secrets: createBackupSecrets(deps), keyFile: () => keyFile };
}
