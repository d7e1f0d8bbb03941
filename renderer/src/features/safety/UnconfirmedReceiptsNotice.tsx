import { Alert, Button, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatFen } from '@shared/domain/money';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
import { useMoneyPrinting } from '../money/useMoneyPrinting';
import { SOURCE_PATHS } from './sourcePaths';

/**
 * Shown after sign-in when the app died between committing a receipt (from any register) and
 * showing its number: each is listed with what it belongs to until the clerk checks it
 * (已核对, audited). Pending notes with no receipt behind them (never written) are dropped.
 */
export function UnconfirmedReceiptsNotice() {
  const repos = useRepos();
  const navigate = useNavigate();
  const { actor } = useSession();
  const { printMoneyDoc, printModal } = useMoneyPrinting();
  const [receipts, setReceipts] = useState<ReceiptRecord[]>([]);

  useEffect(() => {
    let live = true;
    void repos.pendingReceipts
      .reconcile()
      .then((unconfirmed) => {
        if (live) setReceipts(unconfirmed);
      })
      // A failed look-up keeps the notes for the next start rather than losing them.
      .catch((error: unknown) => console.error('[taizhang] reconcile', error));
    return () => {
      live = false;
    };
  }, [repos]);

  if (receipts.length === 0) return printModal;

  const acknowledge = (receipt: ReceiptRecord) => {
    void repos.pendingReceipts
      .acknowledge(actor, receipt)
      .then(() => setReceipts((list) => list.filter((r) => r.id !== receipt.id)))
      .catch((error: unknown) => console.error('[taizhang] acknowledge', error));
  };
  const belongsTo = (r: ReceiptRecord) =>
    r.source ? (r.source.label ?? t(`safety.source.${r.source.kind}`)) : t('safety.moneyDesk');

  return (
    <>
      <Alert
        type="warning"
        showIcon
        banner
        data-testid="unconfirmed-receipts"
        title={t('safety.unconfirmedTitle')}
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {t('safety.unconfirmedHint')}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={receipts}
              rowKey="id"
              renderItem={(r) => (
                <List.Item
                  data-testid="unconfirmed-receipt"
                  data-no={r.no}
                  actions={[
                    <Button
                      key="open"
                      size="small"
                      onClick={() => void navigate(`/money?no=${encodeURIComponent(r.no)}`)}
                    >
                      {t('safety.open')}
                    </Button>,
                    ...(r.source
                      ? [
                          <Button
                            key="source"
                            size="small"
                            data-testid="unconfirmed-source"
                            onClick={() => void navigate(SOURCE_PATHS[r.source?.kind ?? 'other'])}
                          >
                            {t('safety.openSource', {
                              what: t(`safety.source.${r.source.kind}`),
                            })}
                          </Button>,
                        ]
                      : []),
                    <Button
                      key="print"
                      size="small"
                      data-testid="unconfirmed-print"
                      onClick={() => void printMoneyDoc(r)}
                    >
                      {t('safety.print')}
                    </Button>,
                    <Button
                      key="ack"
                      size="small"
                      type="primary"
                      data-testid="unconfirmed-ack"
                      onClick={() => acknowledge(r)}
                    >
                      {t('safety.acknowledge')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <span data-testid="unconfirmed-row">
                        {r.kind === 'refund' ? `${t('safety.unconfirmedRefund')} ` : ''}
                        {t('safety.unconfirmedRow', {
                          no: r.no,
                          payer: r.payerName,
                          amount: formatFen(r.totalFen),
                          at: dayjs(r.issuedAt).format('M月D日 HH:mm'),
                        })}
                      </span>
                    }
                    description={
                      <span data-testid="unconfirmed-belongs">
                        {t('safety.belongsTo', { what: belongsTo(r) })}
                      </span>
                    }
                  />
                </List.Item>
              )}
            />
          </>
        }
      />
      {printModal}
    </>
  );
}
