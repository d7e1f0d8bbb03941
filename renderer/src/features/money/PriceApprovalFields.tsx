import { Alert } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Control } from 'react-hook-form';
import { hasRole } from '@shared/domain/record';
import { MAX_OVERRIDE_REASON_LENGTH } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import * as Field from '../../components/fieldRows';
import { PinInput } from '../../components/PinField';
import { t } from '../../i18n';
import type { ReceiptFormValues } from './receiptForm';

interface Props {
  control: Control<ReceiptFormValues>;
  /** The supervisor's PIN: held by the form's owner only, never in the values or the draft. */
  pin: string;
  onPinChange: (pin: string) => void;
}

/**
 * Shown while a line is below its standard price (issue 15): the supervisor who authorises
 * it types her PIN at the desk, and the reason is written down. The repository checks the PIN
 * (with its lockout) and refuses the receipt without them.
 */
export function PriceApprovalFields({ control, pin, onPinChange }: Props) {
  const repos = useRepos();
  const approvers = useLiveQuery(
    async () => (await repos.operators.list()).filter((o) => hasRole(o.role, 'supervisor')),
    [repos],
  );
  return (
    <div data-testid="price-approval">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('money.form.belowStandardTitle')}
      />
      <Field.Select
        control={control}
        name="approverId"
        label={t('money.form.approver')}
        required
        style={{ width: 200 }}
        placeholder={t('money.form.approverPlaceholder')}
        testId="price-approver"
        options={(approvers ?? []).map((o) => ({ value: o.id, label: o.name }))}
      />
      <Field.Text
        control={control}
        name="overrideReason"
        label={t('money.form.overrideReason')}
        required
        maxLength={MAX_OVERRIDE_REASON_LENGTH}
        placeholder={t('money.form.overrideReasonPlaceholder')}
        testId="price-reason"
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 16 }}>
        <label htmlFor="approverPin" style={{ width: 88, textAlign: 'right' }}>
          <span style={{ color: '#ff4d4f', marginRight: 4 }}>*</span>
          {t('money.form.approverPin')}：
        </label>
        <PinInput
          id="approverPin"
          style={{ width: 160 }}
          value={pin}
          onChange={onPinChange}
          testId="price-pin"
        />
      </div>
    </div>
  );
}
