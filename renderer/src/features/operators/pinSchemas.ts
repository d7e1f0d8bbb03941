import { z } from 'zod';
import { operatorNameSchema, roleSchema } from '@shared/domain/operators';
import { validatePin } from '@shared/domain/pin';
import { t } from '../../i18n';

/** A PIN field: the format rule of pin.ts, its Chinese message at the field. */
export const pinFieldSchema = z.string().superRefine((pin, ctx) => {
  const problem = validatePin(pin);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

function confirmMatches(v: { pin: string; pinConfirm: string }, ctx: z.RefinementCtx): void {
  if (v.pinConfirm !== v.pin)
    ctx.addIssue({
      code: 'custom',
      message: t('operators.wizard.pinMismatch'),
      path: ['pinConfirm'],
    });
}

/** First manager (wizard) or a new operator: a name, a role and a PIN twice. */
export const newOperatorSchema = z
  .object({
    name: operatorNameSchema,
    role: roleSchema,
    pin: pinFieldSchema,
    pinConfirm: z.string(),
  })
  .superRefine(confirmMatches);
export type NewOperatorForm = z.input<typeof newOperatorSchema>;

/** Editing an operator: name and role (status has its own button); the PIN fields are unused. */
export const editOperatorSchema = z.object({
  name: operatorNameSchema,
  role: roleSchema,
  pin: z.string(),
  pinConfirm: z.string(),
}) satisfies z.ZodType<NewOperatorForm, NewOperatorForm>;

/** Changing one's own PIN: the current one, then the new one twice. */
export const ownPinSchema = z
  .object({
    currentPin: z.string().min(1, { error: () => t('operators.signIn.enterPin') }),
    pin: pinFieldSchema,
    pinConfirm: z.string(),
  })
  .superRefine(confirmMatches);
export type OwnPinForm = z.input<typeof ownPinSchema>;

/** A manager resetting someone's PIN: no current PIN asked (the field stays empty). */
export const resetPinSchema = z
  .object({ currentPin: z.string(), pin: pinFieldSchema, pinConfirm: z.string() })
  .superRefine(confirmMatches) satisfies z.ZodType<OwnPinForm, OwnPinForm>;
