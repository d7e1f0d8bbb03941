/**
 * Desk settings that no other domain module owns: printing per document type, and the limits
 * that guard money entry and accounts.
 *
 * Policy:
 * - Every document type has its own printer choice; a type without one prints through the
 *   system dialog on the default printer, so a newly added document never prints silently to
 *   the wrong printer.
 * - Receipts print on half an A4 sheet (laser) or on 241×93 mm multi-part paper (dot matrix).
 * - `maxAmountFen` stops a clerk's extra zero (default 100,000.00 元: above the largest deposit
 *   the manuals name by two orders of magnitude). `idleLockMinutes` 0 turns the idle lock off.
 * - A PIN locks after `pinMaxFailures` wrong entries in a row for `pinLockMinutes` (pin.ts's
 *   `lockoutState`; defaults from its `DEFAULT_LOCKOUT`).
 * - The screen language is the desk's (every operator at this PC sees it; any of them may switch
 *   it, since it changes no record): 简体中文 by default, 繁體中文 or English. Printed forms
 *   follow it; receipts keep the Chinese 大写 amount in every language.
 */
import { z } from 'zod';
import { DEFAULT_LOCKOUT } from './pin';

/** Document types the app prints (the `kind` of a print request); names live in the i18n catalog. */
export const PRINT_DOCUMENT_KINDS = [
  'receipt',
  'refundVoucher',
  'constructionPermit',
  'workerPass',
  'hotWorkPermit',
  'renovationAgreement',
  'workOrder',
  'releasePass',
  'paymentNotice',
  'form',
  'report',
] as const;

export type PrintDocumentKind = (typeof PRINT_DOCUMENT_KINDS)[number];

/** The UI languages, as BCP 47 tags (also the `<html lang>`); each has a message catalog. */
export const UI_LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'zh-CN';
/** Each language by its own name (never translated: a reader finds hers in any language). */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};
export const uiLanguageSchema = z.enum(UI_LANGUAGES, '请选择界面语言');

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export const RECEIPT_PAPERS = ['half-A4', '241x93'] as const;
export type ReceiptPaper = (typeof RECEIPT_PAPERS)[number];

/** How one document type prints. No printer name = the system default printer. */
export interface PrintChoice {
  printerName?: string;
  mode: 'dialog' | 'silent';
  copies: number;
}

export interface PrintingSettings {
  receiptPaper: ReceiptPaper;
  documents: Partial<Record<PrintDocumentKind, PrintChoice>>;
}

const printChoiceSchema = z.object({
  printerName: z.string().trim().max(300, '打印机名称过长').optional(),
  mode: z.enum(['dialog', 'silent'], '请选择打印方式'),
  copies: z.int('份数须为整数').min(1, '至少 1 份').max(5, '最多 5 份'),
});

/** Printing settings; unknown document types are refused, so a typo cannot hide a choice. */
export const printingSettingsSchema = z.object({
  receiptPaper: z.enum(RECEIPT_PAPERS, '请选择收据纸张').default('half-A4'),
  documents: z.partialRecord(z.enum(PRINT_DOCUMENT_KINDS), printChoiceSchema).default({}),
}) satisfies z.ZodType<PrintingSettings, unknown>;

export const DEFAULT_PRINT_CHOICE: PrintChoice = { mode: 'dialog', copies: 1 };

export const DEFAULT_PRINTING: PrintingSettings = { receiptPaper: 'half-A4', documents: {} };

/** How a document of `kind` prints: its own choice, else the dialog on the default printer. */
export function printChoiceFor(settings: PrintingSettings, kind: string): PrintChoice {
  const own = Object.hasOwn(settings.documents, kind)
    ? settings.documents[kind as PrintDocumentKind]
    : undefined;
  return own ?? DEFAULT_PRINT_CHOICE;
}

export interface LimitsSettings {
  /** Highest amount a money field accepts, in fen. */
  maxAmountFen: number;
  /** Minutes without input before the screen locks; 0 = never. */
  idleLockMinutes: number;
  pinMaxFailures: number;
  pinLockMinutes: number;
}

export const DEFAULT_LIMITS: LimitsSettings = {
  maxAmountFen: 10_000_000,
  idleLockMinutes: 10,
  pinMaxFailures: DEFAULT_LOCKOUT.maxFailures,
  pinLockMinutes: DEFAULT_LOCKOUT.lockMinutes,
};

export const limitsSettingsSchema = z.object({
  maxAmountFen: z
    .int('金额须为整数分')
    .min(100, '金额上限至少 1.00 元')
    .max(100_000_000, '金额上限不能超过 1,000,000.00 元')
    .default(DEFAULT_LIMITS.maxAmountFen),
  idleLockMinutes: z
    .int('请输入整数')
    .min(0, '不能为负数')
    .max(240, '不能超过 240 分钟')
    .default(DEFAULT_LIMITS.idleLockMinutes),
  pinMaxFailures: z
    .int('请输入整数')
    .min(3, '至少 3 次')
    .max(10, '最多 10 次')
    .default(DEFAULT_LIMITS.pinMaxFailures),
  pinLockMinutes: z
    .int('请输入整数')
    .min(1, '至少 1 分钟')
    .max(60, '最多 60 分钟')
    .default(DEFAULT_LIMITS.pinLockMinutes),
}) satisfies z.ZodType<LimitsSettings, unknown>;
