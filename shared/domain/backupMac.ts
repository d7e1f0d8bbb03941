/**
 * The mark that a backup file is this estate's own (issue 15). Policy: a checksum anyone can
 * recompute proves nothing about who wrote a file, so the host (main, holding the estate's
 * secret) appends an HMAC-SHA-256 of the file's bytes as a last line when it writes a backup,
 * and checks and strips it when it opens one. The renderer never sees the secret nor the line;
 * it learns only whether the mark was right. A file without a right mark is "foreign".
 *
 * Trailer: `TZMAC1 <64 lowercase hex>\n` (72 ASCII bytes) after the backup's own last "\n".
 */
export const MAC_TRAILER_BYTES = 72;
const PREFIX = 'TZMAC1 ';

/** The trailer line for a MAC given as hex. */
export function macTrailer(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('MAC must be 64 lowercase hex digits');
  return new TextEncoder().encode(`${PREFIX}${hex}\n`);
}

/** The MAC hex of a trailer at the end of `bytes`, or undefined when there is none. */
export function readMacTrailer(bytes: Uint8Array): string | undefined {
  if (bytes.length < MAC_TRAILER_BYTES) return undefined;
  const tail = new TextDecoder().decode(bytes.subarray(bytes.length - MAC_TRAILER_BYTES));
  const m = /^TZMAC1 ([0-9a-f]{64})\n$/.exec(tail);
  return m ? m[1] : undefined;
}

/** Compares two hex strings without an early exit. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
