/**
 * Storage faults, named. Policy: whatever goes wrong with IndexedDB, the app says what happened
 * and what to do, and never deletes, clears or recreates the database to "fix" it.
 */
export type StorageFault = 'quota' | 'blocked' | 'versionchange' | 'newer' | 'unavailable';

function names(error: unknown): string[] {
  const out: string[] = [];
  let e: unknown = error;
  // Dexie wraps the browser's DOMException in `inner`; look through the chain.
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth += 1) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  return out;
}

/** Which fault an error from opening or writing the database is. */
export function storageFaultOf(error: unknown): StorageFault {
  const all = names(error);
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('VersionError')) return 'newer';
  if (
    all.includes('DatabaseClosedError') &&
    String((error as Error).message).includes('versionchange')
  ) {
    return 'versionchange';
  }
  return 'unavailable';
}

/** True for an error that means the disk (or the browser's quota) is full. */
export function isQuotaError(error: unknown): boolean {
  return storageFaultOf(error) === 'quota';
}
