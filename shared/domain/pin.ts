/**
 * Operator PINs (操作员密码): how they are checked, stored and locked out.
 *
 * Policy:
 * - A PIN is 4–8 digits, so the desk can sign in quickly between customers.
 * - Stored as PBKDF2-HMAC-SHA256 with a random 16-byte salt and 310,000 iterations (about
 *   60 ms in Node 22 on the build machine; an old desk PC may take 3–4 times as long). A PIN has
 *   at most 10^8 values, so the hash only slows an offline attack; the lockout is what protects
 *   the desk. The iteration count is stored with each hash, so it can be raised later
 *   (`needsRehash`) without breaking existing PINs.
 * - Lockout: after 5 consecutive failures the operator is locked for 5 minutes from the last
 *   failure. The failure count resets only on a successful sign-in, so after a lock expires
 *   every further failure locks again at once.
 * Uses `globalThis.crypto.subtle`, present in browsers, Electron and Node ≥ 20.
 */
import { parseInstant } from './officeTime';

/** What the operators table stores for a PIN. */
export interface StoredPinHash {
  algo: 'PBKDF2-SHA256';
  iterations: number;
  /** Base64 salt. */
  salt: string;
  /** Base64 derived key (32 bytes). */
  hash: string;
}

export const PIN_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** Checks the PIN format; returns a Chinese message or null when fine. */
export function validatePin(pin: string): string | null {
  if (pin === '') return '请输入 PIN';
  if (!/^\d{4,8}$/.test(pin)) return 'PIN 须为 4–8 位数字';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/**
 * Hashes a PIN for storage. A fresh random salt is used unless `saltB64` is given (tests,
 * re-hashing). Throws if the PIN is not 4–8 digits: callers validate first.
 */
export async function hashPin(
  pin: string,
  saltB64?: string,
  iterations = PIN_ITERATIONS,
): Promise<StoredPinHash> {
  const problem = validatePin(pin);
  if (problem) throw new RangeError(problem);
  if (!Number.isSafeInteger(iterations) || iterations < 1)
    throw new RangeError(`Bad iteration count: ${iterations}`);
  const salt =
    saltB64 === undefined
      ? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES))
      : fromBase64(saltB64);
  const hash = await derive(pin, salt, iterations);
  return { algo: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares two byte arrays in time independent of where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Whether `pin` matches the stored hash. Malformed PINs or stored values never match. */
export async function verifyPin(pin: string, stored: StoredPinHash): Promise<boolean> {
  if (validatePin(pin) !== null || stored.algo !== 'PBKDF2-SHA256') return false;
  if (!Number.isSafeInteger(stored.iterations) || stored.iterations < 1) return false;
  let salt: Uint8Array<ArrayBuffer>;
  let expected: Uint8Array;
  try {
    salt = fromBase64(stored.salt);
    expected = fromBase64(stored.hash);
  } catch {
    return false;
  }
  return constantTimeEqual(await derive(pin, salt, stored.iterations), expected);
}

/** Whether a stored hash uses fewer iterations than today's setting (re-hash on next sign-in). */
export function needsRehash(stored: StoredPinHash): boolean {
  return stored.algo !== 'PBKDF2-SHA256' || stored.iterations < PIN_ITERATIONS;
}

/** Lockout settings. */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 5 };

export type LockoutState =
  { locked: true; until: string } | { locked: false; attemptsLeft: number };

/**
 * Whether an operator with `failures` consecutive failures, the last at `lastFailureAt`, may try
 * a PIN at `now`. `attemptsLeft` is how many more failures before a lock (1 once the count has
 * reached the limit and the lock has expired).
 */
export function lockoutState(
  failures: number,
  lastFailureAt: string | undefined,
  now: string,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): LockoutState {
  if (failures < policy.maxFailures || lastFailureAt === undefined) {
    return { locked: false, attemptsLeft: Math.max(1, policy.maxFailures - failures) };
  }
  const until = parseInstant(lastFailureAt) + policy.lockMinutes * 60_000;
  if (parseInstant(now) < until) return { locked: true, until: new Date(until).toISOString() };
  return { locked: false, attemptsLeft: 1 };
}
