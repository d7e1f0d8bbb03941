/**
 * The loopback CouchDB-protocol server of the sync tests and the bench (issue 20): express-pouchdb
 * over PouchDB's LevelDB adapter in a folder, so a SIGKILLed server restarts with its data like a
 * real CouchDB. Run as a child process: `node tests/sync/couchServer.mjs <folder> [port]`; it
 * prints `listening <port>` once it accepts connections. 127.0.0.1 only.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import PouchDB from 'pouchdb-core';
import leveldb from 'pouchdb-adapter-leveldb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

/**
 * pouchdb-validation 4.2 (express-pouchdb's validate_doc_update) overwrites an incoming
 * document's `_revisions` with the stored one's before validating, so a replicated revision
 * (`new_edits: false`, which carries its history) that passes validation is silently dropped.
 * CouchDB hands validate_doc_update the new revision as sent. The loopback server loads the
 * module with that one line corrected (and fails loudly if the line is not there).
 */
function loadFixedValidation() {
  const require = createRequire(import.meta.url);
  const fromPouchdbServer = createRequire(require.resolve('express-pouchdb'));
  const path = fromPouchdbServer.resolve('pouchdb-validation');
  const wrong = 'newDoc._revisions = (oldDoc || {})._revisions;';
  const source = readFileSync(path, 'utf8');
  if (!source.includes(wrong)) throw new Error(`pouchdb-validation changed: ${path}`);
  const fixed = source.replace(wrong, 'if (!newDoc._revisions) { ' + wrong + ' }');
  const mod = new Module(path);
  mod.filename = path;
  mod.paths = Module._nodeModulePaths(dirname(path));
  mod._compile(fixed, path);
  mod.loaded = true;
  require.cache[path] = mod;
}
loadFixedValidation();

const [folder, portArg] = process.argv.slice(2);
if (!folder) throw new Error('usage: couchServer.mjs <folder> [port]');
mkdirSync(join(folder, 'db'), { recursive: true });
PouchDB.plugin(leveldb).plugin(http).plugin(replication);
const ServerPouch = PouchDB.defaults({ adapter: 'leveldb', prefix: join(folder, 'db') + '/' });
// express-pouchdb is an express (4) app of its own; served as is. Imported after the fix above.
const { default: expressPouchdb } = await import('express-pouchdb');
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
