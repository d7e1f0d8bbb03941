/**
 * Optional password encryption of backup files (issue 8). Policy: standard primitives only —
 * scrypt derives a 256-bit key from the password and a random salt, AES-256-GCM encrypts and
 * authenticates. A wrong password and a tampered file both fail the GCM tag; neither yields data.
 *
 * Layout: magic "TZBKENC1" | salt (16) | iv (12) | tag (16) | ciphertext.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

const MAGIC = Buffer.from('TZBKENC1', 'ascii');
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + IV + TAG;
// N = 2^15 costs ~100 ms on the desk PC: slow for guessing, unnoticeable for one backup.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** The password did not open the file (or the file was altered). */
export class WrongPasswordError extends Error {
  constructor() {
    super('备份密码不正确，或加密文件已损坏。');
    this.name = 'WrongPasswordError';
  }
}

function deriveKey(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, 32, SCRYPT, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** True when the bytes start with our encryption header. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

/** Encrypts a backup file's bytes with a password. */
export async function encryptBackup(plain: Uint8Array, password: string): Promise<Uint8Array> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const key = await deriveKey(password, salt);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return new Uint8Array(Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]));
}

/** Decrypts bytes made by `encryptBackup`; throws `WrongPasswordError` when it cannot. */
export async function decryptBackup(bytes: Uint8Array, password: string): Promise<Uint8Array> {
  if (!isEncryptedBackup(bytes)) throw new WrongPasswordError();
  const buf = Buffer.from(bytes);
  let at = MAGIC.length;
  const salt = buf.subarray(at, (at += SALT));
  const iv = buf.subarray(at, (at += IV));
  const tag = buf.subarray(at, (at += TAG));
  const key = await deriveKey(password, salt);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  try {
    return new Uint8Array(Buffer.concat([decipher.update(buf.subarray(at)), decipher.final()]));
  } catch {
    throw new WrongPasswordError();
  }
}

/** Where the GCM tag sits in the header, written last by a streamed encryption. */
export const TAG_OFFSET = MAGIC.length + SALT + IV;

/**
 * The same file layout as `encryptBackup`, produced piece by piece for a large backup: write
 * `header` (its tag left zero), then each `update(piece)`, then `final()`'s bytes, and finally
 * `final()`'s tag at `TAG_OFFSET`. `decryptBackup` reads the result like any other.
 */
export async function createBackupEncryptor(password: string) {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(password, salt), iv);
  return {
    header: new Uint8Array(Buffer.concat([MAGIC, salt, iv, Buffer.alloc(TAG)])),
    update: (piece: Uint8Array) => new Uint8Array(cipher.update(piece)),
    final: () => ({
      rest: new Uint8Array(cipher.final()),
      tag: new Uint8Array(cipher.getAuthTag()),
    }),
  };
}
