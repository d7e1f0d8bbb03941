import { Descriptions, Typography } from 'antd';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { CashupRecord } from '../../db/records';
import { t } from '../../i18n';

function differenceText(c: CashupRecord): string {
  if (c.differenceFen === 0) return t('handover.card.cashup.agrees');
  const amount = formatFen(Math.abs(c.differenceFen));
  const text = t(
    c.differenceFen > 0 ? 'handover.card.cashup.surplus' : 'handover.card.cashup.shortage',
    { amount },
  );
  return c.explanation ? `${text}（${c.explanation}）` : text;
}

/**
 * The shift's finished cash-up (交班对账) as it was closed: the cash handed over is its counted
 * cash, read from the record, never typed again at the handover.
 */
export function ShiftCashup({ cashup }: { cashup: CashupRecord | null | undefined }) {
  if (!cashup)
    return (
      <Typography.Text type="warning" data-testid="handover-cash">
        {t('handover.card.cashNone')}
      </Typography.Text>
    );
  return (
    <div data-testid="handover-cashup">
      <Typography.Text strong data-testid="handover-cash">
        {t('handover.card.cashDone', {
          amount: formatFen(cashup.countedCashFen),
          to: cashup.handedTo || '—',
        })}
      </Typography.Text>
      <Descriptions size="small" column={3} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('handover.card.cashup.closedAt')}>
          {formatOfficeDateTime(cashup.closedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.card.cashup.expected')}>
          {formatFen(cashup.summary.expectedCashFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.card.cashup.counted')}>
          <span data-testid="handover-cash-counted">{formatFen(cashup.countedCashFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.card.cashup.difference')}>
          <span data-testid="handover-cash-difference">{differenceText(cashup)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.card.cashup.handedTo')}>
          {cashup.handedTo || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('handover.card.cashup.docs')}>
          {t('handover.card.cashup.docsCount', { count: cashup.docs.length })}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
