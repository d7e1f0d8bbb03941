import { z } from 'zod';
import { checkCashupClose, type CashupSummary } from '@shared/domain/cashup';
import { parseAmountToFen } from '@shared/domain/money';

export interface CashupFormValues {
  float: string;
  counted: string;
  explanation: string;
  handedTo: string;
}

export const EMPTY_CASHUP: CashupFormValues = {
  float: '0',
  counted: '',
  explanation: '',
  handedTo: '',
};

/** An amount the clerk typed (0 allowed), or undefined while it is not one. */
export function typedFen(text: string, maxFen: number): number | undefined {
  const parsed = parseAmountToFen(text, { maxFen, allowZero: true });
  return parsed.ok ? parsed.fen : undefined;
}

/**
 * The closing form. `summary` is the shift as the repository computed it with the float typed;
 * the domain decides whether a difference is explained well enough to close ("账款不相符不走").
 */
export function cashupFormSchema(summary: CashupSummary | undefined, maxFen: number) {
  return z
    .object({
      float: z.string(),
      counted: z.string(),
      explanation: z.string().max(200),
      handedTo: z.string().trim().max(30),
    })
    .superRefine((v, ctx) => {
      const float = parseAmountToFen(v.float, { maxFen, allowZero: true });
      if (!float.ok) ctx.addIssue({ code: 'custom', path: ['float'], message: float.error });
      const counted = parseAmountToFen(v.counted, { maxFen, allowZero: true });
      if (!counted.ok) {
        ctx.addIssue({ code: 'custom', path: ['counted'], message: counted.error });
        return;
      }
      if (!summary) return;
      const problems = checkCashupClose(summary, counted.fen, v.explanation);
      if (problems.length > 0)
        ctx.addIssue({ code: 'custom', path: ['explanation'], message: problems.join('；') });
    });
}
