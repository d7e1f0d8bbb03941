import { Alert, AutoComplete, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FeeItem } from '@shared/domain/fees';
import { formatFen } from '@shared/domain/money';
import { PAYER_KINDS, PAYMENT_METHODS } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useFormDraft } from '../../components/useFormDraft';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
import { useFormKeys } from '../../components/useFormKeys';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { FeeLinesField } from './FeeLinesField';
import { PriceApprovalFields } from './PriceApprovalFields';
import {
  isBelowStandard,
  newReceiptValues,
  receiptFormSchema,
  toIssueInput,
  type ReceiptFormValues,
} from './receiptForm';
import { UnitPicker } from '../../components/UnitPicker';

interface Props {
  items: readonly FeeItem[];
  maxFen: number;
  onClose: () => void;
  onIssued: (receipt: ReceiptRecord) => void;
  /** The picked unit has open bills: pay them instead (issue 18). */
  onPayBills?: (unitId: string, unitCode: string) => void;
}

const DRAFT_KEY = 'money.receipt.new';

/**
 * 开收据: keyboard first (Enter to the next field, Ctrl+S to take the money). The request id
 * made when the form opens travels in the draft, so a double click, a retry after an error or
 * a reload after a crash can never make a second receipt for the same payment.
 */
export function ReceiptFormModal({ items, maxFen, onClose, onIssued, onPayBills }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const pending = usePendingReceipts();
  const [error, setError] = useState<string | null>(null);
  const [defaults] = useState(newReceiptValues);
  const resolver = useMemo(() => zodResolver(receiptFormSchema(items, maxFen)), [items, maxFen]);
  const form = useForm<ReceiptFormValues>({ mode: 'onChange', resolver, defaultValues: defaults });
  const draft = useFormDraft(DRAFT_KEY, form);
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const unitCode = useWatch({ control: form.control, name: 'unitCode' });
  const openBills = useLiveQuery(
    () => (unitId ? repos.bills.openForUnit(unitId) : Promise.resolve([])),
    [repos, unitId],
  );
  const lines = useWatch({ control: form.control, name: 'lines' });
  const below = isBelowStandard({ lines: lines ?? [] }, items, maxFen);
  // Held here only: a PIN must never reach the form's draft in localStorage.
  const [approverPin, setApproverPin] = useState('');
  // Suggest the people of the picked unit as payers.
  const people = useLiveQuery(
    () => (unitId ? repos.people.listByUnit(unitId) : []),
    [repos, unitId],
  );
  const payers = useMemo(() => (people ?? []).map((p) => ({ value: p.name })), [people]);

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      if (isBelowStandard(values, items, maxFen) && approverPin === '') {
        setError(t('money.form.approverPinMissing'));
        return;
      }
      // Noted before the write and cleared once the number is on screen, so a crash in
      // between is surfaced at the next start (UnconfirmedReceiptsNotice).
      try {
        const receipt = await pending.write([values.requestId], () =>
          repos.receipts.issue(actor, toIssueInput(values, items, maxFen, approverPin)),
        );
        draft.clear();
        onIssued(receipt);
        pending.confirm([values.requestId]);
      } catch (err) {
        // A failed transaction wrote nothing; the draft keeps the requestId for the retry.
        setError(err instanceof Error ? err.message : String(err));
        setApproverPin('');
      }
    })();
  const onKeyDown = useFormKeys(save);

  return (
    <Modal
      open
      title={t('money.form.title')}
      width={760}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      afterOpenChange={(open) => open && form.setFocus('payerName')}
      footer={[
        <Typography.Text key="hint" type="secondary" style={{ float: 'left', lineHeight: '32px' }}>
          {t('money.form.keysHint')}
        </Typography.Text>,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={form.formState.isSubmitting}
          onClick={save}
          data-testid="receipt-submit"
        >
          {t('money.form.submit')}
        </Button>,
      ]}
    >
      <div onKeyDown={onKeyDown} data-testid="receipt-form">
        {draft.restored && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('common.draftRestored')}
            action={
              <Button
                size="small"
                onClick={() => {
                  draft.clear();
                  form.reset(newReceiptValues());
                }}
              >
                {t('common.discardDraft')}
              </Button>
            }
          />
        )}
        {error && (
          <Alert
            type="error"
            title={error}
            style={{ marginBottom: 12 }}
            data-testid="receipt-error"
          />
        )}
        {onPayBills && unitId && openBills && openBills.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="receipt-open-bills"
            title={t('money.form.openBills', {
              count: openBills.length,
              amount: formatFen(openBills.reduce((s, b) => s + b.openFen, 0)),
            })}
            action={
              <Button
                size="small"
                onClick={() => onPayBills(unitId, unitCode)}
                data-testid="receipt-pay-bills"
              >
                {t('money.form.payBills')}
              </Button>
            }
          />
        )}
        <Form layout="horizontal" labelCol={{ flex: '88px' }} component="div">
          <FormField
            control={form.control}
            name="payerKind"
            label={t('money.form.payerKind')}
            render={(field) => (
              <Radio.Group
                {...field}
                optionType="button"
                options={PAYER_KINDS.map((k) => ({ value: k, label: t(`money.payerKind.${k}`) }))}
              />
            )}
          />
          <FormField
            control={form.control}
            name="unitCode"
            label={t('money.form.unit')}
            render={(field) => (
              <UnitPicker
                id="unitCode"
                value={field.value}
                testId="receipt-unit"
                placeholder={t('money.form.unitPlaceholder')}
                style={{ width: 260 }}
                onChange={(code, id) => {
                  field.onChange(code);
                  form.setValue('unitId', id);
                }}
              />
            )}
          />
          <FormField
            control={form.control}
            name="payerName"
            label={t('money.form.payerName')}
            required
            render={(field) => (
              <AutoComplete {...field} options={payers}>
                <Input
                  id="payerName"
                  placeholder={t('money.form.payerPlaceholder')}
                  data-testid="receipt-payer"
                />
              </AutoComplete>
            )}
          />
          <FormField
            control={form.control}
            name="payerPhone"
            label={t('money.form.payerPhone')}
            render={(field) => <Input {...field} id="payerPhone" style={{ width: 200 }} />}
          />
          <FeeLinesField
            control={form.control}
            setValue={form.setValue}
            trigger={form.trigger}
            items={items}
            maxFen={maxFen}
            linesError={
              form.formState.errors.lines?.message ?? form.formState.errors.lines?.root?.message
            }
          />
          {below && (
            <PriceApprovalFields
              control={form.control}
              pin={approverPin}
              onPinChange={setApproverPin}
            />
          )}
          <FormField
            control={form.control}
            name="method"
            label={t('money.form.method')}
            required
            render={(field) => (
              <Radio.Group
                {...field}
                optionType="button"
                buttonStyle="solid"
                data-testid="receipt-method"
                options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.method.${m}`) }))}
              />
            )}
          />
          <FormField
            control={form.control}
            name="methodRef"
            label={t('money.form.methodRef')}
            render={(field) => (
              <Input {...field} id="methodRef" placeholder={t('money.form.methodRefPlaceholder')} />
            )}
          />
          <FormField
            control={form.control}
            name="note"
            label={t('money.form.note')}
            render={(field) => <Input {...field} id="note" />}
          />
        </Form>
      </div>
    </Modal>
  );
}
