import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  activateDatabase,
  activeDatabaseName,
  retiredDatabases,
  type PointerStore,
} from '../../renderer/src/db/databasePointer';
import { TaizhangDB } from '../../renderer/src/db/database';
import { openDatabase } from '../../renderer/src/db/openDatabase';

function memoryStore(): PointerStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as PointerStore & { map: Map<string, string> };
}

afterEach(() => vi.unstubAllGlobals());

describe('the active database pointer (restore switches by it)', () => {
  it('opens taizhang without a pointer, the restored database with one, nothing else', () => {
    const store = memoryStore();
    expect(activeDatabaseName(store)).toBe('taizhang');
    activateDatabase('taizhang-restore-1234abcd', 'taizhang', store);
    expect(activeDatabaseName(store)).toBe('taizhang-restore-1234abcd');
    expect(retiredDatabases(store)).toEqual(['taizhang']);
    store.setItem('taizhang.activeDatabase', 'evil');
    expect(activeDatabaseName(store)).toBe('taizhang');
  });

  it('openDatabase follows the pointer and deletes the database switched away from', async () => {
    const store = memoryStore();
    vi.stubGlobal('localStorage', store);
    const indexedDB = new IDBFactory();
    const options = { indexedDB, IDBKeyRange };
    const old = new TaizhangDB('taizhang', options);
    await old.open();
    await old.units.put({ id: 'u-old' } as never);
    old.close();
    activateDatabase('taizhang-restore-1234abcd', 'taizhang', store);

    const db = await openDatabase(undefined, {}, options);
    expect(db.name).toBe('taizhang-restore-1234abcd');
    await vi.waitFor(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      expect(names).not.toContain('taizhang');
    });
    expect(retiredDatabases(store)).toEqual([]);
    db.close();
  });
});
