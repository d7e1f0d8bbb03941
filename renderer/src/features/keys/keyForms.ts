import { z } from 'zod';
import { KEY_KINDS, type KeyKind } from '@shared/domain/keys';
import { phoneText } from '@shared/domain/identity';

const kindKeys = Object.keys(KEY_KINDS) as [KeyKind, ...KeyKind[]];

/** 登记钥匙 form; Chinese messages at the field. */
export const keyFormSchema = z.object({
  label: z.string().trim().min(1, '请填写编号').max(20, '编号最多 20 个字'),
  name: z.string().trim().min(1, '请填写名称').max(40, '名称最多 40 个字'),
  kind: z.enum(kindKeys, '请选择类别'),
  hook: z.string().trim().max(10, '最多 10 个字'),
  unitId: z.string(),
  unitCode: z.string().trim().max(30),
  count: z.number('请填写把数').int('把数应为整数').min(1, '把数至少为 1').max(99),
  note: z.string().trim().max(200),
});
export type KeyFormValues = z.infer<typeof keyFormSchema>;

export const newKeyValues = (): KeyFormValues => ({
  label: '',
  name: '',
  kind: 'public',
  hook: '',
  unitId: '',
  unitCode: '',
  count: 1,
  note: '',
});

/** 借出 form: due time typed as local `YYYY-MM-DDTHH:mm`. */
export const lendFormSchema = z.object({
  borrower: z.string().trim().min(1, '请填写借用人').max(30, '最多 30 个字'),
  borrowerPhone: phoneText(),
  reason: z.string().trim().min(1, '请填写事由').max(100, '最多 100 个字'),
  dueAt: z
    .string()
    .min(1, '请填写应还时间')
    .refine((v) => Date.parse(v) > Date.now(), '应还时间必须晚于现在'),
});
export type LendFormValues = z.infer<typeof lendFormSchema>;

/** A due time two hours from now, in local time for the datetime-local input. */
export function defaultDue(hours = 2): string {
  const d = new Date(Date.now() + hours * 3_600_000);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}
