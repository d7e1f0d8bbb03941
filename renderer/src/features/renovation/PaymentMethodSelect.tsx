import { Select } from 'antd';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/domain/receipt';
import { t } from '../../i18n';

/** How the money of a renovation's fees, arrears or refund is paid (现金, 微信 …). */
export function PaymentMethodSelect(props: {
  value: PaymentMethod;
  onChange: (method: PaymentMethod) => void;
}) {
  return (
    <Select<PaymentMethod>
      value={props.value}
      onChange={props.onChange}
      style={{ width: 110 }}
      options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.method.${m}`) }))}
    />
  );
}
