import { Button, Divider, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { maskIdNumber } from '@shared/domain/identity';
import { canDo } from '@shared/domain/renovationFlow';
import { passReturnRequestId } from '@shared/domain/renovationMoney';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { newId } from '../../db/ids';
import type { RenovationPass, RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useMoneyPrinting } from '../money/useMoneyPrinting';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { useRenovationAction } from './useRenovationAction';

const COLORS = { active: 'blue', returned: 'green', lost: 'red' } as const;

/** The passes: returned or reported lost, one by one; the permit reported lost. */
export function PassesSection({ job }: { job: RenovationRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { busy, run } = useRenovationAction();
  const pending = usePendingReceipts();
  const manage = canDo(job.state, 'managePasses', actor.role);
  const { printMoneyDoc, printModal } = useMoneyPrinting();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  // One request per pass being added: a double click issues no second receipt.
  const [requestId, setRequestId] = useState(newId);

  // The card's deposit goes back at hand-back, on a voucher printed at once.
  const returnPass = async (no: string) => {
    const rid = passReturnRequestId(job.id, no);
    const done = await run(`r${no}`, () =>
      pending.write([rid], () => repos.renovations.returnPass(actor, job.id, no)),
    );
    if (!done) return;
    const docId = done.passes.find((p) => p.no === no)?.refundDocId;
    const voucher = docId ? await repos.receipts.get(docId) : undefined;
    if (voucher) await printMoneyDoc(voucher);
    pending.confirm([rid]);
  };
  const addPass = async () => {
    const done = await run('add', () =>
      pending.write([requestId], () =>
        repos.renovations.addPass(actor, job.id, {
          workerName: name,
          idNumber,
          method: 'cash',
          requestId,
        }),
      ),
    );
    if (!done) return;
    setName('');
    setIdNumber('');
    setRequestId(newId());
    const link = done.receipts[done.receipts.length - 1];
    const receipt = link ? await repos.receipts.get(link.docId) : undefined;
    if (receipt) await printMoneyDoc(receipt);
    pending.confirm([requestId]);
  };
  return (
    <>
      <Divider titlePlacement="start">{t('renovation.detail.passes')}</Divider>
      <Table<RenovationPass>
        rowKey="no"
        size="small"
        pagination={false}
        dataSource={job.passes}
        columns={[
          { title: t('renovation.print.passNo'), dataIndex: 'no' },
          { title: t('renovation.print.name'), dataIndex: 'workerName' },
          {
            title: t('renovation.print.idNumber'),
            dataIndex: 'idNumber',
            render: (v: string) => (v ? maskIdNumber(v) : '—'),
          },
          {
            title: t('renovation.col.state'),
            dataIndex: 'status',
            render: (s: RenovationPass['status'], p) => (
              <>
                <Tag color={COLORS[s]}>{t(`renovation.detail.passStatus.${s}`)}</Tag>
                {p.refundDocNo ? (
                  <Typography.Text type="secondary" data-testid={`reno-pass-refund-${p.no}`}>
                    {t('renovation.detail.passRefunded', { no: p.refundDocNo })}
                  </Typography.Text>
                ) : s === 'returned' && manage ? (
                  <Typography.Text type="warning">
                    {t('renovation.detail.passRefundWaits')}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          {
            title: '',
            render: (_, p) =>
              manage && p.status === 'active' ? (
                <Space>
                  <Button
                    size="small"
                    loading={busy === `r${p.no}`}
                    onClick={() => void returnPass(p.no)}
                    data-testid={`reno-pass-return-${p.no}`}
                  >
                    {t('renovation.detail.passReturn')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    loading={busy === `l${p.no}`}
                    onClick={() =>
                      void run(`l${p.no}`, () => repos.renovations.losePass(actor, job.id, p.no))
                    }
                    data-testid={`reno-pass-lost-${p.no}`}
                  >
                    {t('renovation.detail.passLost')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      {manage && (
        <Button
          size="small"
          danger
          style={{ marginTop: 8 }}
          onClick={() =>
            void run('permitLost', () => repos.renovations.reportPermitLost(actor, job.id))
          }
          data-testid="reno-permit-lost"
        >
          {t('renovation.detail.permitLost')}
          {job.permitsLost > 0 ? ` (${job.permitsLost})` : ''}
        </Button>
      )}
      {canDo(job.state, 'addPass', actor.role) && (
        <Space wrap style={{ marginTop: 8, display: 'flex' }}>
          <Input
            placeholder={t('renovation.works.workerName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            style={{ width: 120 }}
            data-testid="reno-addpass-name"
          />
          <Input
            placeholder={t('renovation.works.workerId')}
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value)}
            style={{ width: 200 }}
            data-testid="reno-addpass-id"
          />
          <Button
            loading={busy === 'add'}
            onClick={() => void addPass()}
            data-testid="reno-addpass"
          >
            {t('renovation.works.addPass')}
          </Button>
        </Space>
      )}
      {printModal}
    </>
  );
}
