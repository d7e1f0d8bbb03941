import { Alert, Checkbox, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { periodLabel } from '@shared/domain/billing';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { formatFen } from '@shared/domain/money';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { useFormDraft } from '../../components/useFormDraft';
import { FormModal } from '../../components/FormModal';
import type { BillRecord } from '../../db/feeRecords';
import type { ReceiptRecord } from '../../db/records';
import { occupantOf } from '@shared/domain/billing';
import { t } from '../../i18n';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { useSetting } from '../settings/useSettings';
import { planPayment } from './payForm';
import { messageOf } from '../../i18n/domainText';

const L = Field.labelsIn('fees.pay');
const methodChoices = () => Field.choices(PAYMENT_METHODS, (m) => t(`money.method.${m}`));

interface Props {
  unitId: string;
  unitCode: string;
  onClose: () => void;
  onPaid: (receipt: ReceiptRecord) => void;
}

interface PayValues {
  requestId: string;
  amount: string;
  payerName: string;
  method: PaymentMethod;
  methodRef: string;
  /** Bills left out of this payment (all open bills are paid unless unticked). */
  skipped: string[];
}

type OpenRow = BillRecord & { openFen: number };

/**
 * 收物业费: the unit's open bills, ticked and settled oldest first; the amount typed may pay
 * part of them or more than all (the rest is 预存). The money goes through the one ledger: one
 * SJ receipt, printed like any other.
 */
export function PayBillsModal({ unitId, unitCode, onClose, onPaid }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const pending = usePendingReceipts();
  const maxFen = (useSetting('limits') ?? DEFAULT_LIMITS).maxAmountFen;
  const [error, setError] = useState<string | null>(null);
  const data = useLiveQuery(async () => {
    const [open, credit, people] = await Promise.all([
      repos.bills.openForUnit(unitId),
      repos.bills.credit(unitId),
      repos.people.listByUnit(unitId),
    ]);
    return { open, credit, occupant: occupantOf(people) };
  }, [repos, unitId]);
  const [defaults] = useState<PayValues>(() => ({
    requestId: crypto.randomUUID(),
    amount: '',
    payerName: '',
    method: 'cash',
    methodRef: '',
    skipped: [],
  }));
  const form = useForm<PayValues>({ mode: 'onChange', defaultValues: defaults });
  const draft = useFormDraft(`fees.pay.${unitId}`, form);
  const F = useLabelledRows(form.control, L);
  const values = useWatch({ control: form.control }) as PayValues;
  const open: OpenRow[] = useMemo(() => data?.open ?? [], [data]);
  const picked = useMemo(
    () => new Set(open.map((b) => b.id).filter((id) => !(values.skipped ?? []).includes(id))),
    [open, values.skipped],
  );
  const plan = planPayment(open, picked, values.amount ?? '', maxFen);
  const allocated = new Map(plan.allocations.map((a) => [a.billId, a.fen]));
  const payerName = values.payerName || data?.occupant?.name || '';

  const save = () =>
    void form.handleSubmit(async (v) => {
      setError(null);
      if (plan.error) {
        setError(plan.error);
        return;
      }
      try {
        const receipt = await pending.write([v.requestId], () =>
          repos.bills.pay(actor, {
            requestId: v.requestId,
            unitId,
            payerKind: data?.occupant?.kind === 'company' ? 'company' : 'person',
            payerName: payerName.trim(),
            method: v.method,
            ...(v.methodRef.trim() ? { methodRef: v.methodRef.trim() } : {}),
            allocations: plan.allocations,
            prepayFen: plan.prepayFen,
          }),
        );
        draft.clear();
        pending.confirm([v.requestId]);
        onPaid(receipt);
      } catch (err) {
        setError(messageOf(err));
      }
    })();

  return (
    <FormModal
      title={t('fees.pay.title', { unit: unitCode })}
      testId="pay-form"
      width={820}
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(defaults);
      }}
      keysHint={t('fees.pay.keysHint')}
      saveLabel={t('fees.pay.submit')}
      saveTestId="pay-submit"
      error={error}
      errorTestId="pay-error"
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('amount')}
      intro={
        <>
          <Typography.Text strong>{t('fees.pay.openBills')}</Typography.Text>
          {data && data.credit > 0 && (
            <Typography.Text type="success" style={{ marginLeft: 12 }}>
              {t('fees.pay.credit', { amount: formatFen(data.credit) })}
            </Typography.Text>
          )}
          {data && open.length === 0 && (
            <Alert type="info" title={t('fees.pay.none')} style={{ margin: '8px 0' }} />
          )}
          {open.length > 0 && (
            <Table<OpenRow>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ y: 240 }}
              dataSource={open}
              data-testid="pay-bills"
              style={{ margin: '8px 0' }}
              columns={[
                {
                  width: 40,
                  render: (_, b) => (
                    <Checkbox
                      tabIndex={-1}
                      checked={picked.has(b.id)}
                      onChange={(e) => {
                        const skipped = new Set(values.skipped ?? []);
                        if (e.target.checked) skipped.delete(b.id);
                        else skipped.add(b.id);
                        form.setValue('skipped', [...skipped], { shouldDirty: true });
                      }}
                    />
                  ),
                },
                {
                  title: t('fees.col.period'),
                  width: 120,
                  render: (_, b) => periodLabel(b.period),
                },
                { title: t('fees.col.item'), dataIndex: 'itemName', width: 110 },
                { title: t('fees.col.basis'), dataIndex: 'basis' },
                {
                  title: t('fees.col.open'),
                  width: 100,
                  align: 'right',
                  render: (_, b) => formatFen(b.openFen),
                },
                {
                  title: t('fees.pay.thisTime'),
                  width: 100,
                  align: 'right',
                  render: (_, b) => (allocated.has(b.id) ? formatFen(allocated.get(b.id)!) : ''),
                },
              ]}
            />
          )}
        </>
      }
    >
      <F.Text
        name="amount"
        testId="pay-amount"
        style={{ width: 200 }}
        placeholder={formatFen(
          open.filter((b) => picked.has(b.id)).reduce((s, b) => s + b.openFen, 0),
        )}
      />
      <div style={{ margin: '-8px 0 8px 88px' }} data-testid="pay-plan">
        {plan.error ? (
          <Typography.Text type="danger">{plan.error}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">
            {t('fees.pay.allocation', {
              bills: plan.allocations.length,
              amount: formatFen(plan.settledFen),
            })}
            {plan.prepayFen > 0 &&
              `，${t('fees.pay.prepay', { amount: formatFen(plan.prepayFen) })}`}
          </Typography.Text>
        )}
      </div>
      <F.Text
        name="payerName"
        label={L('payer')}
        required
        testId="pay-payer"
        placeholder={data?.occupant?.name ?? ''}
      />
      <F.Radio name="method" required solid testId="pay-method" options={methodChoices()} />
      <F.Text name="methodRef" testId="pay-method-ref" />
    </FormModal>
  );
}
