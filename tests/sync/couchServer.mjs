/**
 * The loopback CouchDB-protocol server of the sync tests and the bench (issue 20): express-pouchdb
 * over PouchDB's LevelDB adapter in a folder, so a SIGKILLed server restarts with its data like a
 * real CouchDB. Run as a child process: `node tests/sync/couchServer.mjs <folder> [port]`; it
 * prints `listening <port>` once it accepts connections. 127.0.0.1 only.
 *
 * CORS, for a browser desk (the e2e test): express-pouchdb has none, so the server answers it
 * the way CouchDB does with `[chttpd] enable_cors = true` and `[cors] origins = …`,
 * `credentials = true`: an allowed Origin is echoed with credentials allowed, preflights are
 * answered. Allowed origins: the environment variable COUCH_CORS_ORIGINS (comma-separated);
 * none when unset, like CouchDB's default.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
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
const origins = new Set(
  (process.env.COUCH_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
);
const CORS_HEADERS = 'accept, authorization, content-type, origin, referer, x-csrf-token';
const CORS_METHODS = 'GET, PUT, POST, HEAD, DELETE';
const server = createServer((req, res) => {
  const origin = req.headers.origin;
  if (origin && origins.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', CORS_METHODS);
      res.setHeader('Access-Control-Allow-Headers', CORS_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.writeHead(204);
      res.end();
      return;
    }
    res.setHeader('Access-Control-Expose-Headers', 'content-type, cache-control, etag, server');
  }
  app(req, res);
});
server.listen(Number(portArg ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
