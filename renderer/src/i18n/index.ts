/**
 * The message catalog. Every UI string goes through `t()`, so adding a locale means adding a
 * catalog of the same shape, not touching components. Catalogs are split by feature to keep
 * files small; each feature registers its namespace in `zhCN` below.
 */
import { archive } from './zh-CN/archive';
import { backup } from './zh-CN/backup';
import { storage } from './zh-CN/storage';
import { common } from './zh-CN/common';
import { nav, shell } from './zh-CN/shell';
import { operators } from './zh-CN/operators';
import { settings } from './zh-CN/settings';
import { audit } from './zh-CN/audit';
import { money } from './zh-CN/money';
import { print } from './zh-CN/print';
import { release } from './zh-CN/release';
import { keys } from './zh-CN/keys';
import { handover } from './zh-CN/handover';
import { movein } from './zh-CN/movein';
import { renovation } from './zh-CN/renovation';
import { repairs } from './zh-CN/repairs';
import { mail } from './zh-CN/mail';
import { visitors } from './zh-CN/visitors';
import { complaints } from './zh-CN/complaints';
import { safety } from './zh-CN/safety';
import { reviewReport } from './zh-CN/reviewReport';
import { review } from './zh-CN/review';
import { home } from './zh-CN/home';
import { sync } from './zh-CN/sync';

export const zhCN = {
  safety,
  release,
  keys,
  handover,
  movein,
  common,
  nav,
  shell,
  operators,
  settings,
  audit,
  money,
  print,
  archive,
  backup,
  storage,
  renovation,
  repairs,
  mail,
  visitors,
  complaints,
  reviewReport,
  review,
  home,
  sync,
} as const;

type Catalog = typeof zhCN;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalog>;
export type MessageVars = Record<string, string | number>;

function lookup(key: string): string {
  let node: unknown = zhCN;
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : key;
}

/** Translates a key, filling `{name}` placeholders from `vars`. */
export function t(key: MessageKey, vars?: MessageVars): string {
  const text = lookup(key);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
