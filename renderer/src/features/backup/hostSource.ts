import type { BackupSource } from '../../db/backup/backupSource';
import type { HostApi } from '../../host/hostApi';

/** A backup file the host holds open (main in Electron, a picked File in the browser). */
export function hostSource(host: HostApi, id: string, size: number): BackupSource {
  return {
    size,
    read: async (offset, length) => {
      // The host caps one piece; a manifest tail or a chunk larger than that is read in parts.
      const out = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      let at = 0;
      while (at < out.length) {
        const piece = await host.readBackupChunk({
          id,
          offset: offset + at,
          length: Math.min(out.length - at, 32 * 1024 * 1024),
        });
        if (piece.length === 0) break;
        out.set(piece, at);
        at += piece.length;
      }
      return at === out.length ? out : out.slice(0, at);
    },
  };
}
