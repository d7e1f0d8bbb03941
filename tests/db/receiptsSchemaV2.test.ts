import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { TaizhangDB } from '../../renderer/src/db/database';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import { createRepositories } from '../../renderer/src/db/repositories';
import { clerk, makeIssueInput } from '../fixtures/moneyActors';

describe('schema version 2 (money tables)', () => {
  it('opens a version 1 database with data and keeps every row', async () => {
    const indexedDB = new IDBFactory();
    const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1);
    if (!v1) throw new Error('version 1 missing');
    const old = new Dexie('migrate-v2', { indexedDB, IDBKeyRange });
    old.version(1).stores(v1.stores);
    await old.open();
    await old
      .table('units')
      .add({ id: 'u1', code: '3-1-1201', building: '3', status: 'occupied', terms: ['3-1-1201'] });
    await old.table('people').add({ id: 'p1', unitId: 'u1', name: '张三', terms: ['张三'] });
    await old.table('counters').put({ key: 'counter:TS:202602', next: 8 });
    await old.table('settings').put({
      key: 'profile',
      value: { name: '阳光花园' },
      updatedAt: '2026-01-01',
      updatedBy: 'm',
    });
    await old.table('audit').add({
      id: 'a1',
      at: '2026-01-01T00:00:00Z',
      actorId: 'm',
      actorName: '经理',
      action: 'create',
      table: 'units',
      recordId: 'u1',
    });
    old.close();

    const db = new TaizhangDB('migrate-v2', { indexedDB, IDBKeyRange });
    db.trustCallerActors = true; // made-up actors, as makeTestDb
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.units.get('u1')).toMatchObject({ code: '3-1-1201' });
    expect(await db.people.where('unitId').equals('u1').count()).toBe(1);
    expect(await db.counters.get('counter:TS:202602')).toEqual({
      key: 'counter:TS:202602',
      next: 8,
    });
    expect(await db.settings.get('profile')).toMatchObject({ value: { name: '阳光花园' } });
    expect(await db.audit.count()).toBe(1);
    // The new tables are there, empty, and take receipts at once.
    expect(await db.receipts.count()).toBe(0);
    expect(await db.cashups.count()).toBe(0);
    const r = await createRepositories(db).receipts.issue(clerk, makeIssueInput());
    expect(r.no).toMatch(/^SJ\d{4}-000001$/);
    db.close();
  });
});
