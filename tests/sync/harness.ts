/**
 * The sync tests' world (issue 20): a real CouchDB-protocol server (tests/sync/couchServer.mjs,
 * express-pouchdb over LevelDB in a temp folder) started as a child process on 127.0.0.1 with a
 * free port, set up by the real `couch:setup` code, and desks that are each a Dexie database on
 * their own fake-indexeddb with a PouchDB replica in memory. Nothing is mocked at the HTTP level.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories';
import { setDeskSeries } from '../../renderer/src/db/repositories/numbering';
import { SyncBridge, type Replica } from '../../renderer/src/db/sync/bridge';
import {
  openRemote,
  syncOnce,
  type SyncProgress,
  type SyncTarget,
} from '../../renderer/src/db/sync/syncEngine';
import {
  createSyncRunner,
  type RunOutcome,
  type SyncRunner,
} from '../../renderer/src/db/sync/syncRunner';
import type { TaizhangDB } from '../../renderer/src/db/database';
import { DEFAULT_SYNC_SETTINGS } from '@shared/domain/sync/syncSettings';
import { deskUserName, setupEstate } from '../../resources/couch/couch-setup.mjs';
import { makeTestDb } from '../db/makeTestDb';

PouchDB.plugin(memory).plugin(http).plugin(replication);
export const Pouch = PouchDB;

const SERVER = resolve(import.meta.dirname, 'couchServer.mjs');
export const ADMIN = { user: 'admin', password: 'admin-secret-42' };

export interface LoopbackServer {
  url: string;
  port: number;
  folder: string;
  /** The server process's id (the bench reads its CPU time from /proc). */
  readonly pid: number;
  /** SIGKILL, as a power cut would. */
  kill(): Promise<void>;
  /** Starts again on the same port and folder (its data kept). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function launch(
  folder: string,
  port: number,
  corsOrigins: readonly string[],
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((ok, fail) => {
    // TAIZHANG_COUCH_NODE_ARGS: node options for the server process (e.g. `--cpu-prof`, to see
    // where a bench figure's server time goes).
    const nodeArgs = (process.env['TAIZHANG_COUCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, SERVER, folder, String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, COUCH_CORS_ORIGINS: corsOrigins.join(',') },
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) ok({ child, port: Number(m[1]) });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`server exited ${code}: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) ok();
    else child.once('exit', () => ok());
  });
}

/** `corsOrigins`: the browser origins allowed to call it (a browser desk's page). */
export async function startServer(corsOrigins: readonly string[] = []): Promise<LoopbackServer> {
  const folder = mkdtempSync(join(tmpdir(), 'taizhang-couch-'));
  const first = await launch(folder, 0, corsOrigins);
  const port = first.port;
  let child = first.child;
  const url = `http://127.0.0.1:${port}`;
  // The admin the setup asks for (the server starts in "admin party", as CouchDB's installer
  // asks for one first).
  await fetch(`${url}/_config/admins/${ADMIN.user}`, {
    method: 'PUT',
    body: JSON.stringify(ADMIN.password),
  });
  const server: LoopbackServer = {
    url,
    port,
    folder,
    get pid() {
      return child.pid ?? 0;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async restart() {
      ({ child } = await launch(folder, port, corsOrigins));
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return server;
}

export interface Estate {
  name: string;
  passwords: Record<string, string>;
  target(deskCode: string): SyncTarget;
}

export async function setUpEstate(
  server: LoopbackServer,
  name: string,
  deskCodes: string[],
  branch?: string,
): Promise<Estate> {
  const done = await setupEstate({
    url: server.url,
    admin: ADMIN,
    estate: name,
    desks: deskCodes.map((code) => ({ code })),
    ...(branch ? { branch } : {}),
  });
  return {
    name,
    passwords: done.passwords,
    target(deskCode) {
      const username = deskUserName(name, deskCode);
      return { url: server.url, estate: name, username, password: done.passwords[username]! };
    },
  };
}

let replicas = 0;

export interface Desk {
  db: TaizhangDB;
  repos: Repositories;
  replica: Replica;
  bridge: SyncBridge;
  target: SyncTarget;
  sync(onProgress?: SyncProgress): ReturnType<typeof syncOnce>;
}

/**
 * A desk of `estate` numbering in `series` ('' = the first desk), joined with `target`; on a
 * fresh database, or on `db` (a restored backup).
 */
export async function makeDesk(
  series: string,
  target: SyncTarget,
  db: TaizhangDB = makeTestDb(),
): Promise<Desk> {
  if (!db.isOpen()) await db.open();
  await setDeskSeries(db, series);
  const replica = new Pouch(`desk-${++replicas}`, {
    adapter: 'memory',
    auto_compaction: false,
  }) as Replica;
  const bridge = new SyncBridge(db, replica, series);
  const desk: Desk = {
    db,
    repos: createRepositories(db),
    replica,
    bridge,
    target,
    sync: (onProgress) => syncOnce(Pouch, bridge, db, openRemote(Pouch, desk.target), onProgress),
  };
  return desk;
}

/** A desk synced by the app's runner (its triggers and interval), not by explicit syncs. */
export interface RunnerDesk {
  db: TaizhangDB;
  repos: Repositories;
  runner: SyncRunner;
  /** The first outcome from now on that `accept` takes (waits on the runner's runs). */
  outcome(accept: (outcome: RunOutcome) => boolean): Promise<RunOutcome>;
  /** Starts the runner as the app does, every `intervalMs` plus its triggers. */
  start(intervalMs: number): void;
  stop(): void;
}

/** A desk of `deskCode` numbering in `series`, run by `createSyncRunner` as the app runs it. */
export async function makeRunnerDesk(
  series: string,
  deskCode: string,
  target: SyncTarget,
  db: TaizhangDB = makeTestDb(),
): Promise<RunnerDesk> {
  if (!db.isOpen()) await db.open();
  await setDeskSeries(db, series);
  const waiting: { accept(o: RunOutcome): boolean; ok(o: RunOutcome): void }[] = [];
  const runner = createSyncRunner({
    db,
    settings: async () => ({
      ...DEFAULT_SYNC_SETTINGS,
      serverUrl: target.url,
      estate: target.estate,
      deskCode,
      deskName: deskCode,
    }),
    credentials: async () => ({ username: target.username, password: target.password }),
    pouch: async () => Pouch,
    localAdapter: 'memory',
    replicaPrefix: `runner-${++replicas}-`,
    onOutcome(outcome) {
      for (const w of [...waiting]) {
        if (!w.accept(outcome)) continue;
        waiting.splice(waiting.indexOf(w), 1);
        w.ok(outcome);
      }
    },
  });
  let stop: (() => void) | undefined;
  return {
    db,
    repos: createRepositories(db),
    runner,
    outcome: (accept) => new Promise((ok) => waiting.push({ accept, ok })),
    start(intervalMs) {
      stop = runner.start(intervalMs);
    },
    stop() {
      stop?.();
      stop = undefined;
    },
  };
}

/** Every replicated table's rows of a desk, keyed `<table>:<key>`, for record-by-record checks. */
export async function snapshot(desk: Desk, tables: string[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const name of tables) {
    for (const row of (await desk.db.table(name).toArray()) as Record<string, unknown>[]) {
      out.set(`${name}:${String(row['id'] ?? row['key'])}`, row);
    }
  }
  return out;
}

/** The estate database's documents (as admin), without design documents. */
export async function serverDocs(server: LoopbackServer, estate: string) {
  const res = await fetch(`${server.url}/${estate}/_all_docs?include_docs=true`, {
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64'),
    },
  });
  const json = (await res.json()) as { rows: { id: string; doc: Record<string, unknown> }[] };
  return json.rows.filter((r) => !r.id.startsWith('_design/'));
}
