import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import {
  ROSTER_MAX_FILE_BYTES,
  rosterFileProblem,
  zipUnpackedBytes,
} from '@shared/domain/rosterFileLimits';
import { validateRoster } from '@shared/domain/roster';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('roster file limits (issue 15 finding 9)', () => {
  it('reads the unpacked size from the zip directory', async () => {
    const zip = await zipOf({ 'a.xml': 'x'.repeat(1000), 'b.xml': 'hello' });
    expect(zipUnpackedBytes(zip)).toBe(1005);
    expect(zipUnpackedBytes(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  it('refuses a small file that unpacks to one huge cell, and a file over 20 MB', async () => {
    const bomb = await zipOf({ 'xl/sharedStrings.xml': 'A'.repeat(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(rosterFileProblem(bomb)).toMatch(/解压后内容过大/);
    expect(rosterFileProblem(new Uint8Array(ROSTER_MAX_FILE_BYTES + 1))).toMatch(/文件过大/);
    const normal = await zipOf({ 'xl/worksheets/sheet1.xml': '<row/>'.repeat(1000) });
    expect(rosterFileProblem(normal)).toBeNull();
  }, 60_000);

  it('counts filled rows, not the distance to one stray cell far down', () => {
    const rows: Record<string, unknown>[] = Array.from({ length: 199_999 }, () => ({}));
    rows[0] = { 楼栋: '1', 房号: '101', 姓名: '张三' };
    rows[199_998] = { 备注: 'x' };
    const result = validateRoster(
      rows,
      { building: '楼栋', room: '房号', name: '姓名', notes: '备注' },
      { unitCodes: new Set(), personKeys: new Set() },
    );
    expect(result.errors.map((e) => e.message).join()).not.toContain('199,999');
  });
});
