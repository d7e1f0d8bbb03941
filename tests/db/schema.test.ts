import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { TaizhangDB } from '../../renderer/src/db/database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/src/db/schema';

interface LockedVersion {
  version: number;
  stores: Record<string, string | null>;
}

const lock = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'schema.lock.json'), 'utf8'),
) as LockedVersion[];

describe('schema version chain', () => {
  it('never edits a shipped version: every locked version is unchanged', () => {
    for (const locked of lock) {
      const current = SCHEMA_VERSIONS.find((v) => v.version === locked.version);
      expect(current, `version ${locked.version} was removed`).toBeDefined();
      expect(
        current?.stores,
        `version ${locked.version} was edited; add a new version instead`,
      ).toEqual(locked.stores);
    }
  });

  it('has every version in the lock file (add a new version there when you add it here)', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(lock.map((v) => v.version));
  });

  it('numbers versions in strictly increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('opens at the latest version with every table', async () => {
    const db = new TaizhangDB('schema-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const tables = new Set(db.tables.map((t) => t.name));
    for (const v of SCHEMA_VERSIONS) {
      for (const [name, spec] of Object.entries(v.stores)) {
        if (spec !== null) expect(tables.has(name), name).toBe(true);
      }
    }
    db.close();
  });
});
