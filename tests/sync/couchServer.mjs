/**
 * The loopback CouchDB-protocol server of the sync tests and the bench (issue 20): express-pouchdb
 * over PouchDB's LevelDB adapter in a folder, so a SIGKILLed server restarts with its data like a
 * real CouchDB. Run as a child process: `node tests/sync/couchServer.mjs <folder> [port]`; it
 * prints `listening <port>` once it accepts connections. 127.0.0.1 only.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import leveldb from 'pouchdb-adapter-leveldb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

const [folder, portArg] = process.argv.slice(2);
if (!folder) throw new Error('usage: couchServer.mjs <folder> [port]');
mkdirSync(join(folder, 'db'), { recursive: true });
PouchDB.plugin(leveldb).plugin(http).plugin(replication);
const ServerPouch = PouchDB.defaults({ adapter: 'leveldb', prefix: join(folder, 'db') + '/' });
// express-pouchdb is an express (4) app of its own; served as is.
const app = expressPouchdb(ServerPouch, {
  mode: 'fullCouchDB',
  configPath: join(folder, 'config.json'),
  logPath: join(folder, 'log.txt'),
});
const server = app.listen(Number(portArg ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
