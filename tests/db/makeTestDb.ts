import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TaizhangDB } from '../../renderer/src/db/database';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories';

let counter = 0;

/** A fresh database on its own in-memory IndexedDB, so no test sees another's rows. */
export function makeTestDb(name = `test-${++counter}`): TaizhangDB {
  return new TaizhangDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Every repository, and the database under them for tests to inspect. */
export type TestRepos = Repositories & { db: TaizhangDB };

/** A fresh database with every repository on it. */
export function makeTestRepos(): TestRepos {
  const db = makeTestDb();
  return { ...createRepositories(db), db };
}
