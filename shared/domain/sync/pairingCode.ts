/**
 * The pairing code (配对码, issue 20): what a new desk types to join, shown by the manager on a
 * desk already joined. It carries the server address, the estate database, the new desk's code
 * and a ONE-TIME password of that desk's CouchDB account, with an expiry and a checksum.
 *
 * Policy (what it promises, honestly):
 * - The one-time password is made on the manager's desk and set on the server by a manager
 *   with the server administrator's password (typed for that one request, never stored).
 * - Redeeming it, the new desk signs in once with it and at once replaces it by a long random
 *   password of its own (a CouchDB user may change their own password), which main seals. So a
 *   used code is dead: a photo of the screen taken later opens nothing.
 * - The expiry (30 minutes) is checked by the joining app. The server cannot expire a password
 *   by itself, so an unused code stays valid on the server until used or until the manager
 *   makes another code for the same desk code (which re-keys it). Treat a shown code as a
 *   password: the screen says so.
 * - 64 random bits: guessing it by trying passwords against the server is out of reach.
 * - Typed, not scanned: Crockford base32 (no I, L, O, U; those typed by mistake are read as
 *   1, 1, 0, V), in groups of four, with a CRC-16 so a mistyped character is told at once.
 *   An address `http(s)://a.b.c.d:port` (the office LAN) takes 6 bytes; others are spelled.
 */

export const PAIRING_VERSION = 1;
export const PAIRING_MINUTES = 30;
const SECRET_BYTES = 8;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface Pairing {
  serverUrl: string;
  estate: string;
  deskCode: string;
  /** The one-time password (the secret as base32 text). */
  password: string;
  /** When the code stops being accepted by a joining desk (ISO). */
  expiresAt: string;
}

export type ReadPairing = { ok: true; pairing: Pairing } | { ok: false; error: string };

function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function unbase32(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return Uint8Array.from(out);
}

/** What was typed, as base32 characters: spaces and dashes dropped, look-alikes read. */
export function normalisePairingText(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-–—]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
    .replace(/U/g, 'V');
}

const IPV4_URL = /^(https?):\/\/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})\/?$/;

function ascii(text: string): number[] {
  return [text.length, ...[...text].map((c) => c.charCodeAt(0) & 0x7f)];
}

/** The code's text, grouped by four: `TZ1A-…`. `secret` is SECRET_BYTES random bytes. */
export function encodePairing(
  p: Omit<Pairing, 'password' | 'expiresAt'> & { expiresAt: string },
  secret: Uint8Array,
): string {
  if (secret.length !== SECRET_BYTES) throw new Error('pairing secret must be 8 bytes');
  const bytes: number[] = [PAIRING_VERSION];
  const ip = IPV4_URL.exec(p.serverUrl.trim());
  const parts = ip?.slice(2, 6).map(Number);
  const port = ip ? Number(ip[6]) : 0;
  if (ip && parts!.every((n) => n <= 255) && port <= 65535) {
    bytes.push(ip[1] === 'https' ? 3 : 2, ...parts!, port >> 8, port & 0xff);
  } else {
    const https = /^https:/.test(p.serverUrl);
    const rest = p.serverUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    bytes.push(https ? 1 : 0, ...ascii(rest));
  }
  bytes.push(...ascii(p.estate), ...ascii(p.deskCode), ...secret);
  const minutes = Math.floor(Date.parse(p.expiresAt) / 60_000);
  bytes.push(
    (minutes >>> 24) & 0xff,
    (minutes >>> 16) & 0xff,
    (minutes >>> 8) & 0xff,
    minutes & 0xff,
  );
  const crc = crc16(Uint8Array.from(bytes));
  bytes.push(crc >> 8, crc & 0xff);
  const text = base32(Uint8Array.from(bytes));
  return (text.match(/.{1,4}/g) ?? []).join('-');
}

/** Reads a typed code; `now` (ms) decides expiry. Never throws. */
export function decodePairing(text: string, now: number): ReadPairing {
  const typed = normalisePairingText(text);
  if (typed.length < 20) return { ok: false, error: '配对码不完整，请对照屏幕上的配对码输入。' };
  const bytes = unbase32(typed);
  if (!bytes) return { ok: false, error: '配对码中有无效的字符。' };
  // base32 padding leaves at most 4 bits: the byte length is floor(chars * 5 / 8).
  const body = bytes.subarray(0, bytes.length - 2);
  const crc = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (crc16(body) !== crc) return { ok: false, error: '配对码有误（校验不符），请检查是否输错。' };
  if (body[0] !== PAIRING_VERSION) return { ok: false, error: '配对码的版本本程序不认识。' };
  let at = 1;
  const kind = body[at++]!;
  let serverUrl: string;
  const text8 = () => {
    const n = body[at++] ?? 0;
    const s = String.fromCharCode(...body.subarray(at, at + n));
    at += n;
    return s;
  };
  if (kind >= 2) {
    const ip = [...body.subarray(at, at + 4)].join('.');
    const port = (body[at + 4]! << 8) | body[at + 5]!;
    at += 6;
    serverUrl = `${kind === 3 ? 'https' : 'http'}://${ip}:${port}`;
  } else {
    serverUrl = `${kind === 1 ? 'https' : 'http'}://${text8()}`;
  }
  const estate = text8();
  const deskCode = text8();
  const secret = body.subarray(at, at + SECRET_BYTES);
  at += SECRET_BYTES;
  const m = body.subarray(at, at + 4);
  if (m.length < 4 || secret.length < SECRET_BYTES)
    return { ok: false, error: '配对码不完整，请对照屏幕上的配对码输入。' };
  const minutes = ((m[0]! << 24) | (m[1]! << 16) | (m[2]! << 8) | m[3]!) >>> 0;
  const expiresAt = new Date(minutes * 60_000).toISOString();
  if (minutes * 60_000 < now) return { ok: false, error: '配对码已过期，请经理重新生成。' };
  return {
    ok: true,
    pairing: { serverUrl, estate, deskCode, password: base32(secret), expiresAt },
  };
}
