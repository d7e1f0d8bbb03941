/**
 * The set-up every sync test file shares: a loopback CouchDB-protocol server started before the
 * file's tests and stopped after, with one estate set up on it (couch:setup), and the sync step
 * the scenarios repeat. Kept apart from harness.ts, which the bench loads outside vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { setUpEstate, startServer, type Desk, type Estate, type LoopbackServer } from './harness';

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
