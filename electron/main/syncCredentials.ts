/**
 * This desk's CouchDB credentials in main (issue 20). Policy: the desk's password is never
 * stored in plain text: it is sealed with the operating system's store through Electron's
 * `safeStorage` (DPAPI on Windows, the keyring on Linux) into `sync-credentials.json` in
 * userData. Where the system cannot seal, nothing is stored and the manager is told so (the
 * desk then asks again after each start). Setting or clearing them needs a manager's session
 * (sessionGate.ts); reading them is for the renderer's replicator, which runs whoever is
 * signed in, as the daily backup does.
 */
import type { SyncCredentials, SyncCredentialsSetResult } from '@shared/ipc';
import type { SafeStorage } from './backupKeys';

/** What `safeStorage` gives, plus the credentials' file. */
export interface SyncCredentialDeps extends SafeStorage {
  readFile: () => Promise<string | undefined>;
  writeFile: (text: string) => Promise<void>;
  removeFile: () => Promise<void>;
}

interface StoredCredentials {
  version: 1;
  username: string;
  /** base64 of the sealed password. */
  sealedPassword: string;
}

export const SEAL_UNAVAILABLE_MESSAGE =
  '本机系统无法安全保存同步密码（系统密钥库不可用），未保存。请联系维护人员。';

function parse(text: string | undefined): StoredCredentials | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredCredentials>;
    if (
      value.version === 1 &&
      typeof value.username === 'string' &&
      typeof value.sealedPassword === 'string'
    ) {
      return value as StoredCredentials;
    }
  } catch {
    // A damaged file reads as none stored.
  }
  return undefined;
}

export function createSyncCredentials(deps: SyncCredentialDeps) {
  return {
    async get(): Promise<SyncCredentials> {
      const stored = parse(await deps.readFile().catch(() => undefined));
      if (!stored || !deps.isEncryptionAvailable()) return null;
      try {
        const password = deps.decryptString(Buffer.from(stored.sealedPassword, 'base64'));
        return { username: stored.username, password };
      } catch {
        return null; // sealed by another user or machine
      }
    },
    async set(request: { username: string; password: string }): Promise<SyncCredentialsSetResult> {
      if (!deps.isEncryptionAvailable()) return { ok: false, message: SEAL_UNAVAILABLE_MESSAGE };
      const stored: StoredCredentials = {
        version: 1,
        username: request.username,
        sealedPassword: deps.encryptString(request.password).toString('base64'),
      };
      await deps.writeFile(JSON.stringify(stored));
      return { ok: true };
    },
    async clear(): Promise<void> {
      await deps.removeFile();
    },
  };
}
