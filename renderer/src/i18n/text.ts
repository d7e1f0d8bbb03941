/**
 * Punctuation and amounts that differ by language, for screens and print templates alike:
 * Chinese writes a full-width colon and brackets (`缴款人：`, `（单位）`), English `: ` and ` ()`.
 */
import { toChineseCapital } from '@shared/domain/money';
import { currentLanguage, t } from './index';

/** The colon after a label. */
export function colon(): string {
  return t('common.colon');
}

/** `text` in brackets after what precedes it. */
export function inParens(text: string | number): string {
  return t('common.inParens', { text });
}

/**
 * An amount in Chinese capitals (大写) as the language in effect prints it: traditional
 * characters for 繁體中文; simplified for 简体中文 and for English too, since a receipt is a
 * legal document in mainland China and keeps its Chinese capitals line in any language.
 */
export function capitalAmount(fen: number): string {
  return toChineseCapital(fen, currentLanguage() === 'zh-TW' ? 'traditional' : 'simplified');
}
