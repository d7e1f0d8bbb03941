import { Select } from 'antd';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain/receipt';
import { t } from '../i18n';

/** How money taken or paid back at the desk is paid (现金, 微信 …): renovation fees, move-in fees, a lost key. */
export function PaymentMethodSelect(props: {
  value: PaymentMethod;
  onChange: (method: PaymentMethod) => void;
  ariaLabel?: string;
}) {
  return (
    <Select<PaymentMethod>
      value={props.value}
      onChange={props.onChange}
      style={{ width: 110 }}
      aria-label={props.ariaLabel}
      options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.method.${m}`) }))}
    />
  );
}
