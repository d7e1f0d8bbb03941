import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCKOUT,
  PIN_ITERATIONS,
  hashPin,
  lockoutState,
  needsRehash,
  validatePin,
  verifyPin,
  type StoredPinHash,
} from '@shared/domain/pin';

describe('validatePin', () => {
  it.each(['1234', '12345678', '0000'])('accepts %j', (pin) => {
    expect(validatePin(pin)).toBeNull();
  });

  it.each([
    ['', '请输入 PIN'],
    ['123', 'PIN 须为 4–8 位数字'],
    ['123456789', 'PIN 须为 4–8 位数字'],
    ['12a4', 'PIN 须为 4–8 位数字'],
    [' 1234', 'PIN 须为 4–8 位数字'],
    ['１２３４', 'PIN 须为 4–8 位数字'],
  ])('refuses %j', (pin, message) => {
    expect(validatePin(pin)).toBe(message);
  });
});

describe('hashPin / verifyPin', () => {
  it('matches PBKDF2-HMAC-SHA256 (RFC 8018) computed independently', async () => {
    // Reference value computed with Python: hashlib.pbkdf2_hmac('sha256', b'1234', b'taizhang-salt-16', 1000)
    const stored = await hashPin('1234', btoa('taizhang-salt-16'), 1000);
    expect(stored).toEqual({
      algo: 'PBKDF2-SHA256',
      iterations: 1000,
      salt: 'dGFpemhhbmctc2FsdC0xNg==',
      hash: 'uEMq6H3O9ADm6y68g59rUcISJmYuuIyj5ZIPuD5DNdw=',
    });
  });

  it('uses a fresh 16-byte salt and the default iterations', async () => {
    const a = await hashPin('246810');
    const b = await hashPin('246810');
    expect(a.iterations).toBe(PIN_ITERATIONS);
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('verifies the right PIN and rejects others', async () => {
    const stored = await hashPin('8642', undefined, 2000);
    expect(await verifyPin('8642', stored)).toBe(true);
    expect(await verifyPin('8643', stored)).toBe(false);
    expect(await verifyPin('86420', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('never matches a damaged or foreign stored value', async () => {
    const stored = await hashPin('8642', undefined, 2000);
    const damaged: StoredPinHash[] = [
      { ...stored, hash: stored.hash.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
      { ...stored, salt: '%%%' },
      { ...stored, iterations: 1999 },
      { ...stored, iterations: 0 },
      { ...stored, hash: btoa('short') },
    ];
    for (const s of damaged) expect(await verifyPin('8642', s)).toBe(false);
  });

  it('refuses to hash a malformed PIN', async () => {
    await expect(hashPin('12')).rejects.toThrow('PIN 须为 4–8 位数字');
  });

  it('stays interactive with the default iterations (≈60 ms measured; generous bound for busy CI)', async () => {
    const t = performance.now();
    await hashPin('13579');
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('asks for a re-hash of older, weaker hashes', async () => {
    expect(needsRehash({ algo: 'PBKDF2-SHA256', iterations: 100_000, salt: '', hash: '' })).toBe(
      true,
    );
    expect(
      needsRehash({ algo: 'PBKDF2-SHA256', iterations: PIN_ITERATIONS, salt: '', hash: '' }),
    ).toBe(false);
  });
});

describe('lockoutState', () => {
  const last = '2026-05-06T10:00:00.000Z';

  it('counts down the attempts before a lock', () => {
    expect(lockoutState(0, undefined, last)).toEqual({ locked: false, attemptsLeft: 5 });
    expect(lockoutState(4, last, '2026-05-06T10:00:05.000Z')).toEqual({
      locked: false,
      attemptsLeft: 1,
    });
  });

  it('locks for 5 minutes after the fifth failure', () => {
    expect(lockoutState(5, last, '2026-05-06T10:04:59.000Z')).toEqual({
      locked: true,
      until: '2026-05-06T10:05:00.000Z',
    });
    expect(lockoutState(5, last, '2026-05-06T10:05:00.000Z')).toEqual({
      locked: false,
      attemptsLeft: 1,
    });
  });

  it('locks again at once on the next failure after a lock', () => {
    expect(lockoutState(6, '2026-05-06T10:06:00.000Z', '2026-05-06T10:06:01.000Z')).toEqual({
      locked: true,
      until: '2026-05-06T10:11:00.000Z',
    });
  });

  it('follows a custom policy', () => {
    const policy = { ...DEFAULT_LOCKOUT, maxFailures: 3, lockMinutes: 15 };
    expect(lockoutState(3, last, '2026-05-06T10:14:00.000Z', policy)).toEqual({
      locked: true,
      until: '2026-05-06T10:15:00.000Z',
    });
  });
});
