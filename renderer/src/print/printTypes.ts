import type { PageSize } from '@shared/ipc';
import type { ReceiptPaper } from '@shared/domain/deskSettings';
import type { MoneyDoc, PayerKind, SourceLink } from '@shared/domain/receipt';

/** What the templates print of the property profile (settings → 物业信息). */
export interface PrintProfile {
  name: string;
  address?: string;
  phone?: string;
  /** Text of the office stamp, printed where the stamp goes (盖章处). */
  stampText?: string;
  /** A `data:image/…` URL; anything else is ignored. */
  logoDataUrl?: string;
}

/** A receipt or refund voucher as the templates need it; a stored ReceiptRecord fits. */
export interface PrintableMoneyDoc extends MoneyDoc {
  payerKind: PayerKind;
  payerName: string;
  unitCode?: string;
  methodRef?: string;
  clerkName: string;
  source?: SourceLink;
  note?: string;
  refundOfNo?: string;
  voidReason?: string;
  voidedByName?: string;
}

export interface MoneyPrintOptions {
  paper: ReceiptPaper;
  /** Set on a reprint: the time printed beside 补打. */
  reprintAt?: string;
}

/** A finished page: what `printDocument` sends to the host. */
export interface BuiltDocument {
  kind: string;
  title: string;
  html: string;
  pageSize: PageSize;
  landscape: boolean;
  /** Page size in millimetres, for the true-size preview. */
  widthMm: number;
  heightMm: number;
}
