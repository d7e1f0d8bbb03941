import { Button, Divider, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { formatFen } from '@shared/domain/money';
import { linesTotalFen } from '@shared/domain/fees';
import { PAYMENT_METHODS, type LineRequest, type PaymentMethod } from '@shared/domain/receipt';
import type { RenovationPayer } from '@shared/domain/renovationMoney';
import { canDo } from '@shared/domain/renovationFlow';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { newId } from '../../db/ids';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useMoneyPrinting } from '../money/useMoneyPrinting';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { useRenovationPrinting } from './useRenovationPrinting';
import { ExtraFeesPicker, type ExtraFee } from './ExtraFeesPicker';
import { useRenovationAction } from './useRenovationAction';

/** Fees per payer (one receipt each, printed), then 发证开工 and the permit and passes. */
export function FeesSection({ job }: { job: RenovationRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { busy, run } = useRenovationAction();
  const pending = usePendingReceipts();
  const { printMoneyDoc, printModal } = useMoneyPrinting();
  const { printPermit, printPasses, printModal: docModal } = useRenovationPrinting();
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [extras, setExtras] = useState<ExtraFee[]>([]);
  // Made once per job shown: a double click or a retry issues no second receipt.
  const requestIds = useMemo(
    () => ({ contractor: newId(), owner: newId(), key: job.id }),
    [job.id],
  );
  const plan = useLiveQuery(
    () => repos.renovations.feePlan(job.id),
    [repos, job.id, job.workers.length],
  );
  const paid = job.receipts.length > 0;

  const collect = async () => {
    const ids = [requestIds.contractor, requestIds.owner];
    const done = await run('fees', () =>
      pending.write(ids, () =>
        repos.renovations.collectFees(actor, job.id, {
          method,
          requestIds,
          extra: extraLines(extras),
        }),
      ),
    );
    const first = done?.receipts[0];
    if (first) {
      const doc = await repos.receipts.get(first.docId);
      if (doc) await printMoneyDoc(doc);
    }
    // The numbers are on screen now (the receipt buttons and the preview).
    if (done) pending.confirm(ids);
  };
  const printReceipt = async (docId: string) => {
    const doc = await repos.receipts.get(docId);
    if (doc) await printMoneyDoc(doc);
  };

  const planned = new Set(plan ? [...plan.contractor, ...plan.owner].map((l) => l.code) : []);

  return (
    <>
      <Divider titlePlacement="start">{t('renovation.detail.fees')}</Divider>
      {plan &&
        (['contractor', 'owner'] as const).map((payer) => (
          <div key={payer} data-testid={`reno-fees-${payer}`}>
            <Typography.Text strong>
              {t('renovation.detail.feesFor', { payer: t(`renovation.payer.${payer}`) })} ¥
              {formatFen(linesTotalFen(plan[payer]))}
            </Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              {plan[payer]
                .map(
                  (l) =>
                    `${l.name}${l.quantity > 1 ? `×${l.quantity}` : ''} ${formatFen(l.amountFen)}`,
                )
                .join('，')}
            </Typography.Text>
          </div>
        ))}
      {!paid && <ExtraFeesPicker planned={planned} value={extras} onChange={setExtras} />}
      <Space style={{ marginTop: 8 }} wrap>
        {!paid && (
          <>
            <Select<PaymentMethod>
              value={method}
              onChange={setMethod}
              style={{ width: 110 }}
              options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.method.${m}`) }))}
            />
            <Button
              type="primary"
              loading={busy === 'fees'}
              onClick={() => void collect()}
              data-testid="reno-collect"
            >
              {t('renovation.detail.collect')}
            </Button>
          </>
        )}
        {job.receipts.map((r) => (
          <Button
            key={r.docId}
            size="small"
            onClick={() => void printReceipt(r.docId)}
            data-testid={`reno-receipt-${r.payer}`}
          >
            {t(`renovation.payer.${r.payer}`)} {r.docNo} ¥{formatFen(r.totalFen)}
          </Button>
        ))}
        {paid && canDo(job.state, 'startWork', actor.role) && (
          <Button
            type="primary"
            loading={busy === 'start'}
            onClick={() => void run('start', () => repos.renovations.startWork(actor, job.id))}
            data-testid="reno-start-work"
          >
            {t('renovation.detail.startWork')}
          </Button>
        )}
        {job.permitNo && (
          <>
            <Button onClick={() => void printPermit(job, 'A4')} data-testid="reno-print-permit">
              {t('renovation.detail.printPermit')}
            </Button>
            <Button onClick={() => void printPermit(job, 'A5')} data-testid="reno-print-permit-a5">
              {t('renovation.detail.printPermitA5')}
            </Button>
            <Button onClick={() => void printPasses(job)} data-testid="reno-print-passes">
              {t('renovation.detail.printPasses')}
            </Button>
          </>
        )}
      </Space>
      {printModal}
      {docModal}
    </>
  );
}

/** The extra items as receipt lines per payer. */
function extraLines(extras: readonly ExtraFee[]): Record<RenovationPayer, LineRequest[]> {
  const out: Record<RenovationPayer, LineRequest[]> = { contractor: [], owner: [] };
  for (const f of extras)
    out[f.payer].push({
      code: f.code,
      quantity: 1,
      ...(f.unitFen !== undefined ? { unitFen: f.unitFen } : {}),
    });
  return out;
}
