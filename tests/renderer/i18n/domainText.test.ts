import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAmountToFen } from '@shared/domain/money';
import { validateChineseIdNumber } from '@shared/domain/identity';
import { setLanguage, zhCN } from '../../../renderer/src/i18n';
import { domainText, messageOf } from '../../../renderer/src/i18n/domainText';

const domainDir = resolve(import.meta.dirname, '../../../shared/domain');
const domainSource = readdirSync(domainDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(resolve(domainDir, f), 'utf8'))
  .join('\n');

function texts(node: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'object' && node !== null)
    for (const [k, v] of Object.entries(node)) texts(v, `${path}.${k}`, out);
  return out;
}

describe('domainText: shared/domain words in the desk language', () => {
  afterEach(() => setLanguage('zh-CN'));

  it('leaves the domain text as it is in 简体中文', () => {
    expect(domainText('请填写缴款人')).toBe('请填写缴款人');
  });

  it('translates messages, labels and messages that carry a value', () => {
    setLanguage('en');
    expect(domainText('请填写缴款人')).toBe('Enter the payer');
    expect(domainText('缴款人最多 60 个字')).toBe('The payer can have at most 60 characters');
    // The value is a domain word itself: 业主 becomes Owner inside the sentence.
    expect(domainText('业主至少需要一个联系电话')).toBe('Owner needs at least one phone');
    expect(domainText('已处理待回访')).toBe('Resolved, follow-up due');
    setLanguage('zh-TW');
    expect(domainText('请填写缴款人')).toBe('請填寫繳款人');
  });

  it('translates what the domain rules really say', () => {
    setLanguage('en');
    const amount = parseAmountToFen('12.345', { maxFen: 10_000_000 });
    expect(amount.ok).toBe(false);
    if (!amount.ok) expect(domainText(amount.error)).toBe('At most two decimals (fen)');
    const id = validateChineseIdNumber('110105194912310021');
    expect(id.ok).toBe(false);
    if (!id.ok) expect(domainText(id.error)).toBe("The ID card number's check digit is wrong");
  });

  it('shows a caught refusal (a toast, a dialog error) in the desk language', () => {
    setLanguage('en');
    expect(messageOf(new Error('请填写缴款人'))).toBe('Enter the payer');
    expect(messageOf('请填写缴款人')).toBe('Enter the payer');
    setLanguage('zh-CN');
    expect(messageOf(new Error('请填写缴款人'))).toBe('请填写缴款人');
  });

  it('shows an unlisted domain text unchanged, in Chinese', () => {
    setLanguage('en');
    expect(domainText('这条规则还没有译文')).toBe('这条规则还没有译文');
  });

  it('every message and phrase of the zh-CN domain catalog still occurs in shared/domain', () => {
    const missing: string[] = [];
    for (const [path, text] of [
      ...texts(zhCN.domain.messages, 'messages'),
      ...texts(zhCN.domain.phrases, 'phrases'),
    ]) {
      // `{name}` stands where the domain puts a value (`${max}`); the rest must be there verbatim.
      for (const part of text.split(/\{\w+\}/))
        if (!domainSource.includes(part)) missing.push(`${path}: ${part}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('domainText: the public-space booking refusals (issue 19)', () => {
  afterEach(() => setLanguage('zh-CN'));

  it('shows a clash and the opening hours at the field in English, values kept', () => {
    setLanguage('en');
    expect(domainText('该时段已被预约：14:00–16:00（CD-202611-0001），请另选时间')).toBe(
      'This time is already booked: 14:00–16:00 (CD-202611-0001); choose another time',
    );
    expect(domainText('超出开放时间：多功能厅当日开放 08:00–21:00')).toBe(
      'Outside the opening hours: 多功能厅 opens 08:00–21:00 that day',
    );
  });
});
