import { describe, expect, it } from 'vitest';
import { syncOnce } from '../../renderer/src/db/sync/syncEngine';
import type { Replica } from '../../renderer/src/db/sync/bridge';
import type { SyncTarget } from '../../renderer/src/db/sync/syncEngine';
import { makeDesk, Pouch, type Desk } from './harness';
import { firstDeskWith, loopbackEstate } from './loopback';

const loop = loopbackEstate('estate-batch', ['A', 'B']);

/**
 * The replication batch (syncEngine.ts REPLICATION_BATCH): 1,000 documents a batch, measured
 * at the HTTP requests the desk sends to the loopback server. At 200 a batch (or PouchDB's
 * default 100 when the option is not passed) a new desk's initial download cost the server and
 * the desk a third more CPU (bench sync-initial), so the figure is asserted as a number here,
 * not through the constant: setting the constant back makes this fail.
 */
const BATCH = 1000;

interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Documents in a `_bulk_docs` or `_bulk_get` body. */
  docs?: number;
}

/** The desk's server, every request it sends noted (the real fetch does the work). */
function countingRemote(target: SyncTarget, seen: Request[]): Replica {
  const counting = async (url: string | URL, init?: RequestInit): Promise<Response> => {
    const u = new URL(String(url));
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const parsed = body ? (JSON.parse(body) as { docs?: unknown[] } | null) : null;
    seen.push({
      method: init?.method ?? 'GET',
      path: u.pathname,
      query: u.searchParams,
      ...(Array.isArray(parsed?.docs) ? { docs: parsed.docs.length } : {}),
    });
    return fetch(url, init);
  };
  return new Pouch(`${target.url}/${target.estate}`, {
    skip_setup: true,
    auth: { username: target.username, password: target.password },
    fetch: counting,
  }) as Replica;
}

function syncCounting(desk: Desk, seen: Request[]) {
  return syncOnce(Pouch, desk.bridge, desk.db, countingRemote(desk.target, seen));
}

const named = (seen: Request[], end: string) => seen.filter((r) => r.path.endsWith(end));

describe('the replication batch', () => {
  it('uploads and downloads 1,202 documents in batches of 1,000, not 200 or 100', async () => {
    // 1,201 units and the audit entry of the one created through the repository.
    const { desk: a, ids } = await firstDeskWith(loop.estate.target('A'), 1200, 'R');
    const up: Request[] = [];
    await syncCounting(a, up);
    const writes = named(up, '/_bulk_docs').map((r) => r.docs ?? 0);
    expect(writes.reduce((s, n) => s + n, 0)).toBe(1202);
    expect(Math.max(...writes)).toBe(BATCH);
    expect(writes).toHaveLength(2); // at 200 a batch: 7, at PouchDB's default 100: 13

    const b = await makeDesk('B', loop.estate.target('B'));
    const down: Request[] = [];
    await syncCounting(b, down);
    expect((await b.db.units.bulkGet(ids)).every((u) => u !== undefined)).toBe(true);
    // The replicator reads the server's changes a batch at a time and fetches the documents
    // of each in one `_bulk_get`.
    const reads = named(down, '/_changes');
    expect(reads.length).toBeGreaterThan(0);
    for (const r of reads) expect(r.query.get('limit')).toBe(String(BATCH));
    const gets = named(down, '/_bulk_get').map((r) => r.docs ?? 0);
    // The 1,202 and the estate's design document (its validate_doc_update).
    expect(gets.reduce((s, n) => s + n, 0)).toBe(1203);
    expect(Math.max(...gets)).toBe(BATCH);
    expect(gets).toHaveLength(2);
  });
});
