/**
 * Issue 15, findings 2, 3, 8 and 11: the security review's probes, each a crafted file with a
 * correct checksum (anyone can compute it). Each must now be refused with a Chinese reason that
 * names the table and row, leave the live data exactly as it was, and switch nothing in.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  buildChunkedManifest,
  sha256HexBytes,
  type ChunkedManifest,
} from '@shared/domain/backupChunks';
import { verifyPin } from '@shared/domain/pin';
import { createRepositories } from '../../renderer/src/db/repositories';
import {
  foreignRestore,
  manager,
  openRestored,
  SEED_PIN,
  seededDesk,
  snapshot,
} from '../fixtures/backup';
import { clerk, makeIssueInput } from '../fixtures/moneyActors';
import type { makeTestDb } from './makeTestDb';

const setup = seededDesk;

type Repos = ReturnType<typeof createRepositories>;

/** The database as a version-2 file's lines (header, one chunk per table, manifest). */
async function exportLines(repos: Repos, encrypted = true) {
  const { file } = await repos.backup.export({ appVersion: '0.3.0', reason: 'manual', encrypted });
  return (await file.text()).split('\n').slice(0, -1);
}

/**
 * Edits the rows of a table's chunk and writes a file whose checksums are all correct again,
 * as anyone with the format description can.
 */
async function craft(
  lines: string[],
  edit: (chunks: { table: string; rows: Record<string, unknown>[] }[]) => void,
  raw?: (chunkLines: string[]) => void,
): Promise<Uint8Array> {
  const manifest = (JSON.parse(lines.at(-1)!) as { manifest: ChunkedManifest }).manifest;
  const chunks = lines
    .slice(1, -1)
    .map((l) => JSON.parse(l) as { table: string; rows: Record<string, unknown>[] });
  edit(chunks);
  const chunkLines = chunks.map((c) => JSON.stringify(c));
  raw?.(chunkLines);
  const infos = await Promise.all(
    chunkLines.map(async (line, i) => {
      const bytes = new TextEncoder().encode(line);
      return {
        table: chunks[i]?.table ?? 'units',
        rows: chunks[i]?.rows.length ?? 0,
        bytes: bytes.length,
        sha256: await sha256HexBytes(bytes),
      };
    }),
  );
  const { counts: _c, sha256: _s, chunks: _k, ...meta } = manifest;
  const { line } = await buildChunkedManifest(infos, meta);
  return new TextEncoder().encode([lines[0], ...chunkLines, line].join('\n') + '\n');
}

/** The export with its units chunk's line rewritten as text (then hashed, so the hash is right):
 * for damage that a JSON edit of the rows cannot express. */
const craftUnitsLine = async (repos: Repos, rewrite: (line: string) => string) =>
  craft(
    await exportLines(repos),
    () => undefined,
    (l) => {
      const i = l.findIndex((x) => x.startsWith('{"table":"units"'));
      l[i] = rewrite(l[i]!);
    },
  );

const rowsOf = (chunks: { table: string; rows: Record<string, unknown>[] }[], table: string) =>
  chunks.find((c) => c.table === table)!.rows;

async function expectRefused(
  file: Uint8Array,
  message: RegExp,
  { db, repos }: { db: ReturnType<typeof makeTestDb>; repos: Repos },
  extra: { mode?: 'replace' | 'merge'; verified?: boolean } = {},
) {
  const before = await snapshot(db);
  const activate = vi.fn();
  const saveSafetyBackup = vi.fn(async () => undefined);
  const error = await repos.backup
    .restore(file, {
      mode: extra.mode ?? 'replace',
      actor: manager,
      verified: extra.verified ?? false,
      foreignConfirmed: true,
      saveSafetyBackup,
      activate,
    })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  const text = (error as Error).message;
  expect(text).toMatch(message);
  // Chinese for the clerk: no English error class or message leaks through.
  expect(text).not.toMatch(/SyntaxError|TypeError|BulkError|RangeError|ConstraintError|JSON/);
  expect(text).toMatch(/未做任何更改/);
  expect(activate).not.toHaveBeenCalled();
  expect(saveSafetyBackup).not.toHaveBeenCalled();
  expect(db.isOpen()).toBe(true);
  expect(await snapshot(db)).toEqual(before);
}

