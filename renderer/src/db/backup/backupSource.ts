/**
 * A backup file read in pieces: a picked `File`, a `Blob` just exported, bytes in memory (tests,
 * version-1 files) or a file main holds open (Electron). Restoring a large backup never needs
 * the whole file in the renderer at once.
 */
export interface BackupSource {
  readonly size: number;
  /** `length` bytes from `offset` (fewer only at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
}

export function blobSource(blob: Blob): BackupSource {
  return {
    size: blob.size,
    read: async (offset, length) =>
      new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

export function bytesSource(bytes: Uint8Array): BackupSource {
  return {
    size: bytes.length,
    read: async (offset, length) => new Uint8Array(bytes.subarray(offset, offset + length)),
  };
}

/** Accepts what the repository's callers have: a source already, or plain bytes. */
export function toSource(input: BackupSource | Uint8Array): BackupSource {
  return input instanceof Uint8Array ? bytesSource(input) : input;
}
