import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TaizhangDB } from '../../renderer/src/db/database';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories';
import type { Actor } from '@shared/domain/record';
import { TEST_NOW } from '../fixtures/clock';

let counter = 0;

/**
 * A fresh database on its own in-memory IndexedDB, so no test sees another's rows. It takes
 * the caller's actor as is (`trustCallerActors`), so tests act as made-up operators; tests of
 * the signed-in session itself use `makeSessionDb`.
 */
export function makeTestDb(name = `test-${++counter}`): TaizhangDB {
  const db = makeSessionDb(name);
  db.trustCallerActors = true;
  return db;
}

/** A fresh database that checks every write against the signed-in session, as the app does. */
export function makeSessionDb(name = `test-${++counter}`): TaizhangDB {
  return new TaizhangDB(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Every repository, and the database under them for tests to inspect. */
export type TestRepos = Repositories & { db: TaizhangDB };

/** A fresh database with every repository on it. */
export function makeTestRepos(): TestRepos {
  const db = makeTestDb();
  return { ...createRepositories(db), db };
}

/** Every repository on a database that checks the signed-in session, as the app does. */
export function makeSessionRepos(): TestRepos {
  const db = makeSessionDb();
  return { ...createRepositories(db), db };
}

/**
 * Repositories whose `actors` also stand in the operators table, active: what a write that
 * names another operator (a hand-over target, a visit's 物管员) checks against.
 */
export async function makeReposWithOperators(actors: readonly Actor[]): Promise<TestRepos> {
  const repos = makeTestRepos();
  for (const a of actors)
    await repos.db.operators.put({
      id: a.id,
      name: a.name,
      role: a.role,
      pin: { algo: 'PBKDF2-SHA256', iterations: 1, salt: '', hash: '' },
      active: true,
      failedAttempts: 0,
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW,
      createdBy: 'test',
      updatedBy: 'test',
    });
  return repos;
}