describe('finding 2: a crafted file with a correct checksum', () => {
  it('is foreign without the estate mark: refused unless a manager confirms the warning', async () => {
    const ctx = await setup();
    const file = await craft(await exportLines(ctx.repos), (chunks) => {
      rowsOf(chunks, 'operators').push({
        ...rowsOf(chunks, 'operators')[0]!,
        id: 'intruder',
        name: '外来主管',
      });
    });
    const before = await snapshot(ctx.db);
    await expect(
      ctx.repos.backup.restore(file, {
        mode: 'merge',
        actor: manager,
        verified: false,
        saveSafetyBackup: async () => undefined,
        activate: () => undefined,
      }),
    ).rejects.toThrow(/没有本物业备份的认证标记.*需主管确认/);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('an operator with an unknown role', async () => {
    const ctx = await setup();
    const file = await craft(await exportLines(ctx.repos), (chunks) => {
      rowsOf(chunks, 'operators')[0]!['role'] = 'root';
    });
    await expectRefused(
      file,
      /操作员（operators）第 1 行（seed-operators）字段“角色”（role）无效/,
      ctx,
    );
  });

  it('a negative and a non-numeric receipt amount', async () => {
    for (const bad of [-500, '100']) {
      const ctx = await setup();
      const file = await craft(await exportLines(ctx.repos), (chunks) => {
        rowsOf(chunks, 'receipts')[0]!['totalFen'] = bad;
      });
      await expectRefused(file, /收据（receipts）第 1 行.*字段“金额”/, ctx);
    }
  });

  it('a refund of a voided receipt', async () => {
    const ctx = await setup();
    const file = await craft(await exportLines(ctx.repos), (chunks) => {
      const receipts = rowsOf(chunks, 'receipts');
      const original = receipts.find((r) => r['id'] === 'seed-receipts')!;
      original['status'] = 'void';
      original['voidedAt'] = '2026-03-06T02:00:00.000Z';
      receipts.push({
        ...original,
        id: 'refund-1',
        no: 'TK2026-000001',
        requestId: 'refund-req',
        kind: 'refund',
        status: 'valid',
        voidedAt: undefined,
        refundOf: 'seed-receipts',
        totalFen: 100,
      });
    });
    await expectRefused(file, /收据（receipts）第 3 行（refund-1）退款凭证对应的原收据已作废/, ctx);
  });

  it('two receipts with one number', async () => {
    const ctx = await setup();
    const file = await craft(await exportLines(ctx.repos), (chunks) => {
      const receipts = rowsOf(chunks, 'receipts');
      receipts[1]!['no'] = receipts[0]!['no'];
    });
    await expectRefused(file, /收据（receipts）第 2 行.*与第 1 行的“no”重复/, ctx);
  });

  it('a person pointing at a unit that is not there', async () => {
    const ctx = await setup();
    const file = await craft(await exportLines(ctx.repos), (chunks) => {
      rowsOf(chunks, 'people')[0]!['unitId'] = 'nowhere';
    });
    await expectRefused(file, /业户（people）第 1 行.*指向不存在的房屋（nowhere）/, ctx);
  });

  it('a counter below the stored numbers is raised, so the next receipt issues', async () => {
    const { db, repos } = await setup();
    const issued = (await db.receipts.toArray()).find((r) => r.no.startsWith('SJ2026'))!;
    const key = `counter:SJ:${issued.no.slice(2, 6)}`;
    const file = await craft(await exportLines(repos), (chunks) => {
      const counter = rowsOf(chunks, 'counters').find((c) => c['key'] === key)!;
      counter['next'] = 1;
    });
    const { databaseName } = await repos.backup.restore(file, foreignRestore('replace'));
    const restored = await openRestored(db, databaseName);
    expect((await restored.counters.get(key))?.next).toBe(2);
    const next = await createRepositories(restored).receipts.issue(clerk, makeIssueInput());
    expect(next.no).not.toBe(issued.no);
  });

  it('merge never adds or changes an operator', async () => {
    const { db, repos } = await setup();
    const file = await craft(await exportLines(repos), (chunks) => {
      const ops = rowsOf(chunks, 'operators');
      ops[0]!['name'] = '改名了';
      ops.push({ ...ops[0]!, id: 'intruder', name: '外来主管' });
    });
    const { databaseName } = await repos.backup.restore(file, foreignRestore('merge'));
    const merged = await openRestored(db, databaseName);
    await db.open();
    expect(await merged.operators.toArray()).toEqual(await db.operators.toArray());
  });
});

describe('finding 3: one bad chunk of a big file leaves the live data as it was', () => {
  it('a chunk with a correct hash but broken JSON', async () => {
    const ctx = await setup();
    const file = await craftUnitsLine(ctx.repos, (line) => line.slice(0, -5));
    await expectRefused(file, /损坏或不完整/, ctx);
  });

  it('a chunk whose row count is not the manifest’s', async () => {
    const ctx = await setup();
    const lines = await exportLines(ctx.repos);
    const file = await craft(lines, () => undefined);
    // Re-craft with a manifest claiming one more row in units than its chunk holds.
    const text = new TextDecoder().decode(file).split('\n').slice(0, -1);
    const m = JSON.parse(text.at(-1)!) as { manifest: ChunkedManifest };
    const units = m.manifest.chunks.find((c) => c.table === 'units')!;
    units.rows += 1;
    m.manifest.counts['units'] = (m.manifest.counts['units'] ?? 0) + 1;
    const { counts: _c, sha256: _s, chunks, ...meta } = m.manifest;
    const { line } = await buildChunkedManifest(chunks, meta);
    text[text.length - 1] = line;
    await expectRefused(new TextEncoder().encode(text.join('\n') + '\n'), /清单与内容不符/, ctx);
  });

  it('a __proto__ table', async () => {
    const ctx = await setup();
    const file = await craft(await exportLines(ctx.repos), (chunks) => {
      chunks.push({ table: '__proto__', rows: [{ polluted: true }] });
    });
    await expectRefused(file, /不认识的数据表/, ctx);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a __proto__ key inside a row', async () => {
    const ctx = await setup();
    const file = await craftUnitsLine(ctx.repos, (line) =>
      line.replace('"nested":{', '"nested":{"__proto__":{"x":1},'),
    );
    await expectRefused(file, /房屋（units）第 1 行.*不允许的字段名/, ctx);
  });
});

describe('finding 8: an unencrypted backup does not carry PIN hashes', () => {
  it('leaves them out; restore sets the chosen manager a new PIN and locks the others', async () => {
    const { db, repos } = await setup();
    await db.operators.put({
      ...(await db.operators.get('seed-operators'))!,
      id: 'clerk-op',
      name: '王前台',
      role: 'clerk',
      pin: SEED_PIN,
    });
    const lines = await exportLines(repos, false);
    const text = lines.join('\n');
    expect(text).not.toContain(SEED_PIN.hash);
    expect(JSON.parse(lines.at(-1)!).manifest.pinsOmitted).toBe(true);
    const file = new TextEncoder().encode(text + '\n');
    const preview = await repos.backup.preview(file);
    expect(preview.managers).toEqual([{ id: 'seed-operators', name: '钱经理' }]);

    const base = {
      mode: 'replace' as const,
      actor: manager,
      verified: true,
      saveSafetyBackup: async () => undefined,
      activate: () => undefined,
    };
    await expect(repos.backup.restore(file, base)).rejects.toThrow(/不含操作员 PIN.*设置新 PIN/);
    const { databaseName } = await repos.backup.restore(file, {
      ...base,
      newPin: { operatorId: 'seed-operators', pin: '482913' },
    });
    const restored = await openRestored(db, databaseName);
    const chosen = (await restored.operators.get('seed-operators'))!;
    expect(await verifyPin('482913', chosen.pin)).toBe(true);
    const other = (await restored.operators.get('clerk-op'))!;
    expect(await verifyPin('482913', other.pin)).toBe(false);
    expect(other.pin.hash).not.toBe(SEED_PIN.hash);
  });
});
