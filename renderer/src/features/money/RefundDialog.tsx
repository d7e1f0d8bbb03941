import { Alert, Button, Form, Modal, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FeeItem } from '@shared/domain/fees';
import { formatFen, sumFen } from '@shared/domain/money';
import { PAYMENT_METHODS } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
import { capitalAmount } from '../../i18n/text';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import {
  newRefundValues,
  refundFormSchema,
  refundRequest,
  suggestedRefunds,
  toRefundInput,
  type RefundFormValues,
} from './refundForm';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { useFormSave } from '../../components/useDraftForm';

const L = Field.labelsIn('money.refund');

interface Props {
  receiptId: string;
  items: readonly FeeItem[];
  maxFen: number;
  onClose: () => void;
  onRefunded: (voucher: ReceiptRecord) => void;
}

/** 退款: loads the receipt and its earlier refunds, then the form. Supervisors only. */
export function RefundDialog(props: Props) {
  const repos = useRepos();
  const [loaded, setLoaded] = useState<{
    original: ReceiptRecord;
    refunds: ReceiptRecord[];
  } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([
      repos.receipts.get(props.receiptId),
      repos.receipts.refundsOf(props.receiptId),
    ]).then(([original, refunds]) => {
      if (live && original) setLoaded({ original, refunds });
    });
    return () => {
      live = false;
    };
  }, [repos, props.receiptId]);
  return (
    <Modal
      open
      title={loaded ? t('money.refund.title', { no: loaded.original.no }) : ''}
      onCancel={props.onClose}
      footer={null}
      width={860}
      destroyOnHidden
    >
      {loaded ? (
        <RefundForm {...props} original={loaded.original} refunds={loaded.refunds} />
      ) : (
        <Spin />
      )}
    </Modal>
  );
}

