/**
 * One phone rule and one ID rule in every form: each register's schema refuses the same bad
 * number with the same Chinese message at its own field, and stores a good one normalized.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { caseIntakeSchema } from '@shared/domain/complaintSchemas';
import { idCardText, phoneText } from '@shared/domain/identity';
import { releasePassSchema } from '@shared/domain/releasePass';
import { renovationApplicationSchema } from '@shared/domain/renovationApplication';
import { workOrderInputSchema } from '@shared/domain/repairs';
import { personInputSchema } from '@shared/domain/units';
import { visitInputSchema } from '@shared/domain/visitors';
import { lendFormSchema } from '../../renderer/src/features/keys/keyForms';
import { moveInFormSchema } from '../../renderer/src/features/movein/moveInForm';

const BAD_PHONE = '电话号码格式不正确（手机 11 位，座机如 0755-12345678）';

/** The messages a schema gives at one field path for an otherwise empty input. */
function messagesAt(schema: z.ZodType, input: Record<string, unknown>, path: string): string[] {
  const r = schema.safeParse(input);
  return (r.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message);
}

const phoneFields: [string, z.ZodType, string, Record<string, unknown>][] = [
  ['visitor', visitInputSchema, 'phone', { idType: 'idCard' }],
  ['work order', workOrderInputSchema, 'contactPhone', {}],
  ['release pass', releasePassSchema, 'carrierPhone', {}],
  ['renovation owner', renovationApplicationSchema, 'ownerPhone', {}],
  ['renovation contractor', renovationApplicationSchema, 'contractorPhone', {}],
  ['key loan', lendFormSchema, 'borrowerPhone', {}],
  ['move-in', moveInFormSchema, 'applicantPhone', {}],
  ['complaint intake', caseIntakeSchema, 'customerPhone', {}],
];

describe('the phone rule of every form', () => {
  it.each(phoneFields)(
    '%s refuses a five-digit number with the one message',
    (_, schema, field, base) => {
      expect(messagesAt(schema, { ...base, [field]: '12345' }, field)).toEqual([BAD_PHONE]);
    },
  );

  it.each(phoneFields)('%s takes a landline typed with spaces', (_, schema, field, base) => {
    expect(messagesAt(schema, { ...base, [field]: '0755 1234 5678' }, field)).toEqual([]);
  });

  it('the archive person keeps the same rule for each of several phones', () => {
    expect(messagesAt(personInputSchema, { name: '张三', phones: ['12345'] }, 'phones.0')).toEqual([
      BAD_PHONE,
    ]);
  });

  it('stores the number normalized, and says when a required one is missing', () => {
    expect(phoneText().parse(' 138 1234 5678 ')).toBe('13812345678');
    expect(phoneText().parse('(0755)12345678')).toBe('0755-12345678');
    expect(phoneText().parse('')).toBe('');
    expect(phoneText({ required: '请填写联系电话' }).safeParse('').error?.issues[0]?.message).toBe(
      '请填写联系电话',
    );
  });
});

describe('the ID rule of every form', () => {
  const badCheck = '110105194912310021';
  const good = '11010519491231002x';

  it('refuses a wrong check character alike for a visitor, a resident and a worker', () => {
    const message = '身份证号校验位不正确';
    expect(
      messagesAt(
        visitInputSchema,
        {
          name: '李四',
          idType: 'idCard',
          idNumber: badCheck,
          phone: '',
          unitCode: '3-1-1201',
          host: '',
          reason: '探亲',
          people: 1,
        },
        'idNumber',
      ),
    ).toEqual([message]);
    expect(
      messagesAt(
        personInputSchema,
        { name: '张三', phones: ['13812345678'], idType: 'idCard', idNumber: badCheck },
        'idNumber',
      ),
    ).toEqual([message]);
    expect(
      messagesAt(
        renovationApplicationSchema,
        { workers: [{ name: '赵一', idNumber: badCheck }] },
        'workers.0.idNumber',
      ),
    ).toEqual([message]);
  });

  it('stores a 身份证 number with an upper-case X, blank when not given', () => {
    expect(idCardText().parse(good)).toBe('11010519491231002X');
    expect(idCardText().parse(' ')).toBe('');
  });
});
