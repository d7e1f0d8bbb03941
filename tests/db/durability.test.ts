import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { createRepositories } from '../../renderer/src/db/repositories';
import { clerk, makeDepositRefund, makeIssueInput, supervisor } from '../fixtures/moneyActors';
import { blobSource } from '../../renderer/src/db/backup/backupSource';
import { manager, seedEveryTable } from '../fixtures/backup';
import { makeTestDb } from './makeTestDb';

interface Opened {
  db: string;
  stores: string[];
  mode: IDBTransactionMode | undefined;
  durability: string | undefined;
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** Watches every IndexedDB transaction the app opens, with its options. */
function watchTransactions(): Opened[] {
  const opened: Opened[] = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    storeNames: string | Iterable<string>,
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    opened.push({
      db: this.name,
      stores: typeof storeNames === 'string' ? [storeNames] : [...storeNames],
      mode,
      durability: options?.durability,
    });
    return original.call(this, storeNames, mode, options);
  });
  return opened;
}

describe('durable writes (issue 8 item 1)', () => {
  it('every write of a receipt, refund, void, number or pending note is strict', async () => {
    const opened = watchTransactions();
    // A caller asking for relaxed durability is overruled: the app database is always strict.
    const db = await openDatabase('desk', {}, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
      chromeTransactionDurability: 'relaxed',
    } as never);
    // Made-up operators, as in makeTestDb (the session is tested in session.test.ts).
    db.trustCallerActors = true;
    const repos = createRepositories(db);
    const input = makeIssueInput();
    const receipt = await repos.pendingReceipts.write([input.requestId], () =>
      repos.receipts.issue(clerk, input),
    );
    await repos.pendingReceipts.clear([input.requestId]);
    const voucher = await repos.receipts.refund(
      supervisor,
      makeDepositRefund('refund-1', receipt.id, 100_00),
    );
    await repos.receipts.void(supervisor, voucher.id, '金额开错');

    const money = opened.filter(
      (o) =>
        o.mode === 'readwrite' &&
        o.stores.some((s) => ['receipts', 'counters', 'meta'].includes(s)),
    );
    // issue (with its pending note), the note's clear, refund and void.
    expect(money.length).toBeGreaterThanOrEqual(4);
    expect(money.filter((o) => o.durability !== 'strict')).toEqual([]);
    expect(opened.filter((o) => o.mode === 'readwrite' && o.durability !== 'strict')).toEqual([]);
    db.close();
  });
});

describe('one strict commit per receipt (issue 21)', () => {
  it('a screen write notes its pending receipt in the receipt’s own transaction', async () => {
    const opened = watchTransactions();
    const db = await openDatabase('desk', {}, { indexedDB: new IDBFactory(), IDBKeyRange });
    db.trustCallerActors = true;
    const repos = createRepositories(db);
    // Settings are read before the transaction; warm them so only the write is watched.
    await repos.receipts.issue(clerk, makeIssueInput());
    opened.length = 0;
    const input = makeIssueInput();
    const receipt = await repos.pendingReceipts.write([input.requestId], async () => {
      const issued = await repos.receipts.issue(clerk, input);
      // Committed with the receipt: a crash before the number is shown still finds it.
      expect((await repos.pendingReceipts.list()).map((p) => p.requestId)).toEqual([
        input.requestId,
      ]);
      return issued;
    });
    const writes = opened.filter((o) => o.mode === 'readwrite');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.stores).toEqual(expect.arrayContaining(['receipts', 'meta']));
    expect(await repos.pendingReceipts.reconcile()).toEqual([
      expect.objectContaining({ id: receipt.id }),
    ]);
    db.close();
  });
});

