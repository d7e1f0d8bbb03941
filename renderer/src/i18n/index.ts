/**
 * The message catalogs. Every UI string goes through `t()`, which reads the catalog of the
 * language in effect: 简体中文 (zh-CN, the source), 繁體中文 (zh-TW, generated once from zh-CN by
 * tests/tools/convertZhTw.mjs and reviewed) and English (written by hand). The other two are
 * typed against zh-CN's shape, so a key missing or extra in either is a type error, and
 * tests/renderer/i18nCatalogs.test.ts checks keys and `{name}` placeholders at run time.
 *
 * The language is a module-level setting (`setLanguage`, called by the app's LanguageProvider
 * when the desk's `language` setting changes), so `t()` works the same in components, hooks and
 * print templates; the provider re-renders the shell so what is on screen follows at once.
 * Catalogs are split by feature; each feature registers its namespace in all three below.
 */
import type { UiLanguage } from '@shared/domain/deskSettings';
import type { DeepStrings } from './catalogTypes';
import * as auditLabelsEN from './en/auditLabels';
import * as auditLabelsCN from './zh-CN/auditLabels';
import * as auditLabelsTW from './zh-TW/auditLabels';
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
import { surveys } from './zh-CN/surveys';
import { revisits } from './zh-CN/revisits';
import { fees } from './zh-CN/fees';
import { sync } from './zh-CN/sync';
import { domain } from './zh-CN/domain';
import { enquiries } from './zh-CN/enquiries';

import { archive as archiveTW } from './zh-TW/archive';
import { backup as backupTW } from './zh-TW/backup';
import { storage as storageTW } from './zh-TW/storage';
import { common as commonTW } from './zh-TW/common';
import { nav as navTW, shell as shellTW } from './zh-TW/shell';
import { operators as operatorsTW } from './zh-TW/operators';
import { settings as settingsTW } from './zh-TW/settings';
import { audit as auditTW } from './zh-TW/audit';
import { money as moneyTW } from './zh-TW/money';
import { print as printTW } from './zh-TW/print';
import { release as releaseTW } from './zh-TW/release';
import { keys as keysTW } from './zh-TW/keys';
import { handover as handoverTW } from './zh-TW/handover';
import { movein as moveinTW } from './zh-TW/movein';
import { renovation as renovationTW } from './zh-TW/renovation';
import { repairs as repairsTW } from './zh-TW/repairs';
import { mail as mailTW } from './zh-TW/mail';
import { visitors as visitorsTW } from './zh-TW/visitors';
import { complaints as complaintsTW } from './zh-TW/complaints';
import { safety as safetyTW } from './zh-TW/safety';
import { reviewReport as reviewReportTW } from './zh-TW/reviewReport';
import { review as reviewTW } from './zh-TW/review';
import { home as homeTW } from './zh-TW/home';
import { patrols as patrolsTW } from './zh-TW/patrols';
import { venues as venuesTW } from './zh-TW/venues';
import { surveys as surveysTW } from './zh-TW/surveys';
import { revisits as revisitsTW } from './zh-TW/revisits';
import { fees as feesTW } from './zh-TW/fees';
import { sync as syncTW } from './zh-TW/sync';
import { domain as domainTW } from './zh-TW/domain';
import { enquiries as enquiriesTW } from './zh-TW/enquiries';
import { archive as archiveEN } from './en/archive';
import { backup as backupEN } from './en/backup';
import { storage as storageEN } from './en/storage';
import { common as commonEN } from './en/common';
import { nav as navEN, shell as shellEN } from './en/shell';
import { operators as operatorsEN } from './en/operators';
import { settings as settingsEN } from './en/settings';
import { audit as auditEN } from './en/audit';
import { money as moneyEN } from './en/money';
import { print as printEN } from './en/print';
import { release as releaseEN } from './en/release';
import { keys as keysEN } from './en/keys';
import { handover as handoverEN } from './en/handover';
import { movein as moveinEN } from './en/movein';
import { renovation as renovationEN } from './en/renovation';
import { repairs as repairsEN } from './en/repairs';
import { mail as mailEN } from './en/mail';
import { visitors as visitorsEN } from './en/visitors';
import { complaints as complaintsEN } from './en/complaints';
import { safety as safetyEN } from './en/safety';
import { reviewReport as reviewReportEN } from './en/reviewReport';
import { review as reviewEN } from './en/review';
import { home as homeEN } from './en/home';
import { patrols as patrolsEN } from './en/patrols';
import { venues as venuesEN } from './en/venues';
import { surveys as surveysEN } from './en/surveys';
import { revisits as revisitsEN } from './en/revisits';
import { fees as feesEN } from './en/fees';
import { sync as syncEN } from './en/sync';
import { domain as domainEN } from './en/domain';
import { enquiries as enquiriesEN } from './en/enquiries';

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
  surveys,
  revisits,
  fees,
  sync,
  domain,
  enquiries,
} as const;

type Catalog = typeof zhCN;
export type CatalogShape = DeepStrings<Catalog>;

const zhTW: CatalogShape = {
  safety: safetyTW,
  release: releaseTW,
  keys: keysTW,
  handover: handoverTW,
  movein: moveinTW,
  common: commonTW,
  nav: navTW,
  shell: shellTW,
  operators: operatorsTW,
  settings: settingsTW,
  audit: auditTW,
  money: moneyTW,
  print: printTW,
  archive: archiveTW,
  backup: backupTW,
  storage: storageTW,
  renovation: renovationTW,
  repairs: repairsTW,
  mail: mailTW,
  visitors: visitorsTW,
  complaints: complaintsTW,
  reviewReport: reviewReportTW,
  review: reviewTW,
  home: homeTW,
  patrols: patrolsTW,
  venues: venuesTW,
  surveys: surveysTW,
  revisits: revisitsTW,
  fees: feesTW,
  sync: syncTW,
  domain: domainTW,
  enquiries: enquiriesTW,
};

const en: CatalogShape = {
  safety: safetyEN,
  release: releaseEN,
  keys: keysEN,
  handover: handoverEN,
  movein: moveinEN,
  common: commonEN,
  nav: navEN,
  shell: shellEN,
  operators: operatorsEN,
  settings: settingsEN,
  audit: auditEN,
  money: moneyEN,
  print: printEN,
  archive: archiveEN,
  backup: backupEN,
  storage: storageEN,
  renovation: renovationEN,
  repairs: repairsEN,
  mail: mailEN,
  visitors: visitorsEN,
  complaints: complaintsEN,
  reviewReport: reviewReportEN,
  review: reviewEN,
  home: homeEN,
  patrols: patrolsEN,
  venues: venuesEN,
  surveys: surveysEN,
  revisits: revisitsEN,
  fees: feesEN,
  sync: syncEN,
  domain: domainEN,
  enquiries: enquiriesEN,
};

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
