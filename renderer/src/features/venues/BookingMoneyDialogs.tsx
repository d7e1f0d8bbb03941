import { zodResolver } from '@hookform/resolvers/zod';
import { Form, Typography } from 'antd';
import { useForm, type Control, type FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain/receipt';
import { deductionProblem } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { QuickDialog } from '../../components/QuickDialog';
import { useFormSave } from '../../components/useDraftForm';
import type { VenueBookingRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePendingReceipts } from '../safety/usePendingReceipts';

interface Props {
  booking: VenueBookingRecord;
  onClose: () => void;
  onDone: (no: string) => void;
}

/** 付款方式 / 退款方式: the ledger's methods as one row of buttons. */
function MethodRow<T extends { method: PaymentMethod }>(props: {
  control: Control<T>;
  testId: string;
  label: string;
}) {
  return (
    <Field.Radio
      control={props.control}
      name={'method' as FieldPath<T>}
      label={props.label}
      solid
      testId={props.testId}
      options={Field.choices(PAYMENT_METHODS, (m) => t(`money.method.${m}`))}
    />
  );
}

const paySchema = z.object({ method: z.enum(PAYMENT_METHODS), requestId: z.string() });

/** 收费: the fee and deposit as one receipt of the ledger; its number shows at once. */
export function PayDialog({ booking, onClose, onDone }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const pending = usePendingReceipts();
  const form = useForm<{ method: PaymentMethod; requestId: string }>({
    mode: 'onChange',
    resolver: zodResolver(paySchema),
    defaultValues: { method: 'cash', requestId: crypto.randomUUID() },
  });
  const { save, error } = useFormSave(form, async (v) => {
    const r = await pending.write([v.requestId], () => repos.venues.pay(actor, booking.id, v));
    pending.confirm([v.requestId]);
    onDone(r.receiptNo);
  });
  return (
    <QuickDialog
      title={t('venues.pay.title', { no: booking.no })}
      testId="venue-pay"
      saving={form.formState.isSubmitting}
      error={error}
      onSave={save}
      onClose={onClose}
      okText={t('venues.pay.submit')}
    >
      <Form.Item label={t('venues.pay.amount')}>
        <Typography.Text strong data-testid="venue-pay-amount">
          {t('venues.form.charges', {
            fee: formatFen(booking.feeFen),
            deposit: formatFen(booking.depositFen),
          })}
        </Typography.Text>
      </Form.Item>
      <MethodRow control={form.control} testId="venue-pay-method" label={t('venues.pay.method')} />
    </QuickDialog>
  );
}

interface RefundValues {
  method: PaymentMethod;
  requestId: string;
  deduct: string;
  reason: string;
}

/** 退押金 after use (supervisor): the deposit back by a refund voucher, less what is kept. */
export function RefundDialog({ booking, onClose, onDone }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const pending = usePendingReceipts();
  const toFen = (deduct: string) =>
    deduct.trim() === ''
      ? { ok: true as const, fen: 0 }
      : parseAmountToFen(deduct, { maxFen: booking.depositFen, allowZero: true });
  const schema = z
    .object({
      method: z.enum(PAYMENT_METHODS),
      requestId: z.string(),
      deduct: z.string(),
      reason: z.string(),
    })
    .superRefine((v, ctx) => {
      const fen = toFen(v.deduct);
      if (!fen.ok) return ctx.addIssue({ code: 'custom', path: ['deduct'], message: fen.error });
      const bad = deductionProblem(booking.depositFen, fen.fen, v.reason);
      if (bad)
        ctx.addIssue({
          code: 'custom',
          path: [fen.fen > booking.depositFen ? 'deduct' : 'reason'],
          message: bad,
        });
    });
  const form = useForm<RefundValues>({
    mode: 'onChange',
    resolver: zodResolver(schema),
    defaultValues: { method: 'cash', requestId: crypto.randomUUID(), deduct: '', reason: '' },
  });
  const { save, error } = useFormSave(form, async (v) => {
    const fen = toFen(v.deduct);
    const deductFen = fen.ok ? fen.fen : 0;
    const r = await pending.write([v.requestId], () =>
      repos.venues.refundDeposit(actor, booking.id, { ...v, deductFen }),
    );
    pending.confirm([v.requestId]);
    onDone(r.refundNo);
  });
  return (
    <QuickDialog
      title={t('venues.refund.title', { no: booking.no })}
      testId="venue-refund"
      saving={form.formState.isSubmitting}
      error={error}
      onSave={save}
      onClose={onClose}
      okText={t('venues.refund.submit')}
    >
      <Form.Item label={t('venues.refund.deposit')}>
        <Typography.Text strong>{formatFen(booking.depositFen)}</Typography.Text>
      </Form.Item>
      <Field.Text
        control={form.control}
        name="deduct"
        label={t('venues.refund.deduct')}
        style={{ width: 140 }}
        testId="venue-refund-deduct"
        autoFocus
      />
      <Field.Text
        control={form.control}
        name="reason"
        label={t('venues.refund.reason')}
        testId="venue-refund-reason"
      />
      <MethodRow
        control={form.control}
        testId="venue-refund-method"
        label={t('venues.refund.method')}
      />
    </QuickDialog>
  );
}
