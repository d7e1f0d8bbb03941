#!/usr/bin/env node
/**
 * `npm run couch:setup -- <url> --estate <db> --desk <code>[=<name>]… [--branch <name>] [--pair <code>]`
 *
 * Prepares an Apache CouchDB 3 server (or the loopback test server) for one estate (issue 20),
 * idempotently — run it again to add a desk, nothing existing is lost or re-keyed:
 * - the estate's database;
 * - a CouchDB user per desk (`desk-<estate>-<code>`, roles `taizhang-desk` and
 *   `estate-<estate>`); a new desk's password is made here and printed once — type it into that
 *   desk's 设置 → 多台电脑同步; an existing desk keeps its password;
 * - optionally a branch user (`branch-<name>`, role `taizhang-branch`) that may read the estate;
 * - the database's `_security`: members are the estate's desks and the branch, no one else;
 * - the design document with `validate_doc_update` (resources/couch/couchDesign.mjs).
 * - a pairing code (配对码) for the first desk listed when its account is made here, so the first
 *   PC joins by typing one code; run again, it prints none (the account keeps its password)
 *   unless `--pair <code>` asks for one, which re-keys that desk's account (its password
 *   until then stops working, as a code made on a desk does).
 * The administrator's name and password are asked for (or read from the environment variables
 * COUCH_ADMIN_USER / COUCH_ADMIN_PASSWORD for scripted runs) and never stored.
 */
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { designDoc, DESIGN_DOC_ID, DESIGN_VERSION } from './couchDesign.mjs';

const DB_NAME = /^[a-z][a-z0-9_-]{0,62}$/;
const DESK_CODE = /^[A-Z][A-Z0-9]{0,2}$/;

export class SetupError extends Error {}

function basicAuth(user, password) {
  return 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
}

async function call(base, auth, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: {
      Authorization: auth,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = { raw: text };
  }
  return { status: res.status, json };
}

export function deskUserName(estate, code) {
  return `desk-${estate}-${code.toLowerCase()}`;
}

export function branchUserName(branch) {
  return `branch-${branch}`;
}

/**
 * Sets one estate up. `desks`: `[{ code, name }]`. Returns what was done and the new desks'
 * passwords (existing desks: none).
 */
/**
 * The pairing code's format lives in shared/domain/sync/pairingCode.ts (TypeScript, shared with
 * the app). Under vitest it imports as it is; a plain `node` run loads it through Vite's module
 * loader, as the bench does.
 */
