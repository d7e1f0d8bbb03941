import { Alert, Button, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatFen } from '@shared/domain/money';
import { useRepos } from '../../app/ReposContext';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
import { useMoneyPrinting } from '../money/useMoneyPrinting';

/**
 * Shown once after sign-in when the app died between committing a receipt and showing its
 * number: the receipts are listed until the clerk confirms them. Pending notes with no receipt
 * behind them (the write never happened) are dropped silently.
 */
export function UnconfirmedReceiptsNotice() {
  const repos = useRepos();
  const navigate = useNavigate();
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

  const acknowledge = () => {
    void repos.pendingReceipts.clear(receipts.map((r) => r.requestId)).then(() => setReceipts([]));
  };

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
                    <Button
                      key="print"
                      size="small"
                      data-testid="unconfirmed-print"
                      onClick={() => void printMoneyDoc(r)}
                    >
                      {t('safety.print')}
                    </Button>,
                  ]}
                >
                  {t('safety.unconfirmedRow', {
                    no: r.no,
                    payer: r.payerName,
                    amount: formatFen(r.totalFen),
                    at: dayjs(r.issuedAt).format('M月D日 HH:mm'),
                  })}
                </List.Item>
              )}
            />
          </>
        }
        action={
          <Button size="small" type="primary" onClick={acknowledge} data-testid="unconfirmed-ack">
            {t('safety.acknowledge')}
          </Button>
        }
      />
      {printModal}
    </>
  );
}
