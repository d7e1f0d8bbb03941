import { DEFAULT_FEE_ITEMS, type FeeItem } from '@shared/domain/fees';

/** What the money repositories read from settings when they issue a document. */
export interface MoneySettings {
  feeItems: readonly FeeItem[];
  /** Ceiling of one receipt's total, in fen (an absurd amount is a typo, not a payment). */
  maxReceiptFen: number;
}

/** Reads the current money settings; injected so repositories don't touch the settings table. */
export type MoneySettingsReader = () => Promise<MoneySettings>;

/** 100,000.00 元: above any deposit or fee of the desk's fee table. */
export const DEFAULT_MAX_RECEIPT_FEN = 10_000_000;

/** The defaults, for tests and until the settings hold their own values. */
export const defaultMoneySettings: MoneySettingsReader = async () => ({
  feeItems: DEFAULT_FEE_ITEMS,
  maxReceiptFen: DEFAULT_MAX_RECEIPT_FEN,
});
