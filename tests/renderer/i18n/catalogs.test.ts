import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@shared/domain/deskSettings';
import { auditLabels, CATALOGS, setLanguage, t, zhCN } from '../../../renderer/src/i18n';

/** Every leaf of a catalog as `path → text`; a non-string leaf is reported as itself. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    out.set(prefix, node);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Compares a catalog against zh-CN: missing and extra keys, non-strings, placeholders. */
function differences(source: unknown, other: unknown): string[] {
  const want = leaves(source);
  const have = leaves(other);
  const problems: string[] = [];
  for (const [path, text] of want) {
    const got = have.get(path);
    if (got === undefined) problems.push(`missing ${path}`);
    else if (typeof got !== 'string' || (got.trim() === '' && String(text).trim() !== ''))
      problems.push(`not a text ${path}`);
    else if (placeholders(String(text)).join() !== placeholders(got).join())
      problems.push(
        `placeholders differ at ${path}: {${placeholders(String(text)).join('},{')}} vs {${placeholders(got).join('},{')}}`,
      );
  }
  for (const path of have.keys()) if (!want.has(path)) problems.push(`extra ${path}`);
  return problems;
}

describe('message catalogs', () => {
  afterEach(() => setLanguage('zh-CN'));

  it.each(UI_LANGUAGES)(
    '%s has exactly the zh-CN keys, all texts, the same placeholders',
    (language) => {
      expect(differences(zhCN, CATALOGS[language])).toEqual([]);
    },
  );

  it.each(UI_LANGUAGES)('%s audit labels have the zh-CN tables, fields and codes', (language) => {
    setLanguage('zh-CN');
    const source = auditLabels();
    setLanguage(language);
    expect(differences(source, auditLabels())).toEqual([]);
  });

  it('reports what a broken catalog gets wrong (the check itself can fail)', () => {
    const source = { a: { b: '共 {count} 件', c: '标题' } };
    expect(differences(source, { a: { b: '{n} items', d: 'x' } })).toEqual([
      'placeholders differ at a.b: {count} vs {n}',
      'missing a.c',
      'extra a.d',
    ]);
  });

  it('every zh-CN namespace file has its zh-TW and English data file', () => {
    const dir = resolve(import.meta.dirname, '../../../renderer/src/i18n');
    const names = (lang: string) =>
      readdirSync(resolve(dir, lang))
        .filter((file) => file !== 'catalog.ts')
        .map((file) => file.replace(/\.(ts|json)$/, ''))
        .sort();
    expect(names('zh-TW')).toEqual(names('zh-CN'));
    expect(names('en')).toEqual(names('zh-CN'));
  });

  it('t() reads the language in effect, so templates outside React follow it too', () => {
    expect(t('nav.money')).toBe('收费收据');
    setLanguage('zh-TW');
    expect(t('nav.money')).toBe('收費收據');
    setLanguage('en');
    expect(t('nav.money')).toBe('Receipts');
    expect(t('visitors.minutes', { minutes: 5 })).toBe('5 min');
  });

  it('zh-TW carries the property terms in the Taiwan forms, not OpenCC over-conversions', () => {
    const tw = [...leaves(CATALOGS['zh-TW']).values()].join('\n');
    for (const word of ['物業', '業主', '裝修', '收據', '押金', '回訪', '台帳'])
      expect(tw).toContain(word);
    for (const wrong of ['型別', '專案', '物件', '許可權', '稽核', '臺賬', '资', '业', '据'])
      expect(tw).not.toContain(wrong);
  });
});
