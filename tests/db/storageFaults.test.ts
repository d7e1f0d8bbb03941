import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { storageFaultOf } from '../../renderer/src/db/storageFaults';

function factory() {
  const indexedDB = new IDBFactory();
  return { indexedDB, options: { indexedDB, IDBKeyRange } };
}

/** A raw connection at `version`, like another window that ignores version changes. */
function rawOpen(indexedDB: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => req.result.createObjectStore('kept');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('storage faults', () => {
  it('data last written by a newer app version: refused as "newer", nothing deleted', async () => {
    const { options } = factory();
    const db = await openDatabase('desk', {}, options);
    expect((await db.meta.get('schemaVersion'))?.value).toBe(db.verno);
    // What a newer app leaves behind: its stamp, and tables this version does not know.
    await db.meta.put({ key: 'schemaVersion', value: db.verno + 3 });
    await db.units.put({ id: 'u1', code: '1-101' } as never);
    db.close();
    const error = await openDatabase('desk', {}, options).catch((e: unknown) => e);
    expect(storageFaultOf(error)).toBe('newer');
    const raw = new Dexie('desk', options);
    await raw.open();
    expect(await raw.table('units').count()).toBe(1);
    raw.close();
  });

  it('an upgrade blocked by another window is reported, then goes on once it closes', async () => {
    const { indexedDB, options } = factory();
    const other = await rawOpen(indexedDB, 'desk', 1); // ignores versionchange, like a stuck tab
    const onBlocked = vi.fn();
    const opening = openDatabase('desk', { onBlocked }, options);
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    other.close();
    const db = await opening;
    expect(db.isOpen()).toBe(true);
    db.close();
  });

  it('another window upgrading the database tells this one', async () => {
    const { options } = factory();
    const onVersionChange = vi.fn();
    const db = await openDatabase('desk', { onVersionChange }, options);
    const newer = new Dexie('desk', options);
    newer.version(db.verno + 1).stores({ later: 'id' });
    await newer.open();
    expect(onVersionChange).toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
    newer.close();
  });

  it('names a full disk through Dexie’s wrapping, and anything else as unavailable', () => {
    expect(storageFaultOf({ name: 'QuotaExceededError' })).toBe('quota');
    expect(storageFaultOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
      'quota',
    );
    expect(storageFaultOf(new Error('boom'))).toBe('unavailable');
    expect(storageFaultOf(undefined)).toBe('unavailable');
  });
});
