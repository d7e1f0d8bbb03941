import { Alert, Button, Divider, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatFen } from '@shared/domain/money';
import { linesTotalFen } from '@shared/domain/fees';
import type { LineRequest, PaymentMethod } from '@shared/domain/receipt';
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
import { PaymentMethodSelect } from '../../components/PaymentMethodSelect';
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
  // Made once per collection: a double click or a retry issues no second receipt; a new
  // pair after each one, so charging a voided receipt again never reuses an id.
  const [requestIds, setRequestIds] = useState(() => ({ contractor: newId(), owner: newId() }));
  const plan = useLiveQuery(
    () => repos.renovations.feePlan(job.id),
    [repos, job.id, job.workers.length],
  );
  // What is still to charge (a voided receipt counts for nothing) and its documents' status.
  const due = useLiveQuery(() => repos.renovations.feesDue(job.id), [repos, job]);
  const docs = useLiveQuery(
    () => Promise.all(job.receipts.map((r) => repos.receipts.get(r.docId))),
    [repos, job.receipts],
  );
  const linkable = useLiveQuery(
    () =>
      canDo(job.state, 'collectFees', actor.role) ? repos.renovations.linkableReceipts(job.id) : [],
    [repos, job, actor.role],
  );
  const voided = new Set((docs ?? []).filter((d) => d?.status === 'void').map((d) => d?.id));
  const owing = due ? due.contractor.length + due.owner.length > 0 : false;
  const paid = job.receipts.length > 0 && !owing;

  const collect = async () => {
    const ids = [requestIds.contractor, requestIds.owner];
    const before = new Set(job.receipts.map((r) => r.docId));
    const done = await run('fees', () =>
      pending.write(ids, () =>
        repos.renovations.collectFees(actor, job.id, {
          method,
          requestIds,
          extra: extraLines(extras),
        }),
      ),
    );
    if (!done) return;
    setRequestIds({ contractor: newId(), owner: newId() });
    setExtras([]);
    // Every receipt this click issued is previewed, one after the other, and printed.
    for (const link of done.receipts.filter((r) => !before.has(r.docId))) {
      const doc = await repos.receipts.get(link.docId);
      if (doc) await printMoneyDoc(doc);
    }
    // The numbers are on screen now (the receipt buttons and the preview).
    pending.confirm(ids);
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
      {(linkable ?? []).length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('renovation.detail.linkTitle')}
          data-testid="reno-linkable"
          action={
            <Space direction="vertical">
              {(linkable ?? []).map((r) => (
                <Button
                  key={r.id}
                  size="small"
                  loading={busy === `link${r.id}`}
                  onClick={() =>
                    void run(`link${r.id}`, () =>
                      repos.renovations.linkReceipt(actor, job.id, r.id),
                    )
                  }
                  data-testid={`reno-link-${r.no}`}
                >
                  {t('renovation.detail.link', { no: r.no, amount: formatFen(r.totalFen) })}
                </Button>
              ))}
            </Space>
          }
        />
      )}
      {job.receipts.length > 0 && owing && voided.size > 0 && (
        <Typography.Text type="danger" style={{ display: 'block', marginTop: 8 }}>
          {t('renovation.detail.chargeAgain')}
        </Typography.Text>
      )}
      {!paid && <ExtraFeesPicker planned={planned} value={extras} onChange={setExtras} />}
      <Space style={{ marginTop: 8 }} wrap>
        {!paid && canDo(job.state, 'collectFees', actor.role) && (
          <>
            <PaymentMethodSelect value={method} onChange={setMethod} />
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
        {job.receipts.map((r, i) => (
          <Button
            key={r.docId}
            size="small"
            onClick={() => void printReceipt(r.docId)}
            data-testid={receiptTestId(job.receipts, i)}
          >
            {t(`renovation.payer.${r.payer}`)} {r.docNo} ¥{formatFen(r.totalFen)}
            {voided.has(r.docId) && (
              <Tag color="red" style={{ marginLeft: 4 }}>
                {t('renovation.detail.voided')}
              </Tag>
            )}
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

/** `reno-receipt-owner`, then `reno-receipt-owner-2`… for a payer charged again. */
function receiptTestId(links: RenovationRecord['receipts'], i: number): string {
  const payer = links[i]?.payer ?? 'owner';
  const n = links.slice(0, i + 1).filter((l) => l.payer === payer).length;
  return n === 1 ? `reno-receipt-${payer}` : `reno-receipt-${payer}-${n}`;
}
