import { Alert, AutoComplete, Button, Input } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FeeItem } from '@shared/domain/fees';
import { formatFen } from '@shared/domain/money';
import { PAYER_KINDS, PAYMENT_METHODS } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { FormModal } from '../../components/FormModal';
import { plainError, useDraftForm, useFormSave } from '../../components/useDraftForm';
import { GradeTag } from '../../components/GradeTag';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
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
import { domainText } from '../../i18n/domainText';

const L = Field.labelsIn('money.form');
const payerKindChoices = () => Field.choices(PAYER_KINDS, (k) => t(`money.payerKind.${k}`));
const methodChoices = () => Field.choices(PAYMENT_METHODS, (m) => t(`money.method.${m}`));

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
  const resolver = useMemo(() => zodResolver(receiptFormSchema(items, maxFen)), [items, maxFen]);
  const { form, draft, frame } = useDraftForm<ReceiptFormValues>(
    DRAFT_KEY,
    resolver,
    newReceiptValues,
  );
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

  const { save, error } = useFormSave(
    form,
    async (values) => {
      if (isBelowStandard(values, items, maxFen) && approverPin === '')
        return t('money.form.approverPinMissing');
      // Noted before the write and cleared once the number is on screen, so a crash in
      // between is surfaced at the next start (UnconfirmedReceiptsNotice).
      const receipt = await pending.write([values.requestId], () =>
        repos.receipts.issue(actor, toIssueInput(values, items, maxFen, approverPin)),
      );
      draft.clear();
      onIssued(receipt);
      pending.confirm([values.requestId]);
    },
    (err) => {
      // A failed transaction wrote nothing; the draft keeps the requestId for the retry.
      setApproverPin('');
      return plainError(err);
    },
  );
  const c = form.control;
  const F = useLabelledRows(c, L);

  return (
    <FormModal
      title={t('money.form.title')}
      testId="receipt-form"
      width={760}
      keysHint={t('money.form.keysHint')}
      saveLabel={t('money.form.submit')}
      saveTestId="receipt-submit"
      {...frame}
      // A discarded draft gets a new request id: the next receipt is a new payment.
      onDiscardDraft={() => {
        draft.clear();
        form.reset(newReceiptValues());
      }}
      error={error}
      errorTestId="receipt-error"
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('payerName')}
    >
      <F.Radio name="payerKind" options={payerKindChoices()} />
      <F.Unit
        name="unitCode"
        label={L('unit')}
        testId="receipt-unit"
        placeholder={t('money.form.unitPlaceholder')}
        style={{ width: 260 }}
        onUnit={(id) => form.setValue('unitId', id)}
        suffix={unitId ? <GradeTag unitId={unitId} /> : null}
      />
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
      <FormField
        control={c}
        name="payerName"
        label={L('payerName')}
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
      <F.Text name="payerPhone" style={{ width: 200 }} />
      <FeeLinesField
        control={c}
        setValue={form.setValue}
        trigger={form.trigger}
        items={items}
        maxFen={maxFen}
        linesError={domainText(
          form.formState.errors.lines?.message ?? form.formState.errors.lines?.root?.message,
        )}
      />
      {below && <PriceApprovalFields control={c} pin={approverPin} onPinChange={setApproverPin} />}
      <F.Radio name="method" required solid testId="receipt-method" options={methodChoices()} />
      <F.Text name="methodRef" placeholder={t('money.form.methodRefPlaceholder')} />
      <F.Text name="note" />
    </FormModal>
  );
}