function RefundForm({
  original,
  refunds,
  items,
  maxFen,
  onClose,
  onRefunded,
}: Props & { original: ReceiptRecord; refunds: ReceiptRecord[] }) {
  const repos = useRepos();
  const { actor } = useSession();
  const pending = usePendingReceipts();
  const defaults = useMemo(() => newRefundValues(original, refunds), [original, refunds]);
  const resolver = useMemo(
    () => zodResolver(refundFormSchema(original, refunds, maxFen)),
    [original, refunds, maxFen],
  );
  const form = useForm<RefundFormValues>({ mode: 'onChange', resolver, defaultValues: defaults });
  const F = useLabelledRows(form.control, L);
  const deductionsArray = useFieldArray({ control: form.control, name: 'deductions' });
  const values = useWatch({ control: form.control }) as RefundFormValues;
  const deductionKey = JSON.stringify(values.deductions ?? []);
  const penalties = items.filter((i) => i.category === 'penalty' && i.enabled);

  // A deduction changed: offer what is left of each deposit as its refund.
  useEffect(() => {
    const current = form.getValues();
    suggestedRefunds(current, maxFen).forEach((s, i) => {
      if (current.deductions.some((d) => d.code === current.lines[i]?.code)) {
        form.setValue(`lines.${i}.amount`, formatFen(s.refundFen), { shouldValidate: true });
      }
    });
  }, [deductionKey, form, maxFen]);

  const { save: submit, error } = useFormSave(form, async (v) => {
    const voucher = await pending.write([v.requestId], () =>
      repos.receipts.refund(actor, toRefundInput(v, original.id, maxFen)),
    );
    onRefunded(voucher);
    pending.confirm([v.requestId]);
  });

  if (defaults.lines.length === 0) {
    const hasDeposit = original.lines.some((l) => l.refundable);
    return (
      <Alert
        type="info"
        title={t(hasDeposit ? 'money.refund.nothingLeft' : 'money.refund.noDeposit')}
        data-testid="refund-nothing"
      />
    );
  }

  const request = refundRequest({ ...defaults, ...values }, maxFen);
  const totalFen = sumFen(request.lines.map((l) => l.refundFen));
  const shortfallFen = sumFen(
    suggestedRefunds({ ...defaults, ...values }, maxFen).map((s) => s.shortfallFen),
  );
  const linesError =
    form.formState.errors.lines?.message ?? form.formState.errors.lines?.root?.message;

  const codeOptions = defaults.lines.map((l) => ({ value: l.code, label: l.name }));
  return (
    <div data-testid="refund-dialog">
      <Typography.Paragraph type="secondary">
        {t('money.refund.intro', { payer: original.payerName, unit: original.unitCode ?? '—' })}
      </Typography.Paragraph>
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="refund-error" />
      )}
      <Form layout="horizontal" labelCol={{ flex: '96px' }} component="div">
        <Form.Item
          label={L('refundAmount')}
          validateStatus={linesError ? 'error' : undefined}
          help={linesError}
        >
          {defaults.lines.map((l, i) => (
            <Space key={l.code} style={{ display: 'flex', marginBottom: 4 }}>
              <span style={{ display: 'inline-block', width: 200 }}>{l.name}</span>
              <Typography.Text type="secondary">
                {t('money.refund.remaining')} {formatFen(l.remainingFen)}
              </Typography.Text>
              <F.Text
                name={`lines.${i}.amount`}
                label=""
                style={{ width: 140 }}
                testId={`refund-line-${i}-amount`}
              />
            </Space>
          ))}
        </Form.Item>
        <Form.Item label={L('deductions')}>
          {deductionsArray.fields.map((f, i) => (
            <Space
              key={f.id}
              align="start"
              style={{ display: 'flex', marginBottom: 4 }}
              data-testid={`refund-deduction-${i}`}
            >
              <Controller
                control={form.control}
                name={`deductions.${i}.code`}
                render={({ field }) => (
                  <Select
                    {...field}
                    options={codeOptions}
                    style={{ width: 170 }}
                    aria-label={L('deductionFrom')}
                  />
                )}
              />
              <Controller
                control={form.control}
                name={`deductions.${i}.feeCode`}
                render={({ field }) => (
                  <Select
                    {...field}
                    style={{ width: 150 }}
                    aria-label={L('deductionFee')}
                    showSearch={{ optionFilterProp: 'label' }}
                    data-testid={`refund-deduction-${i}-fee`}
                    options={[
                      { value: '', label: t('money.refund.deductionFeeNone') },
                      ...penalties.map((p) => ({ value: p.code, label: p.name })),
                    ]}
                    onChange={(code: string) => {
                      field.onChange(code);
                      const fee = penalties.find((p) => p.code === code);
                      if (fee) {
                        form.setValue(`deductions.${i}.reason`, fee.name, { shouldValidate: true });
                        if (fee.amountFen > 0)
                          form.setValue(`deductions.${i}.amount`, formatFen(fee.amountFen), {
                            shouldValidate: true,
                          });
                      }
                    }}
                  />
                )}
              />
              <F.Text
                name={`deductions.${i}.reason`}
                label=""
                placeholder={t('money.refund.deductionReason')}
                style={{ width: 150 }}
                testId={`refund-deduction-${i}-reason`}
              />
              <F.Text
                name={`deductions.${i}.amount`}
                label=""
                placeholder={t('money.refund.deductionAmount')}
                style={{ width: 100 }}
                testId={`refund-deduction-${i}-amount`}
              />
              <Button type="text" danger onClick={() => deductionsArray.remove(i)}>
                {t('money.form.removeLine')}
              </Button>
            </Space>
          ))}
          <Button
            size="small"
            data-testid="refund-add-deduction"
            onClick={() =>
              deductionsArray.append({
                code: defaults.lines[0]?.code ?? '',
                feeCode: '',
                reason: '',
                amount: '',
              })
            }
          >
            {t('money.refund.addDeduction')}
          </Button>
        </Form.Item>
        {shortfallFen > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('money.refund.shortfall', { amount: formatFen(shortfallFen) })}
          />
        )}
        <F.Radio
          name="method"
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.method.${m}`) }))}
        />
        <F.Text name="methodRef" />
        <F.Text name="note" />
      </Form>
      <Space style={{ display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Text strong data-testid="refund-total">
          {t('money.refund.total')}：¥{formatFen(totalFen)}
          {'\u3000'}
          {capitalAmount(totalFen)}
        </Typography.Text>
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            danger
            loading={form.formState.isSubmitting}
            onClick={submit}
            data-testid="refund-submit"
          >
            {t('money.refund.submit')}
          </Button>
        </Space>
      </Space>
    </div>
  );
}
