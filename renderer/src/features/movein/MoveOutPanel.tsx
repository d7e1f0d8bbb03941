import { Alert, App, Button, Input, InputNumber, Space, Typography } from 'antd';
import { PaymentMethodSelect } from '../../components/PaymentMethodSelect';
import { useState } from 'react';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { PaymentMethod } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { MoveInRecord } from '../../db/records';
import { AmountInput } from '../../components/AmountInput';
import { t } from '../../i18n';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { messageOf } from '../../i18n/domainText';

/** 退租/迁出: keys counted back against the handed count, missing ones charged. */
export function MoveOutPanel({ moveIn: m }: { moveIn: MoveInRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const pending = usePendingReceipts();
  const [returned, setReturned] = useState<number | null>(m.keysHanded);
  const [fee, setFee] = useState('');
  const [address, setAddress] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [requestId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);

  if (m.moveOut) {
    const o = m.moveOut;
    return (
      <Typography.Text data-testid="moveout-summary">
        {t('movein.moveOut.summary', {
          at: formatOfficeDateTime(o.at),
          by: o.byName,
          returned: o.keysReturned,
          missing: o.missingKeys,
          charge: o.chargeReceiptNo
            ? t('movein.moveOut.charge', { amount: formatFen(o.chargeFen), no: o.chargeReceiptNo })
            : '',
          address: o.forwardingAddress,
        })}
      </Typography.Text>
    );
  }

  const submit = async () => {
    setError(null);
    const missing = m.keysHanded - (returned ?? 0);
    // An empty price goes through as 0 so the rule names the missing keys.
    const parsed =
      missing > 0 && fee.trim()
        ? parseAmountToFen(fee, { maxFen: DEFAULT_LIMITS.maxAmountFen })
        : undefined;
    if (parsed && !parsed.ok) return setError(parsed.error);
    try {
      await pending.write([requestId], () =>
        repos.moveIns.moveOut(actor, m.id, {
          keysReturned: returned ?? -1,
          lostKeyFen: parsed?.ok ? parsed.fen : 0,
          forwardingAddress: address,
          requestId,
          method,
        }),
      );
      void message.success(t('movein.moveOut.done', { unit: m.unitCode }));
      // The summary with the charge's receipt number replaces this panel.
      pending.confirm([requestId]);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="moveout-panel">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('movein.moveOut.title')}
      </Typography.Title>
      <Space wrap>
        <span>{t('movein.moveOut.keysReturned')}</span>
        <InputNumber
          min={0}
          precision={0}
          value={returned}
          onChange={setReturned}
          data-testid="moveout-keys"
        />
        <Typography.Text type="secondary">
          {t('movein.moveOut.handed', { count: m.keysHanded })}
        </Typography.Text>
        <span>{t('movein.moveOut.lostKeyFee')}</span>
        <AmountInput width={100} value={fee} onChange={setFee} testId="moveout-fee" />
        <PaymentMethodSelect
          value={method}
          onChange={setMethod}
          ariaLabel={t('movein.moveOut.method')}
        />
      </Space>
      <Input
        placeholder={t('movein.moveOut.address')}
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        onPressEnter={() => void submit()}
        data-testid="moveout-address"
      />
      {error && <Alert type="error" showIcon title={error} data-testid="moveout-error" />}
      <Button danger onClick={() => void submit()} data-testid="moveout-submit">
        {t('movein.moveOut.submit')}
      </Button>
    </Space>
  );
}
