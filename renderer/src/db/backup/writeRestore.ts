import type { Table } from 'dexie';
import type { BackupManifest, BackupTables } from '@shared/domain/backupFormat';
import type { Actor } from '@shared/domain/record';
import { verifySessionActor, writeSystemAudit } from '../audited';
import type { TaizhangDB } from '../database';

export type RestoreMode = 'replace' | 'merge';

// Facts about this PC and this app, not about the data: where the last backup went, and the
// schema version stamp that stops an older app from opening newer data (openDatabase.ts).
const KEPT_META_KEYS = ['lastBackup', 'schemaVersion'];

/** Counters merge to the larger running number, so no document number is ever issued twice. */
function mergeCounter(
  existing: unknown,
  incoming: Record<string, unknown>,
): Record<string, unknown> {
  const a =
    typeof existing === 'object' && existing !== null
      ? (existing as Record<string, unknown>)['next']
      : undefined;
  const b = incoming['next'];
  return typeof a === 'number' && typeof b === 'number' && a > b
    ? { ...incoming, next: a }
    : incoming;
}

/**
 * Writes one table's rows inside the caller's transaction: `replace` adds (the table was
 * cleared), `merge` puts over current rows by key, counters never lowered.
 */
export async function writeRows(
  table: Table,
  rows: Record<string, unknown>[],
  mode: RestoreMode,
): Promise<void> {
  if (mode === 'replace') {
    await table.bulkAdd(rows);
  } else if (table.name === 'counters') {
    const current = await table.bulkGet(rows.map((r) => r['key'] as string));
    await table.bulkPut(rows.map((r, i) => mergeCounter(current[i], r)));
  } else {
    await table.bulkPut(rows);
  }
}

// Its actor was checked against the session before the operators table was replaced.
function auditRestore(db: TaizhangDB, actor: Actor, manifest: BackupManifest, mode: RestoreMode) {
  return writeSystemAudit(db, actor, {
    action: 'import',
    table: 'backup',
    recordId: manifest.sha256.slice(0, 16),
    summary: `恢复备份（${mode === 'replace' ? '替换' : '合并'}）：${manifest.createdAt}`,
  });
}

/** Every table in ONE transaction: any failure leaves the database exactly as it was. */
export async function writeAllAtOnce(
  db: TaizhangDB,
  tables: BackupTables,
  mode: RestoreMode,
  actor: Actor,
  manifest: BackupManifest,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction('rw', db.tables, async () => {
    const verified = await verifySessionActor(db, actor);
    const kept = await db.meta.bulkGet(KEPT_META_KEYS);
    for (const table of db.tables) {
      const rows = tables[table.name] ?? [];
      if (mode === 'replace') await table.clear();
      await writeRows(table, rows, mode);
      counts[table.name] = rows.length;
    }
    await db.meta.bulkPut(kept.filter((row) => row !== undefined));
    await auditRestore(db, verified, manifest, mode);
  });
  return counts;
}

/**
 * The steps of a restore too large for one transaction: `begin` clears (replace) in one
 * transaction, each chunk is then written in its own, and `finish` puts back this PC's meta
 * rows and writes the audit entry.
 */
export async function beginStagedWrite(db: TaizhangDB, mode: RestoreMode) {
  const kept = (await db.meta.bulkGet(KEPT_META_KEYS)).filter((row) => row !== undefined);
  if (mode === 'replace') {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
  }
  return {
    /** Several chunks (already read and checked) in one transaction. */
    async write(group: readonly { table: string; rows: Record<string, unknown>[] }[]) {
      const tables = [...new Set(group.map((g) => g.table))].map((name) => db.table(name));
      await db.transaction('rw', tables, async () => {
        for (const g of group) await writeRows(db.table(g.table), g.rows, mode);
      });
    },
    async finish(actor: Actor, manifest: BackupManifest) {
      await db.transaction('rw', [db.meta, db.audit], async () => {
        await db.meta.bulkPut(kept);
        await auditRestore(db, actor, manifest, mode);
      });
    },
  };
}
