import { App, Button, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import type { PaymentMethod } from '@shared/domain/receipt';
import { canDo } from '@shared/domain/renovationFlow';
import type { RenovationPayer } from '@shared/domain/renovationMoney';
import type { RenovationDamage } from '@shared/domain/renovationRefundSplit';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { newId } from '../../db/ids';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useMoneyPrinting } from '../money/useMoneyPrinting';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { useSetting } from '../settings/useSettings';
import { PaymentMethodSelect } from '../../components/PaymentMethodSelect';
import { useRenovationAction } from './useRenovationAction';

const PAYERS: readonly RenovationPayer[] = ['contractor', 'owner'];
const fresh = () => ({ contractor: newId(), owner: newId() });

type SettleStep = 'passes' | 'refund' | 'arrears';
const SETTLE_TEST_IDS: Record<SettleStep, string> = {
  passes: 'reno-refund-passes',
  refund: 'reno-refund',
  arrears: 'reno-collect-arrears',
};

/**
 * The refund: the plan per receipt with its deductions, damages to public areas entered here
 * (deducted from the payer's deposit), then the vouchers printed.
 */
export function RefundSection({ job }: { job: RenovationRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { busy, run } = useRenovationAction();
  const pending = usePendingReceipts();
  const { message } = App.useApp();
  const maxFen = (useSetting('limits') ?? DEFAULT_LIMITS).maxAmountFen;
  const { printMoneyDoc, printModal } = useMoneyPrinting();
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [damages, setDamages] = useState<RenovationDamage[]>([]);
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState<string | null>(null);
  const [payer, setPayer] = useState<RenovationPayer>('owner');
  // Made once per step: a double click or a retry issues no second voucher; a new pair after
  // each one, so a later refund never reuses an id.
  const [requestIds, setRequestIds] = useState(() => ({
    passes: fresh(),
    arrears: fresh(),
    refund: fresh(),
  }));
  const plan = useLiveQuery(
    () =>
      job.state === 'pendingRefund' ? repos.renovations.refundPlan(job.id, damages) : undefined,
    [repos, job, damages],
  );
  const passPlan = useLiveQuery(
    () =>
      job.state === 'pendingRefund' ? repos.renovations.refundPlan(job.id, [], true) : undefined,
    [repos, job],
  );
  const can = canDo(job.state, 'refund', actor.role);
  /**
   * One settling step for both payers: the pass deposits (they fall due first, 3 working days
   * against 7), the refund with its damages, or the arrears; every document it issued is
   * previewed, one after the other.
   */
  const settle = async (step: SettleStep) => {
    const stepIds = requestIds[step];
    const ids = [stepIds.contractor, stepIds.owner];
    const input = { method, requestIds: stepIds };
    const write = {
      passes: () => repos.renovations.refundPassDeposits(actor, job.id, input),
      refund: () => repos.renovations.refund(actor, job.id, { ...input, damages }),
      arrears: () => repos.renovations.collectArrears(actor, job.id, input),
    }[step];
    const done = await run(step, () => pending.write(ids, write));
    if (!done) return;
    setRequestIds((all) => ({ ...all, [step]: fresh() }));
    if (step === 'refund') setDamages([]);
    const docs = step === 'arrears' ? 'receipts' : 'refunds';
    const issued = done[docs].slice(job[docs].length);
    for (const link of issued) {
      const doc = await repos.receipts.get(link.docId);
      if (doc) await printMoneyDoc(doc);
    }
    pending.confirm(ids);
  };

  const addDamage = () => {
    const fen = parseAmountToFen(amount ?? '', { maxFen });
    if (reason.trim() === '') return void message.error(t('renovation.refund.damageReasonMissing'));
    if (!fen.ok) return void message.error(fen.error);
    if (fen.fen <= 0) return void message.error(t('renovation.refund.damageAmountMissing'));
    setDamages([...damages, { payer, reason: reason.trim(), amountFen: fen.fen }]);
    setReason('');
    setAmount(null);
  };
  /** A settling step's button: the pass deposits' beside the primary refund (or arrears). */
  const settleButton = (step: SettleStep, label: string) => (
    <Button
      type={step === 'passes' ? undefined : 'primary'}
      loading={busy === step}
      onClick={() => void settle(step)}
      data-testid={SETTLE_TEST_IDS[step]}
    >
      {label}
    </Button>
  );
  const seen = new Map<string, number>();

  return (
    <>
      {plan && (
        <div data-testid="reno-refund-plan">
          {plan.blockers.map((b) => (
            <Typography.Text key={b} type="danger">
              {b}
            </Typography.Text>
          ))}
          {plan.owed.map((o, i) => (
            <Typography.Text key={`owed${i}`} type="danger" style={{ display: 'block' }}>
              {t('renovation.refund.owedRow', {
                payer: t(`renovation.payer.${o.payer}`),
                reason: o.reason,
                amount: formatFen(o.amountFen),
              })}
            </Typography.Text>
          ))}
          {plan.payers.map((p) => (
            <div key={p.receiptId}>
              {t('renovation.detail.refundPlanRow', {
                payer: t(`renovation.payer.${p.payer}`),
                refund: formatFen(p.refundFen),
                deducted: formatFen(p.deductedFen),
              })}
              {p.shortfallFen > 0
                ? t('renovation.detail.shortfall', { owed: formatFen(p.shortfallFen) })
                : ''}
              <Typography.Text type="secondary">
                {' '}
                {p.receiptNo}{' '}
                {p.deductions.map((d) => `${d.reason} ${formatFen(d.amountFen)}`).join('，')}
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
      {can && (
        <>
          <Space wrap style={{ marginTop: 8 }}>
            {damages.map((d, i) => (
              <Tag
                key={`${d.reason}${i}`}
                closable
                onClose={() => setDamages(damages.filter((_, j) => j !== i))}
              >
                {t(`renovation.payer.${d.payer}`)} {d.reason} ¥{formatFen(d.amountFen)}
              </Tag>
            ))}
          </Space>
          <Space wrap style={{ marginTop: 8 }}>
            <Select<RenovationPayer>
              value={payer}
              onChange={setPayer}
              style={{ width: 110 }}
              options={PAYERS.map((p) => ({ value: p, label: t(`renovation.payer.${p}`) }))}
            />
            <Input
              placeholder={t('renovation.refund.damageReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              style={{ width: 200 }}
              data-testid="reno-damage-reason"
            />
            <InputNumber<string>
              stringMode
              min="0"
              precision={2}
              placeholder={t('renovation.refund.damageAmount')}
              value={amount}
              onChange={setAmount}
              onPressEnter={addDamage}
              data-testid="reno-damage-amount"
            />
            <Button onClick={addDamage} data-testid="reno-damage-add">
              {t('renovation.refund.addDamage')}
            </Button>
          </Space>
          <Space style={{ marginTop: 8, display: 'flex' }}>
            <PaymentMethodSelect value={method} onChange={setMethod} />
            {passPlan &&
              passPlan.payers.some((p) => p.refundFen > 0) &&
              passPlan.blockers.length === 0 &&
              settleButton(
                'passes',
                t('renovation.refund.passesFirst', {
                  amount: formatFen(passPlan.payers.reduce((s, p) => s + p.refundFen, 0)),
                }),
              )}
            {settleButton('refund', t('renovation.detail.refund'))}
          </Space>
        </>
      )}
      {job.state === 'owing' && (
        <div data-testid="reno-owed">
          <Typography.Text type="danger" strong style={{ display: 'block' }}>
            {t('renovation.detail.owed', { owed: formatFen(job.owedFen ?? 0) })}
          </Typography.Text>
          {(job.owed ?? []).map((o, i) => (
            <Typography.Text key={i} type="danger" style={{ display: 'block' }}>
              {t('renovation.refund.owedRow', {
                payer: t(`renovation.payer.${o.payer}`),
                reason: o.reason,
                amount: formatFen(o.amountFen),
              })}
            </Typography.Text>
          ))}
          {canDo(job.state, 'collectArrears', actor.role) && (
            <Space style={{ marginTop: 8 }}>
              <PaymentMethodSelect value={method} onChange={setMethod} />
              {settleButton('arrears', t('renovation.detail.collectArrears'))}
            </Space>
          )}
        </div>
      )}
      {job.refunds.map((r) => {
        const n = (seen.get(r.payer) ?? 0) + 1;
        seen.set(r.payer, n);
        return (
          <Button
            key={r.docId}
            size="small"
            style={{ marginTop: 8, marginRight: 8 }}
            onClick={() => void repos.receipts.get(r.docId).then((d) => d && printMoneyDoc(d))}
            data-testid={n === 1 ? `reno-voucher-${r.payer}` : `reno-voucher-${r.payer}-${n}`}
          >
            {t(`renovation.payer.${r.payer}`)} {r.docNo} ¥{formatFen(r.totalFen)}
          </Button>
        );
      })}
      {printModal}
    </>
  );
}
