/**
 * How large a roster file may be before it is read (issue 15). Policy: an .xlsx is a zip, and
 * reading it unpacks everything into memory; a 71 KB file holding one huge cell took 338 MB
 * of heap. So before reading, the file itself is limited (20 MB), and so is what its zip
 * directory says it unpacks to: at most 64 MB in all, and — since real workbooks pack about
 * 5–15 to 1 — never more than 8 MB at a packing ratio above 100 to 1. A 50,000-row roster
 * (the row limit) is well inside both.
 */

export const ROSTER_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const ROSTER_MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
const RATIO_FREE_BYTES = 8 * 1024 * 1024;
const MAX_RATIO = 100;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The total unpacked size a zip's central directory declares, or undefined when the bytes
 * are not a readable zip. A ZIP64 size (0xFFFFFFFF) counts as unlimited.
 */
export function zipUnpackedBytes(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    const entries = view.getUint16(at + 10, true);
    let p = view.getUint32(at + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return undefined;
      const size = view.getUint32(p + 24, true);
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      p +=
        46 +
        view.getUint16(p + 28, true) +
        view.getUint16(p + 30, true) +
        view.getUint16(p + 32, true);
    }
    return total;
  }
  return undefined;
}

/** Why a roster file is refused before reading (a Chinese message), or null when it may be read. */
export function rosterFileProblem(bytes: Uint8Array): string | null {
  if (bytes.length > ROSTER_MAX_FILE_BYTES) {
    return `文件过大（${mb(bytes.length)}），名册文件最大 ${mb(ROSTER_MAX_FILE_BYTES)}，请分批导入`;
  }
  const unpacked = zipUnpackedBytes(bytes);
  if (unpacked === undefined) return null; // Not a zip: the reader says it cannot read it.
  const tooDense = unpacked > RATIO_FREE_BYTES && unpacked > bytes.length * MAX_RATIO;
  if (unpacked > ROSTER_MAX_UNPACKED_BYTES || tooDense) {
    return '文件解压后内容过大（可能含有超长的单元格），请检查后另存为普通的 .xlsx 再导入';
  }
  return null;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
