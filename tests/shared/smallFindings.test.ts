import { describe, expect, it } from 'vitest';
import { operatorNameSchema } from '@shared/domain/operators';
import { checkReceiptHeader } from '@shared/domain/receipt';
import { checkRefundFields } from '@shared/domain/refunds';
import { hasBidiControl } from '@shared/domain/textSafety';
import { personInputSchema } from '@shared/domain/units';

const RLO = '\u202E';

describe('names refuse bidirectional controls (issue 15 finding 11)', () => {
  it('finds overrides, isolates and zero-width marks, not ordinary text', () => {
    expect(hasBidiControl(`张三${RLO}4321`)).toBe(true);
    expect(hasBidiControl('a\u2067b')).toBe(true);
    expect(hasBidiControl('\u200B张三')).toBe(true);
    expect(hasBidiControl('张三 Zhang-San（业主）')).toBe(false);
  });

  it('in a person, an operator and a payer', () => {
    const person = personInputSchema.safeParse({
      kind: 'owner',
      name: `张三${RLO}`,
      phones: ['13812345678'],
    });
    expect(person.success).toBe(false);
    expect(operatorNameSchema.safeParse(`王${RLO}经理`).success).toBe(false);
    expect(checkReceiptHeader({ payerName: `李${RLO}四`, method: 'cash' })).toHaveLength(1);
  });
});

describe('refund voucher fields (issue 15 finding 11)', () => {
  const codes = new Set(['lost_pass_card', 'renovation_deposit_owner']);
  it('refuses an unknown method, an unknown fee item and overlong reasons', () => {
    expect(checkRefundFields({ method: 'cash', deductions: [] }, codes)).toEqual([]);
    expect(
      checkRefundFields(
        {
          method: 'bitcoin',
          note: 'x'.repeat(101),
          deductions: [
            {
              code: 'renovation_deposit_owner',
              amountFen: 100,
              reason: 'y'.repeat(101),
              feeCode: 'made_up',
            },
          ],
        },
        codes,
      ),
    ).toEqual([
      '请选择退款方式',
      '扣款项目不存在（made_up）',
      '扣款原因最多 100 个字',
      '备注最多 100 个字',
    ]);
  });
});
