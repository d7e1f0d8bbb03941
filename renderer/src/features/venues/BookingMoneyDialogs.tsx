import { zodResolver } from '@hookform/resolvers/zod';
import { Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain/receipt';
import { deductionProblem } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { QuickDialog } from '../../components/QuickDialog';
import { useStepForm, type StepFrame } from '../../components/useDraftForm';
import type { VenueBookingRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePendingReceipts } from '../safety/usePendingReceipts';

interface Props {
  booking: VenueBookingRecord;
  onClose: () => void;
  onDone: (no: string) => void;
}

/**
 * The frame of a money step on a booking: what changes hands, the step's own fields, the
 * ledger's payment methods; Ctrl+S issues the document.
 */
function LedgerStep<T extends { method: PaymentMethod }>(
  props: Props & {
    step: 'pay' | 'refund';
    /** The step's form and its frame, as useStepForm gives them. */
    form: UseFormReturn<T>;
    frame: StepFrame;
    amount: string;
    children?: ReactNode;
  },
) {
  const { step, form } = props;
  return (
    <QuickDialog
      title={t(`venues.${step}.title`, { no: props.booking.no })}
      testId={`venue-${step}`}
      {...props.frame}
      onClose={props.onClose}
      okText={t(`venues.${step}.submit`)}
    >
      <Form.Item label={t(step === 'pay' ? 'venues.pay.amount' : 'venues.refund.deposit')}>
        <Typography.Text strong data-testid={`venue-${step}-amount`}>
          {props.amount}
        </Typography.Text>
      </Form.Item>
      {props.children}
      <Field.Radio
        control={form.control}
        name={'method' as FieldPath<T>}
        label={t(`venues.${step}.method`)}
        solid
        testId={`venue-${step}-method`}
        options={Field.choices(PAYMENT_METHODS, (m) => t(`money.method.${m}`))}
      />
    </QuickDialog>
  );
}

/** Issues through the pending-receipt notes, so a crash before the number shows loses nothing. */
function useLedgerWrite(onDone: (no: string) => void) {
  const pending = usePendingReceipts();
  return async (requestId: string, write: () => Promise<string>) => {
    const no = await pending.write([requestId], write);
    pending.confirm([requestId]);
    onDone(no);
  };
}

const paySchema = z.object({ method: z.enum(PAYMENT_METHODS), requestId: z.string() });

/** 收费: the fee and deposit as one receipt of the ledger; its number shows at once. */
export function PayDialog(props: Props) {
  const { booking } = props;
  const repos = useRepos();
  const { actor } = useSession();
  const write = useLedgerWrite(props.onDone);
  const stepForm = useStepForm<{ method: PaymentMethod; requestId: string }>({
    resolver: zodResolver(paySchema),
    defaults: { method: 'cash', requestId: crypto.randomUUID() },
    save: (v) =>
      write(v.requestId, async () => (await repos.venues.pay(actor, booking.id, v)).receiptNo),
  });
  return (
    <LedgerStep
      {...props}
      {...stepForm}
      step="pay"
      amount={t('venues.form.charges', {
        fee: formatFen(booking.feeFen),
        deposit: formatFen(booking.depositFen),
      })}
    />
  );
}

interface RefundValues {
  method: PaymentMethod;
  requestId: string;
  deduct: string;
  reason: string;
}

/** 退押金 after use (supervisor): the deposit back by a refund voucher, less what is kept. */
export function RefundDialog(props: Props) {
  const { booking } = props;
  const repos = useRepos();
  const { actor } = useSession();
  const write = useLedgerWrite(props.onDone);
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
  const stepForm = useStepForm<RefundValues>({
    resolver: zodResolver(schema),
    defaults: { method: 'cash', requestId: crypto.randomUUID(), deduct: '', reason: '' },
    save: (v) => {
      const fen = toFen(v.deduct);
      const deductFen = fen.ok ? fen.fen : 0;
      return write(v.requestId, async () => {
        const r = await repos.venues.refundDeposit(actor, booking.id, { ...v, deductFen });
        return r.refundNo;
      });
    },
  });
  return (
    <LedgerStep {...props} {...stepForm} step="refund" amount={formatFen(booking.depositFen)}>
      <Field.Text
        control={stepForm.form.control}
        name="deduct"
        label={t('venues.refund.deduct')}
        style={{ width: 140 }}
        testId="venue-refund-deduct"
        autoFocus
      />
      <Field.Text
        control={stepForm.form.control}
        name="reason"
        label={t('venues.refund.reason')}
        testId="venue-refund-reason"
      />
    </LedgerStep>
  );
}
