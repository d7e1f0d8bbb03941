import { describe, expect, it } from 'vitest';
import { MAC_TRAILER_BYTES, macTrailer, readMacTrailer, sameHex } from '@shared/domain/backupMac';

describe('the estate mark trailer', () => {
  it('round-trips, is a fixed 72 bytes, and is absent from other files', () => {
    const hex = 'ab'.repeat(32);
    const line = macTrailer(hex);
    expect(line).toHaveLength(MAC_TRAILER_BYTES);
    const file = new Uint8Array([...new TextEncoder().encode('{"manifest":{}}\n'), ...line]);
    expect(readMacTrailer(file)).toBe(hex);
    expect(readMacTrailer(new TextEncoder().encode('{"manifest":{}}\n'))).toBeUndefined();
    expect(() => macTrailer('XYZ')).toThrow();
    expect(sameHex(hex, hex)).toBe(true);
    expect(sameHex(hex, 'ac'.repeat(32))).toBe(false);
  });
});