async function pairingCodec() {
  const path = '../../shared/domain/sync/pairingCode.ts';
  try {
    return await import(path);
  } catch {
    const { createServer } = await import('vite');
    const server = await createServer({
      configFile: false,
      root: new URL('../..', import.meta.url).pathname,
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      return await server.ssrLoadModule('/shared/domain/sync/pairingCode.ts');
    } finally {
      await server.close();
    }
  }
}

export async function setupEstate(
  { url, admin, estate, desks, branch, pair },
  log = () => {},
  now = Date.now(),
) {
  if (!DB_NAME.test(estate))
    throw new SetupError(`小区数据库名无效：${estate}（小写字母开头，小写字母、数字、- 或 _）`);
  for (const d of desks)
    if (!DESK_CODE.test(d.code))
      throw new SetupError(`前台代码无效：${d.code}（大写字母开头，1–3 位）`);
  if (branch !== undefined && !DB_NAME.test(branch))
    throw new SetupError(`分公司名无效：${branch}`);
  if (pair !== undefined && !desks.some((d) => d.code === pair))
    throw new SetupError(`--pair ${pair}：请同时用 --desk ${pair} 列出这台前台`);
  // The desk that gets a pairing code: the one asked for, else the first desk if made now.
  const pairDesk = pair ?? desks[0]?.code;
  const base = url.replace(/\/+$/, '');
  const auth = basicAuth(admin.user, admin.password);
  const session = await call(base, auth, 'GET', '/_session');
  if (session.status !== 200 || !session.json?.userCtx?.roles?.includes('_admin')) {
    throw new SetupError('服务器管理员账号或密码不正确。');
  }
  const done = { created: [], kept: [], passwords: {}, pairing: undefined };
  const codec = pairDesk ? await pairingCodec() : undefined;
  /** A one-time password for the pairing code: 8 random bytes, as the code carries them. */
  const oneTime = () => {
    const secret = new Uint8Array(randomBytes(8));
    return { secret, password: codec.base32(secret) };
  };
  const pairingFor = (code, secret) => {
    const expiresAt = new Date(now + codec.PAIRING_MINUTES * 60_000).toISOString();
    const text = codec.encodePairing(
      { serverUrl: base, estate, deskCode: code, expiresAt },
      secret,
    );
    done.pairing = { desk: code, account: deskUserName(estate, code), code: text, expiresAt };
  };

  const db = await call(base, auth, 'PUT', `/${estate}`);
  if (db.status === 201) done.created.push(`数据库 ${estate}`);
  else if (db.status === 412) done.kept.push(`数据库 ${estate}`);
  else throw new SetupError(`不能建立数据库 ${estate}：${db.status} ${JSON.stringify(db.json)}`);

  const estateRole = `estate-${estate}`;
  const users = [
    ...desks.map((d) => ({
      name: deskUserName(estate, d.code),
      roles: ['taizhang-desk', estateRole],
      label: `前台 ${d.code}${d.name ? `（${d.name}）` : ''}`,
      desk: d.code,
    })),
    ...(branch
      ? [
          {
            name: branchUserName(branch),
            roles: ['taizhang-branch', `branch-${branch}`],
            label: `分公司 ${branch}`,
          },
        ]
      : []),
  ];
  for (const u of users) {
    const path = `/_users/${encodeURIComponent(`org.couchdb.user:${u.name}`)}`;
    const existing = await call(base, auth, 'GET', path);
    if (existing.status === 200) {
      const roles = [...new Set([...(existing.json.roles ?? []), ...u.roles])].sort();
      const rekey = pair !== undefined && u.desk === pair ? oneTime() : undefined;
      const changed =
        JSON.stringify(roles) !== JSON.stringify([...(existing.json.roles ?? [])].sort());
      if (changed || rekey) {
        const put = await call(base, auth, 'PUT', path, {
          ...existing.json,
          roles,
          ...(rekey ? { password: rekey.password } : {}),
        });
        if (put.status >= 300) throw new SetupError(`不能更新账号 ${u.name}：${put.status}`);
      }
      if (rekey) {
        pairingFor(u.desk, rekey.secret);
        done.created.push(`${u.label} 账号 ${u.name} 的新配对码（原密码已失效）`);
      } else done.kept.push(`${u.label} 账号 ${u.name}（密码未改）`);
      continue;
    }
    const made = u.desk !== undefined && u.desk === pairDesk ? oneTime() : undefined;
    const password = made ? made.password : randomBytes(18).toString('base64url');
    const put = await call(base, auth, 'PUT', path, {
      _id: `org.couchdb.user:${u.name}`,
      name: u.name,
      type: 'user',
      roles: u.roles,
      password,
    });
    if (put.status >= 300)
      throw new SetupError(`不能建立账号 ${u.name}：${put.status} ${JSON.stringify(put.json)}`);
    done.created.push(`${u.label} 账号 ${u.name}`);
    done.passwords[u.name] = password;
    if (made) pairingFor(u.desk, made.secret);
  }

  const memberRoles = [estateRole, ...(branch ? [`branch-${branch}`] : [])];
  const current = await call(base, auth, 'GET', `/${estate}/_security`);
  const roles = [...new Set([...(current.json?.members?.roles ?? []), ...memberRoles])].sort();
  const security = {
    admins: { names: current.json?.admins?.names ?? [], roles: current.json?.admins?.roles ?? [] },
    members: { names: current.json?.members?.names ?? [], roles },
  };
  const sec = await call(base, auth, 'PUT', `/${estate}/_security`, security);
  if (sec.status >= 300) throw new SetupError(`不能设置 ${estate} 的访问权限：${sec.status}`);

  const existingDesign = await call(base, auth, 'GET', `/${estate}/${DESIGN_DOC_ID}`);
  const design = designDoc();
  if (
    existingDesign.status === 200 &&
    existingDesign.json.taizhang_version === DESIGN_VERSION &&
    existingDesign.json.validate_doc_update === design.validate_doc_update
  ) {
    done.kept.push('校验规则（设计文档）');
  } else {
    const rev = existingDesign.status === 200 ? { _rev: existingDesign.json._rev } : {};
    const put = await call(base, auth, 'PUT', `/${estate}/${DESIGN_DOC_ID}`, { ...design, ...rev });
    if (put.status >= 300)
      throw new SetupError(`不能写入校验规则：${put.status} ${JSON.stringify(put.json)}`);
    done.created.push('校验规则（设计文档）');
  }
  for (const line of done.created) log(`已建立：${line}`);
  for (const line of done.kept) log(`已存在：${line}`);
  for (const [name, password] of Object.entries(done.passwords))
    log(`账号 ${name} 的密码（只显示这一次）：${password}`);
  if (done.pairing) {
    const p = done.pairing;
    log(
      `前台 ${p.desk} 的配对码（${codec.PAIRING_MINUTES} 分钟内有效，只能用一次，请当作密码保管）：`,
    );
    log(`  ${p.code}`);
    log('  在这台电脑的 设置 → 多台电脑同步 → 用配对码加入 输入。');
  } else if (pairDesk) {
    log(
      `前台 ${pairDesk} 的账号已存在：要重新生成配对码，加 --pair ${pairDesk}（该账号原密码会失效）。`,
    );
  }
  return done;
}

export function parseArgs(argv) {
  const out = { url: undefined, estate: undefined, desks: [], branch: undefined, pair: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--estate') out.estate = argv[++i];
    else if (a === '--branch') out.branch = argv[++i];
    else if (a === '--pair') out.pair = argv[++i];
    else if (a === '--desk') {
      const [code, ...name] = String(argv[++i] ?? '').split('=');
      out.desks.push({ code, name: name.join('=') });
    } else if (!a.startsWith('--') && !out.url) out.url = a;
    else throw new SetupError(`不认识的参数：${a}`);
  }
  if (!out.url || !out.estate) {
    throw new SetupError(
      '用法：npm run couch:setup -- <服务器地址> --estate <小区数据库名> --desk A=前台 [--desk B=主管] [--branch <分公司>] [--pair <前台代码>]',
    );
  }
  return out;
}

function ask(question, hidden) {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: hidden && process.stdin.isTTY,
  });
  if (hidden && process.stdin.isTTY) {
    // Echo nothing of the password while it is typed.
    rl._writeToOutput = (s) => {
      if (s.includes(question)) process.stdout.write(question);
    };
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function main() {
  try {
    const args = parseArgs(process.argv.slice(2));
    const user = process.env.COUCH_ADMIN_USER || (await ask('CouchDB 管理员账号：', false));
    const password = process.env.COUCH_ADMIN_PASSWORD || (await ask('CouchDB 管理员密码：', true));
    await setupEstate({ ...args, admin: { user, password } }, (line) => console.log(line));
  } catch (error) {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
