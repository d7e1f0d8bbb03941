/**
 * Shows a text of shared/domain (a label, a zod or rule message) in the language in effect. The
 * domain keeps speaking Chinese, so its rules and tests stay as they are; the zh-CN `domain`
 * catalog lists the texts that reach the screen, and this finds a text there — exactly, or by a
 * message's `{name}` pattern, taking the values back out — and returns the same key's text in the
 * current language. A text not in the catalog comes back unchanged (Chinese).
 */
import { currentLanguage, t, zhCN, type MessageKey, type MessageVars } from './index';

interface Pattern {
  key: MessageKey;
  regex: RegExp;
  names: string[];
}

let exact: Map<string, MessageKey> | undefined;
let patterns: Pattern[] | undefined;

function walk(node: unknown, path: string, visit: (key: string, text: string) => void): void {
  if (typeof node === 'string') visit(path, node);
  else if (typeof node === 'object' && node !== null)
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`, visit);
}

function index(): { exact: Map<string, MessageKey>; patterns: Pattern[] } {
  if (!exact || !patterns) {
    const e = new Map<string, MessageKey>();
    const p: Pattern[] = [];
    walk(zhCN.domain, 'domain', (key, text) => {
      const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      // The first key of a text wins: 其他 means "other" in every list it is in.
      if (names.length === 0) {
        if (!e.has(text)) e.set(text, key as MessageKey);
        return;
      }
      const source = text
        .split(/\{\w+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('(.+?)');
      p.push({ key: key as MessageKey, regex: new RegExp(`^${source}$`), names });
    });
    exact = e;
    patterns = p;
  }
  return { exact, patterns };
}

/** The catalog key of a domain text and the values it carried, if the catalog has it. */
export function domainKeyOf(text: string): { key: MessageKey; vars?: MessageVars } | undefined {
  const { exact: e, patterns: p } = index();
  const key = e.get(text);
  if (key) return { key };
  for (const pattern of p) {
    const m = pattern.regex.exec(text);
    if (m) {
      const vars: MessageVars = {};
      pattern.names.forEach((name, i) => {
        // A value that is itself a domain word (业主 in "业主至少需要…") is translated too.
        vars[name] = domainText(m[i + 1] ?? '');
      });
      return { key: pattern.key, vars };
    }
  }
  return undefined;
}

/** `text` from shared/domain in the language in effect (unchanged in zh-CN or when unknown). */
export function domainText(text: string): string;
export function domainText(text: string | undefined): string | undefined;
export function domainText(text: string | undefined): string | undefined {
  if (text === undefined || currentLanguage() === 'zh-CN') return text;
  const found = domainKeyOf(text);
  return found ? t(found.key, found.vars) : text;
}

/**
 * The message of an error caught at a screen's edge (a toast, a dialog's error line): a rule's
 * refusal from shared/domain or a repository speaks Chinese, so it goes through `domainText`
 * like a field's message does.
 */
export function messageOf(err: unknown): string {
  return domainText(err instanceof Error ? err.message : String(err));
}
