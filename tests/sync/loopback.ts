/**
 * The set-up every sync test file shares: a loopback CouchDB-protocol server started before the
 * file's tests and stopped after, with one estate set up on it (couch:setup), and the sync step
 * the scenarios repeat. Kept apart from harness.ts, which the bench loads outside vitest.
 */
import { afterAll, beforeAll, vi } from 'vitest';
import type { SyncTarget } from '../../renderer/src/db/sync/syncEngine';
import { makeUnit } from '../fixtures/archive';
import { clerk } from '../fixtures/moneyActors';
import type { Desk, Estate, LoopbackServer } from './harness';
import { makeDesk, setUpEstate, startServer } from './harness';

export interface LoopbackEstate {
  readonly server: LoopbackServer;
  readonly estate: Estate;
}

/** Registers the file's server and estate `name` with `desks` (and the `branch` user). */
export function loopbackEstate(
  name: string,
  desks: readonly string[],
  branch?: string,
): LoopbackEstate {
  let server: LoopbackServer | undefined;
  let estate: Estate | undefined;
  beforeAll(async () => {
    server = await startServer();
    estate = await setUpEstate(server, name, [...desks], branch);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the loopback server is started in beforeAll');
      return server;
    },
    get estate() {
      if (!estate) throw new Error('the estate is set up in beforeAll');
      return estate;
    },
  };
}

/** Every desk syncs in turn, twice: what one pushed in the first round reaches the others. */
export async function converge(...desks: Desk[]): Promise<void> {
  for (let i = 0; i < 2; i++) for (const d of desks) await d.sync();
}

/**
 * A first desk holding a unit and `n` more written as a restore would (with the audit, so noted
 * for replication); returns it and every unit id.
 */
export async function firstDeskWith(
  target: SyncTarget,
  n: number,
  building: string,
): Promise<{ desk: Desk; ids: string[] }> {
  const desk = await makeDesk('', target);
  const first = await desk.repos.units.create(makeUnit(), clerk);
  const rows = Array.from({ length: n }, (_, i) => ({
    ...first,
    id: `${building}-${i}`,
    code: `${building}-1-${i}`,
    building,
    room: String(i),
  }));
  await desk.db.transaction('rw', ['units', 'audit'], () => desk.db.units.bulkPut(rows));
  return { desk, ids: [first.id, ...rows.map((r) => r.id)] };
}

/** The per-row calls a bulk path (upload or apply) must not make. */
const PER_ROW_CALLS = [
  ['syncOutbox', 'get'],
  ['syncOutbox', 'delete'],
  ['syncRevs', 'get'],
  ['syncRevs', 'put'],
  ['units', 'get'],
  ['units', 'put'],
] as const;

/** Spies on the per-row calls of a desk's database (PER_ROW_CALLS). */
export function spyPerRow(desk: Desk) {
  return PER_ROW_CALLS.map(([table, method]) => vi.spyOn(desk.db.table(table), method));
}
