import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatFen } from '@shared/domain/money';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain/receipt';
import { REVISIT_RESULTS, type RevisitResult } from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import type { ReceiptRecord, WorkOrderRecord } from '../../db/records';
import { t } from '../../i18n';
import { useFormKeys } from '../../components/useFormKeys';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { errorText, resultFormSchema, toWorkResult, type ResultFormValues } from './workOrderForm';

interface FrameProps {
  title: string;
  testId: string;
  saving: boolean;
  error: string | null;
  onSave: () => void;
  onClose: () => void;
  okText?: string;
  children: ReactNode;
}

/** A small keyboard-first dialog: Enter moves on and saves on the last field, Ctrl+S saves. */
function Dialog({ title, testId, saving, error, onSave, onClose, okText, children }: FrameProps) {
  const onKeyDown = useFormKeys(onSave);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={saving}
          onClick={onSave}
          data-testid={`${testId}-save`}
        >
          {okText ?? t('common.save')}
        </Button>,
      ]}
      destroyOnHidden
      width={560}
    >
      <div onKeyDown={onKeyDown} data-testid={`${testId}-form`}>
        {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
        <Form layout="horizontal" labelCol={{ flex: '88px' }} component="div">
          {children}
        </Form>
      </div>
    </Modal>
  );
}

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
  const [error, setError] = useState<string | null>(null);
  const resolver = useMemo(
    () => zodResolver(resultFormSchema(order.paid, maxFen)),
    [order.paid, maxFen],
  );
  const form = useForm<ResultFormValues>({
    mode: 'onChange',
    resolver,
    defaultValues: {
      workDone: order.workDone ?? '',
      materials: order.materials ?? '',
      worker: order.worker ?? '',
      charge: order.chargeFen ? formatFen(order.chargeFen) : '',
      customerSigned: true,
    },
  });
  const save = () =>
    void form.handleSubmit(async (v) => {
      try {
        onSaved(
          await repos.workOrders.complete(actor, order.id, toWorkResult(v, order.paid, maxFen)),
        );
      } catch (err) {
        setError(errorText(err));
      }
    })();
  const c = form.control;
  return (
    <Dialog
      title={t('repairs.result.title', { no: order.no })}
      testId="wo-result"
      saving={form.formState.isSubmitting}
      error={error}
      onSave={save}
      onClose={onClose}
    >
      <FormField
        control={c}
        name="workDone"
        label={t('repairs.result.workDone')}
        required
        render={(f) => <Input {...f} id="workDone" autoFocus data-testid="wo-result-done" />}
      />
      <FormField
        control={c}
        name="materials"
        label={t('repairs.result.materials')}
        render={(f) => <Input {...f} id="materials" />}
      />
      <FormField
        control={c}
        name="worker"
        label={t('repairs.result.worker')}
        required
        render={(f) => <Input {...f} id="worker" data-testid="wo-result-worker" />}
      />
      {order.paid && (
        <FormField
          control={c}
          name="charge"
          label={t('repairs.result.charge')}
          required
          render={(f) => (
            <Input
              {...f}
              id="charge"
              style={{ width: 160 }}
              suffix={t('repairs.result.chargePlaceholder')}
              data-testid="wo-result-charge"
            />
          )}
        />
      )}
      <FormField
        control={c}
        name="customerSigned"
        label=" "
        render={(f) => (
          <Checkbox checked={f.value} onChange={(e) => f.onChange(e.target.checked)}>
            {t('repairs.result.customerSigned')}
          </Checkbox>
        )}
      />
    </Dialog>
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
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ payerName: string; method: PaymentMethod; requestId: string }>({
    mode: 'onChange',
    resolver: zodResolver(chargeSchema),
    defaultValues: { payerName: order.contactName, method: 'cash', requestId: crypto.randomUUID() },
  });
  const save = () =>
    void form.handleSubmit(async (v) => {
      try {
        const { receipt } = await pending.write([v.requestId], () =>
          repos.workOrders.charge(actor, order.id, v),
        );
        onCharged(receipt);
        pending.confirm([v.requestId]);
      } catch (err) {
        setError(errorText(err));
      }
    })();
  return (
    <Dialog
      title={t('repairs.charge.title', { no: order.no })}
      testId="wo-charge"
      saving={form.formState.isSubmitting}
      error={error}
      onSave={save}
      onClose={onClose}
      okText={t('repairs.charge.submit')}
    >
      <Form.Item label={t('repairs.charge.amount')}>
        <Typography.Text strong data-testid="wo-charge-amount">
          ¥{formatFen(order.chargeFen ?? 0)}
        </Typography.Text>
      </Form.Item>
      <FormField
        control={form.control}
        name="payerName"
        label={t('repairs.charge.payer')}
        required
        render={(f) => <Input {...f} id="payerName" autoFocus />}
      />
      <FormField
        control={form.control}
        name="method"
        label={t('repairs.charge.method')}
        render={(f) => (
          <Radio.Group
            {...f}
            optionType="button"
            buttonStyle="solid"
            data-testid="wo-charge-method"
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.method.${m}`) }))}
          />
        )}
      />
    </Dialog>
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
  const [error, setError] = useState<string | null>(null);
  const form = useForm<{ result: RevisitResult; note: string }>({
    mode: 'onChange',
    resolver: zodResolver(revisitSchema),
    defaultValues: { result: 'satisfied', note: '' },
  });
  const save = () =>
    void form.handleSubmit(async (v) => {
      try {
        onSaved(await repos.workOrders.revisit(actor, order.id, v.result, v.note));
      } catch (err) {
        setError(errorText(err));
      }
    })();
  return (
    <Dialog
      title={t('repairs.revisit.title', { no: order.no })}
      testId="wo-revisit"
      saving={form.formState.isSubmitting}
      error={error}
      onSave={save}
      onClose={onClose}
    >
      <FormField
        control={form.control}
        name="result"
        label={t('repairs.revisit.result')}
        render={(f) => (
          <Radio.Group
            {...f}
            optionType="button"
            data-testid="wo-revisit-result"
            options={REVISIT_RESULTS.map((r) => ({
              value: r,
              label: t(`repairs.revisitResult.${r}`),
            }))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="note"
        label={t('repairs.revisit.note')}
        render={(f) => (
          <Input
            {...f}
            id="note"
            autoFocus
            placeholder={t('repairs.revisit.notePlaceholder')}
            data-testid="wo-revisit-note"
          />
        )}
      />
    </Dialog>
  );
}
