import { zodResolver } from '@hookform/resolvers/zod';
import { Form, Typography } from 'antd';
import { useMemo } from 'react';
import { z } from 'zod';
import { formatFen } from '@shared/domain/money';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain/receipt';
import { REVISIT_RESULTS, type RevisitResult } from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { QuickDialog } from '../../components/QuickDialog';
import { useStepForm } from '../../components/useDraftForm';
import type { ReceiptRecord, WorkOrderRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { errorText, resultFormSchema, toWorkResult, type ResultFormValues } from './workOrderForm';

const L = Field.labelsIn('repairs.result');

interface OrderProps {
  order: WorkOrderRecord;
  onClose: () => void;
}

/** 填写处理结果: what the worker did, materials, charge (paid orders), customer signed. */
export function ResultDialog({
  order,
  maxFen,
  onClose,
  onSaved,
}: OrderProps & { maxFen: number; onSaved: (o: WorkOrderRecord) => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(
    () => zodResolver(resultFormSchema(order.paid, maxFen)),
    [order.paid, maxFen],
  );
  const { form, frame } = useStepForm<ResultFormValues>({
    resolver,
    defaults: {
      workDone: order.workDone ?? '',
      materials: order.materials ?? '',
      worker: order.worker ?? '',
      charge: order.chargeFen ? formatFen(order.chargeFen) : '',
      customerSigned: true,
    },
    save: async (v) =>
      onSaved(
        await repos.workOrders.complete(actor, order.id, toWorkResult(v, order.paid, maxFen)),
      ),
    describe: errorText,
  });
  const c = form.control;
  const F = Field.useRows(c);
  return (
    <QuickDialog
      title={t('repairs.result.title', { no: order.no })}
      testId="wo-result"
      {...frame}
      onClose={onClose}
    >
      <F.Text name="workDone" label={L('workDone')} required autoFocus testId="wo-result-done" />
      <F.Text name="materials" label={L('materials')} />
      <F.Text name="worker" label={L('worker')} required testId="wo-result-worker" />
      {order.paid && (
        <F.Text
          name="charge"
          label={L('charge')}
          required
          style={{ width: 160 }}
          suffix={t('repairs.result.chargePlaceholder')}
          testId="wo-result-charge"
        />
      )}
      <F.Check name="customerSigned" label=" " text={t('repairs.result.customerSigned')} />
    </QuickDialog>
  );
}

const chargeSchema = z.object({
  payerName: z.string().trim().min(1, '请填写缴款人').max(60, '缴款人最多 60 个字'),
  method: z.enum(PAYMENT_METHODS),
  requestId: z.string(),
});

/** 收费: the order's charge taken through the money ledger; the receipt prints from there. */
export function ChargeDialog({
  order,
  onClose,
  onCharged,
}: OrderProps & { onCharged: (r: ReceiptRecord) => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const pending = usePendingReceipts();
  const { form, frame } = useStepForm<{
    payerName: string;
    method: PaymentMethod;
    requestId: string;
  }>({
    resolver: zodResolver(chargeSchema),
    defaults: { payerName: order.contactName, method: 'cash', requestId: crypto.randomUUID() },
    save: async (v) => {
      const { receipt } = await pending.write([v.requestId], () =>
        repos.workOrders.charge(actor, order.id, v),
      );
      onCharged(receipt);
      pending.confirm([v.requestId]);
    },
    describe: errorText,
  });
  return (
    <QuickDialog
      title={t('repairs.charge.title', { no: order.no })}
      testId="wo-charge"
      {...frame}
      onClose={onClose}
      okText={t('repairs.charge.submit')}
    >
      <Form.Item label={t('repairs.charge.amount')}>
        <Typography.Text strong data-testid="wo-charge-amount">
          ¥{formatFen(order.chargeFen ?? 0)}
        </Typography.Text>
      </Form.Item>
      <Field.Text
        control={form.control}
        name="payerName"
        label={t('repairs.charge.payer')}
        required
        autoFocus
      />
      <Field.Radio
        control={form.control}
        name="method"
        label={t('repairs.charge.method')}
        solid
        testId="wo-charge-method"
        options={Field.choices(PAYMENT_METHODS, (m) => t(`money.method.${m}`))}
      />
    </QuickDialog>
  );
}

const revisitSchema = z
  .object({ result: z.enum(REVISIT_RESULTS), note: z.string().trim().max(200, '最多 200 个字') })
  .superRefine((v, ctx) => {
    if (v.result === 'unsatisfied' && v.note === '')
      ctx.addIssue({ code: 'custom', path: ['note'], message: '不满意请填写原因' });
  });

/** 回访: satisfied closes the order when nothing else is left; not satisfied reopens it. */
export function RevisitDialog({
  order,
  onClose,
  onSaved,
}: OrderProps & { onSaved: (o: WorkOrderRecord) => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { form, frame } = useStepForm<{ result: RevisitResult; note: string }>({
    resolver: zodResolver(revisitSchema),
    defaults: { result: 'satisfied', note: '' },
    save: async (v) => onSaved(await repos.workOrders.revisit(actor, order.id, v.result, v.note)),
    describe: errorText,
  });
  return (
    <QuickDialog
      title={t('repairs.revisit.title', { no: order.no })}
      testId="wo-revisit"
      {...frame}
      onClose={onClose}
    >
      <Field.Radio
        control={form.control}
        name="result"
        label={t('repairs.revisit.result')}
        testId="wo-revisit-result"
        options={Field.choices(REVISIT_RESULTS, (r) => t(`repairs.revisitResult.${r}`))}
      />
      <Field.Text
        control={form.control}
        name="note"
        label={t('repairs.revisit.note')}
        autoFocus
        placeholder={t('repairs.revisit.notePlaceholder')}
        testId="wo-revisit-note"
      />
    </QuickDialog>
  );
}
