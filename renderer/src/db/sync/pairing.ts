/**
 * Pairing a new desk (issue 20; the code itself: shared/domain/sync/pairingCode.ts).
 *
 * - `createPairing` (the manager, on a desk already joined): with the server administrator's
 *   name and password, typed for this one request and never stored, sets the CouchDB account
 *   of the new desk code (`desk-<estate>-<code>`, roles `taizhang-desk` + `estate-<estate>`) to
 *   a fresh one-time password and returns the code. Another code for the same desk code
 *   re-keys it, so an earlier code (unused, or of a PC being replaced) stops working.
 * - `redeemPairing` (the new desk): reads the code, signs in once with the one-time password
 *   and replaces it at once with a long random password of its own, which it returns for main
 *   to seal. The code is dead after that.
 * The estate database, its security and design document must exist (`npm run couch:setup`).
 */
import {
  base32,
  decodePairing,
  encodePairing,
  PAIRING_MINUTES,
  type Pairing,
} from '@shared/domain/sync/pairingCode';
import { DESK_SERIES_PATTERN } from '@shared/domain/numbering';

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export class PairingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PairingError';
  }
}

export function deskAccountName(estate: string, deskCode: string): string {
  return `desk-${estate}-${deskCode.toLowerCase()}`;
}

function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

async function call(
  fetchFn: Fetch,
  url: string,
  auth: string,
  method: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  let res: Response;
  try {
    res = await fetchFn(url, {
      method,
      headers: {
        Authorization: auth,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new PairingError(
      `无法连接同步服务器：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = {};
  }
  return { status: res.status, json };
}

const userPath = (base: string, name: string) =>
  `${base}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

export interface CreatePairingInput {
  serverUrl: string;
  estate: string;
  deskCode: string;
  admin: { user: string; password: string };
}

/** Sets the new desk's one-time password on the server; returns the code to show. */
export async function createPairing(
  input: CreatePairingInput,
  now: number,
  fetchFn: Fetch = (url, init) => fetch(url, init),
): Promise<{ code: string; expiresAt: string; account: string }> {
  const base = input.serverUrl.replace(/\/+$/, '');
  const auth = basic(input.admin.user, input.admin.password);
  const session = await call(fetchFn, `${base}/_session`, auth, 'GET');
  const roles = (session.json['userCtx'] as { roles?: string[] } | undefined)?.roles ?? [];
  if (session.status !== 200 || !roles.includes('_admin'))
    throw new PairingError('服务器管理员账号或密码不正确。');
  const db = await call(fetchFn, `${base}/${encodeURIComponent(input.estate)}`, auth, 'GET');
  if (db.status !== 200)
    throw new PairingError(`服务器上没有小区数据库 ${input.estate}，请先用 couch:setup 建立。`);
  const deskCode = input.deskCode.trim().toUpperCase();
  if (!DESK_SERIES_PATTERN.test(deskCode))
    throw new PairingError('前台代码：大写字母开头，1–3 位字母或数字，如 B、C2');
  const account = deskAccountName(input.estate, deskCode);
  const secret = randomBytes(8);
  const existing = await call(fetchFn, userPath(base, account), auth, 'GET');
  const estateRole = `estate-${input.estate}`;
  const held = existing.status === 200 ? ((existing.json['roles'] as string[]) ?? []) : [];
  const doc = {
    ...(existing.status === 200 ? existing.json : {}),
    _id: `org.couchdb.user:${account}`,
    name: account,
    type: 'user',
    roles: [...new Set([...held, 'taizhang-desk', estateRole])].sort(),
    password: base32(secret),
  };
  const put = await call(fetchFn, userPath(base, account), auth, 'PUT', doc);
  if (put.status >= 300) throw new PairingError(`不能设置前台账号 ${account}：${put.status}`);
  const expiresAt = new Date(now + PAIRING_MINUTES * 60_000).toISOString();
  const code = encodePairing(
    { serverUrl: base, estate: input.estate, deskCode, expiresAt },
    secret,
  );
  return { code, expiresAt, account };
}

/** Joins with a code: the one-time password is replaced at once by this desk's own. */
export async function redeemPairing(
  code: string,
  now: number,
  fetchFn: Fetch = (url, init) => fetch(url, init),
): Promise<{ pairing: Pairing; credentials: { username: string; password: string } }> {
  const read = decodePairing(code, now);
  if (!read.ok) throw new PairingError(read.error);
  const { pairing } = read;
  const username = deskAccountName(pairing.estate, pairing.deskCode);
  const once = basic(username, pairing.password);
  const mine = await call(fetchFn, userPath(pairing.serverUrl, username), once, 'GET');
  if (mine.status === 401 || mine.status === 403 || mine.status === 404)
    throw new PairingError('配对码已用过或已失效，请经理重新生成。');
  if (mine.status !== 200) throw new PairingError(`服务器没有接受配对码：${mine.status}`);
  const password = base32(randomBytes(20));
  const put = await call(fetchFn, userPath(pairing.serverUrl, username), once, 'PUT', {
    ...mine.json,
    password,
  });
  if (put.status >= 300) throw new PairingError(`不能设置本机的同步密码：${put.status}`);
  return { pairing, credentials: { username, password } };
}
