/**
 * The estate's backup secrets in main (issue 15). Policy: neither the backup password nor the
 * key that marks backup files as the estate's own is ever stored in plain text. Both are sealed
 * with the operating system's store through Electron's `safeStorage` (DPAPI on Windows, the
 * keyring on Linux) before they touch the disk; the renderer never receives either.
 *
 * Where `safeStorage` cannot encrypt (no keyring), a password is refused rather than stored, and
 * the mark key lives only for this run: files written in it are marked, and files from earlier
 * runs read as foreign (a manager confirms the warning), which is safe, if inconvenient.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The part of Electron's `safeStorage` that seals a secret for this user; tests pass a fake. */
export interface SafeStorage {
  isEncryptionAvailable: () => boolean;
  encryptString: (text: string) => Buffer;
  decryptString: (sealed: Buffer) => string;
}

/** What `safeStorage` gives, plus the sealed key's file. */
export interface SealDeps extends SafeStorage {
  readKeyFile: () => Promise<Uint8Array | undefined>;
  writeKeyFile: (data: Uint8Array) => Promise<void>;
}

/** Thrown when the operating system cannot seal a secret; `message` is for the manager. */
export class SealUnavailableError extends Error {
  constructor() {
    super('本机系统无法安全保存备份密码（系统密钥库不可用），未保存。请联系维护人员。');
    this.name = 'SealUnavailableError';
  }
}

export function createBackupSecrets(deps: SealDeps) {
  let key: Buffer | undefined;

  async function macKey(): Promise<Buffer> {
    if (key) return key;
    const stored = await deps.readKeyFile().catch(() => undefined);
    if (stored && stored.length > 0 && deps.isEncryptionAvailable()) {
      try {
        const hex = deps.decryptString(Buffer.from(stored));
        if (/^[0-9a-f]{64}$/.test(hex)) return (key = Buffer.from(hex, 'hex'));
      } catch {
        // A key sealed by another user or machine: start a new one (older files read as foreign).
      }
    }
    const fresh = randomBytes(32);
    if (deps.isEncryptionAvailable()) {
      await deps.writeKeyFile(new Uint8Array(deps.encryptString(fresh.toString('hex'))));
    }
    return (key = fresh);
  }

  return {
    /** Seals a password for the config file (base64); throws `SealUnavailableError`. */
    seal(text: string): string {
      if (!deps.isEncryptionAvailable()) throw new SealUnavailableError();
      return deps.encryptString(text).toString('base64');
    },
    /** The password sealed by `seal`; undefined when it can no longer be opened. */
    unseal(sealed: string): string | undefined {
      try {
        return deps.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return undefined;
      }
    },
    canSeal: () => deps.isEncryptionAvailable(),
    /** An incremental HMAC-SHA-256 with the estate's key, for a file written in pieces. */
    async createMac() {
      return createHmac('sha256', await macKey());
    },
    /** True when `mac` (hex) is the estate's HMAC of `data`. */
    async verify(data: Uint8Array, mac: string): Promise<boolean> {
      const expected = createHmac('sha256', await macKey())
        .update(data)
        .digest();
      const given = Buffer.from(mac, 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

export type BackupSecrets = ReturnType<typeof createBackupSecrets>;
