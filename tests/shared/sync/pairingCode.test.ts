import { describe, expect, it } from 'vitest';
import {
  base32,
  decodePairing,
  encodePairing,
  normalisePairingText,
} from '@shared/domain/sync/pairingCode';

const secret = Uint8Array.from([1, 2, 3, 4, 250, 251, 252, 253]);
const NOW = Date.parse('2026-11-17T02:30:00.000Z');
const expiresAt = new Date(NOW + 30 * 60_000).toISOString();

describe('pairing code', () => {
  it('round-trips a LAN address compactly, in groups of four', () => {
    const code = encodePairing(
      { serverUrl: 'http://192.168.1.20:5984', estate: 'estate-lh', deskCode: 'B', expiresAt },
      secret,
    );
    expect(code).toMatch(/^([0-9A-Z]{4}-)+[0-9A-Z]{1,4}$/);
    expect(code.replace(/-/g, '').length).toBeLessThanOrEqual(56);
    const read = decodePairing(code, NOW);
    expect(read).toEqual({
      ok: true,
      pairing: {
        serverUrl: 'http://192.168.1.20:5984',
        estate: 'estate-lh',
        deskCode: 'B',
        password: base32(secret),
        expiresAt,
      },
    });
  });

  it('spells other addresses and reads what a clerk types (spaces, lower case, look-alikes)', () => {
    const code = encodePairing(
      { serverUrl: 'https://couch.example.cn:6984/', estate: 'e1', deskCode: 'C2', expiresAt },
      secret,
    );
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    const read = decodePairing(typed, NOW);
    expect(read.ok && read.pairing.serverUrl).toBe('https://couch.example.cn:6984');
    expect(read.ok && read.pairing.deskCode).toBe('C2');
    expect(normalisePairingText('ab-cd ef')).toBe('ABCDEF');
  });

  it('refuses a mistyped, a cut short and an expired code, saying which', () => {
    const code = encodePairing(
      { serverUrl: 'http://10.0.0.2:5984', estate: 'estate-lh', deskCode: 'B', expiresAt },
      secret,
    );
    const chars = code.split('');
    const at = chars.findIndex((c) => c !== '-' && c !== 'Z');
    chars[at] = chars[at] === 'Y' ? 'X' : 'Y';
    expect(decodePairing(chars.join(''), NOW)).toEqual({
      ok: false,
      error: '配对码有误（校验不符），请检查是否输错。',
    });
    expect(decodePairing(code.slice(0, 10), NOW).ok).toBe(false);
    expect(decodePairing(code, NOW + 31 * 60_000)).toEqual({
      ok: false,
      error: '配对码已过期，请经理重新生成。',
    });
    expect(decodePairing('!!!!-!!!!-!!!!-!!!!-!!!!', NOW)).toEqual({
      ok: false,
      error: '配对码中有无效的字符。',
    });
  });
});
