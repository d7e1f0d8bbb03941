import { z } from 'zod';
import { feeScheduleSchema, type FeeItem } from '@shared/domain/fees';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { reportIssues } from '../formSchema';

/** A fee item as the table edits it: the amount typed in yuan. */
export type FeeRow = Omit<FeeItem, 'amountFen'> & { amountYuan: string };

export interface FeesForm {
  items: FeeRow[];
}

export function toFeeRow({ amountFen, ...rest }: FeeItem): FeeRow {
  return { ...rest, amountYuan: formatFen(amountFen).replace(/,/g, '') };
}

/** The standard price may be 0: "typed at the desk" (see fees.ts). */
const parseStandard = (text: string, maxFen: number) =>
  parseAmountToFen(text, { allowZero: true, maxFen });

/** Rows back to fee items; call only on rows the form schema accepted. */
export function toFeeItems(rows: readonly FeeRow[], maxFen: number): FeeItem[] {
  return rows.map(({ amountYuan, ...rest }) => {
    const parsed = parseStandard(amountYuan, maxFen);
    return { ...rest, amountFen: parsed.ok ? parsed.fen : 0 };
  });
}

/**
 * The fee table form: each amount parsed from yuan (money.ts) with its error at the cell, then
 * the schedule checked by fees.ts. `maxFen` is the money-entry ceiling from the limits.
 */
export function feesFormSchema(maxFen: number) {
  return z.custom<FeesForm>().superRefine((form, ctx) => {
    const items = form.items.map(({ amountYuan, ...rest }, i) => {
      const parsed = parseStandard(amountYuan, maxFen);
      if (!parsed.ok)
        ctx.addIssue({ code: 'custom', message: parsed.error, path: ['items', i, 'amountYuan'] });
      return { ...rest, amountFen: parsed.ok ? parsed.fen : 0 };
    });
    reportIssues(feeScheduleSchema, items, ctx, ['items'], { amountFen: 'amountYuan' });
  });
}
