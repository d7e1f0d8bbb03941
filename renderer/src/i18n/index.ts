/**
 * The message catalogs. Every UI string goes through `t()`, which reads the catalog of the
 * language in effect: 简体中文 (zh-CN, the source), 繁體中文 (zh-TW, generated once from zh-CN by
 * tests/tools/convertZhTw.mjs and reviewed) and English (written by hand). The other two are
 * JSON data files joined by their language's catalog.ts and typed below against zh-CN's shape,
 * so a missing key is a type error; tests/renderer/i18n/catalogs.test.ts checks keys (missing
 * and extra) and `{name}` placeholders at run time.
 *
 * The language is a module-level setting (`setLanguage`, called by the app's LanguageProvider
 * when the desk's `language` setting changes), so `t()` works the same in components, hooks and
 * print templates; the provider re-renders the shell so what is on screen follows at once.
 * Catalogs are split by feature; each feature registers its zh-CN namespace below and lists its
 * two JSON files as one row of translations.ts.
 */
import type { UiLanguage } from '@shared/domain/deskSettings';
import type { DeepStrings } from './catalogTypes';
import { auditLabelsEN, auditLabelsTW, enCatalog, zhTWCatalog } from './translations';
import * as auditLabelsCN from './zh-CN/auditLabels';
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
import { patrols } from './zh-CN/patrols';
import { venues } from './zh-CN/venues';
import { parking } from './zh-CN/parking';
import { surveys } from './zh-CN/surveys';
import { revisits } from './zh-CN/revisits';
import { fees } from './zh-CN/fees';
import { sync } from './zh-CN/sync';
import { domain } from './zh-CN/domain';
import { enquiries } from './zh-CN/enquiries';

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
  patrols,
  venues,
  parking,
  surveys,
  revisits,
  fees,
  sync,
  domain,
  enquiries,
} as const;

type Catalog = typeof zhCN;
export type CatalogShape = DeepStrings<Catalog>;

const zhTW: CatalogShape = zhTWCatalog;

const en: CatalogShape = enCatalog;

export const CATALOGS: Readonly<Record<UiLanguage, CatalogShape>> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
};

let current: UiLanguage = 'zh-CN';

/** Switches every later `t()` to `language`'s catalog (the provider re-renders the screen). */
export function setLanguage(language: UiLanguage): void {
  current = language;
}

export function currentLanguage(): UiLanguage {
  return current;
}

/** The catalog in effect, for code that maps stored codes to words (audit log, settings keys). */
export function catalog(): CatalogShape {
  return CATALOGS[current];
}

type Words = Readonly<Record<string, string>>;
/** The audit log's words for stored codes that vary by table (auditLabels.ts of each language). */
export interface AuditLabelSet {
  auditTableFieldLabels: Readonly<Record<string, Words>>;
  auditValueLabels: Readonly<Record<string, Words>>;
  auditTableValueLabels: Readonly<Record<string, Readonly<Record<string, Words>>>>;
}

const AUDIT_LABELS: Readonly<Record<UiLanguage, AuditLabelSet>> = {
  'zh-CN': auditLabelsCN,
  'zh-TW': auditLabelsTW,
  en: auditLabelsEN,
};

export function auditLabels(): AuditLabelSet {
  return AUDIT_LABELS[current];
}

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalog>;
export type MessageVars = Record<string, string | number>;

function find(root: unknown, key: string): string | undefined {
  let node = root;
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

// A key the typed catalogs cannot miss; the zh-CN fallback only covers a namespace merged in
// before its translations (the catalog test fails on it).
function lookup(key: string): string {
  return find(CATALOGS[current], key) ?? find(zhCN, key) ?? key;
}

/** Translates a key, filling `{name}` placeholders from `vars`. */
export function t(key: MessageKey, vars?: MessageVars): string {
  const text = lookup(key);
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