describe('a restore loads relaxed and seals strict (issue 21)', () => {
  it('the rows go in relaxed; the closing transaction, after every load, is strict', async () => {
    const db = makeTestDb();
    const repos = createRepositories(db);
    await seedEveryTable(db);
    const { file } = await repos.backup.export({
      appVersion: '0.2.0',
      reason: 'manual',
      chunkRows: 10,
      encrypted: true,
    });
    const opened = watchTransactions();
    const { databaseName } = await repos.backup.restore(blobSource(file), {
      actor: manager,
      verified: true,
      mode: 'replace',
      saveSafetyBackup: async () => undefined,
      activate: () => undefined,
    });
    const writes = opened.filter((o) => o.db === databaseName && o.mode === 'readwrite');
    const loads = writes.slice(0, -1);
    expect(loads.length).toBeGreaterThan(0);
    expect(loads.flatMap((o) => o.stores)).toEqual(expect.arrayContaining(['units', 'receipts']));
    expect(loads.filter((o) => o.durability !== 'relaxed')).toEqual([]);
    // The last write before the switch commits strictly and holds the audit entry: it flushes
    // the relaxed loads before the counts are checked and the pointer names the database.
    expect(writes.at(-1)).toMatchObject({ durability: 'strict' });
    expect(writes.at(-1)?.stores).toEqual(expect.arrayContaining(['audit', 'counters', 'meta']));
    expect(writes.filter((o) => o.durability === 'strict')).toHaveLength(1);
    // Never a relaxed write on the live database.
    expect(opened.filter((o) => o.db === db.name && o.durability === 'relaxed')).toEqual([]);
  });
});

const RENDERER = join(__dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('durability cannot be bypassed (static)', () => {
  const files = sourceFiles(RENDERER).map((path) => ({
    path: relative(RENDERER, path).replaceAll('\\', '/'),
    text: readFileSync(path, 'utf8'),
  }));

  it('the app database is made only by openDatabase and the restore (strict, its rows loaded relaxed); the scratch migration copy is relaxed', () => {
    const constructing = files.filter((f) => /new TaizhangDB\(|new Dexie\(/.test(f.text));
    expect(constructing.map((f) => f.path).sort()).toEqual([
      // The bench's restore probe: scratch databases it times and deletes (browser host, ?bench=1).
      'app/benchHook.ts',
      'db/backup/migrateScratch.ts',
      'db/backup/restoreBackup.ts',
      'db/openDatabase.ts',
    ]);
    // Each of the probe's databases says its durability (one is relaxed, as a restore loads).
    const probe = files.find((f) => f.path === 'app/benchHook.ts')?.text ?? '';
    expect(probe.match(/new (Dexie|BenchDB)\(/g)?.length).toBe(
      probe.match(/chromeTransactionDurability: '(strict|relaxed)'/g)?.length,
    );
    expect(probe.match(/chromeTransactionDurability: 'relaxed'/g)?.length).toBe(1);
    // The database a restore fills (and then switches to) is sealed strictly: its rows are
    // loaded through a relaxed connection (issue 21; the order is tested below).
    const restore = files.find((f) => f.path === 'db/backup/restoreBackup.ts')?.text ?? '';
    expect(restore).toMatch(/\{ \.\.\.db\._options, chromeTransactionDurability: 'strict' \}/);
    expect(restore).toMatch(/chromeTransactionDurability: options\.loadDurability \?\? 'relaxed'/);
    const relaxed = files.filter((f) =>
      /durability\s*[:=][^,;\n]*'relaxed'|'relaxed' as const/i.test(f.text),
    );
    expect(relaxed.map((f) => f.path)).toEqual([
      'app/benchHook.ts',
      'db/backup/migrateScratch.ts',
      'db/backup/restoreBackup.ts',
    ]);
    const open = files.find((f) => f.path === 'db/openDatabase.ts')?.text ?? '';
    // The strict option comes after the caller's options, so nothing can override it.
    expect(open).toMatch(/\{ \.\.\.options, chromeTransactionDurability: 'strict' \}/);
  });

  it('numbers and receipts are only written by repositories, on the app database', () => {
    // The in-transaction helpers: called anywhere else they could run on another connection.
    const callers = files.filter((f) => /nextDocNo\(|\.issueWithin\(/.test(f.text));
    expect(callers.filter((f) => !f.path.startsWith('db/repositories/'))).toEqual([]);
    expect(callers.length).toBeGreaterThan(5);
  });
});
