import { App, Button, Input, InputNumber, List, Space, Typography } from 'antd';
import { PaymentMethodSelect } from '../../components/PaymentMethodSelect';
import { useState } from 'react';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { DEFAULT_CUSTODY_RULES, custodyUsage, nextCustodyCheck } from '@shared/domain/movein';
import type { PaymentMethod } from '@shared/domain/receipt';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { MoveInRecord } from '../../db/records';
import { AmountInput } from '../../components/AmountInput';
import { t } from '../../i18n';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { useSetting } from '../settings/useSettings';
import { messageOf } from '../../i18n/domainText';

/** 托管: start with the readings and the 70 % fee; weekly outside checks against the limits. */
export function MoveInCustody({ moveIn: m }: { moveIn: MoveInRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const pending = usePendingReceipts();
  const [fee, setFee] = useState('');
  const [water, setWater] = useState<number | null>(m.meters.water ?? null);
  const [power, setPower] = useState<number | null>(m.meters.power ?? null);
  const [note, setNote] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [requestId] = useState(() => crypto.randomUUID());
  const rules = useSetting('custody') ?? DEFAULT_CUSTODY_RULES;
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (err) {
      void message.error(messageOf(err));
    }
  };
  const meters = { ...(water === null ? {} : { water }), ...(power === null ? {} : { power }) };
  const custody = m.custody && !m.custody.endedAt ? m.custody : undefined;
  const meterInputs = (
    <>
      <span>{t('movein.custody.checkWater')}</span>
      <InputNumber min={0} value={water} onChange={setWater} data-testid="custody-water" />
      <span>{t('movein.custody.checkPower')}</span>
      <InputNumber min={0} value={power} onChange={setPower} data-testid="custody-power" />
    </>
  );

  const ended = m.custody?.endedAt ? m.custody : undefined;
  const endedLine = ended && (
    <Typography.Text data-testid="custody-ended">
      {t('movein.custodyEnd.ended', {
        at: formatOfficeDateTime(ended.endedAt ?? ''),
        months: ended.months ?? 0,
        no: ended.feeReceiptNo ?? '—',
      })}
    </Typography.Text>
  );
  // A unit moved out is not put in custody from this record any more.
  if (!custody && m.moveOut) return endedLine ?? null;
  if (!custody)
    return (
      <Space wrap data-testid="movein-custody">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('movein.custody.title')}
        </Typography.Title>
        {endedLine && <div style={{ width: '100%' }}>{endedLine}</div>}
        <span>{t('movein.custody.monthlyFee')}</span>
        <AmountInput width={100} value={fee} onChange={setFee} testId="custody-fee" />
        {meterInputs}
        <Button
          onClick={() => {
            const parsed = parseAmountToFen(fee, { maxFen: DEFAULT_LIMITS.maxAmountFen });
            if (!parsed.ok) return void message.error(parsed.error);
            void run(() =>
              repos.moveIns.startCustody(actor, m.id, {
                startMeters: meters,
                monthlyFeeFen: parsed.fen,
              }),
            );
          }}
          data-testid="custody-start"
        >
          {t('movein.custody.start')}
        </Button>
      </Space>
    );

  const lastCheck = custody.checks[custody.checks.length - 1]?.at ?? custody.startAt;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="movein-custody">
      <Typography.Title level={5}>{t('movein.custody.title')}</Typography.Title>
      <Typography.Text data-testid="custody-summary">
        {t('movein.custody.started', {
          fee: formatFen(custody.custodyFeeFen),
          percent: rules.feePercent,
        })}{' '}
        {t('movein.custody.limits', {
          water: rules.waterLimit,
          power: rules.powerLimit,
        })}{' '}
        {t('movein.custody.nextCheck', { date: nextCustodyCheck(officeDateOf(lastCheck)) })}
      </Typography.Text>
      <List
        size="small"
        dataSource={custody.checks}
        renderItem={(c) => {
          const u = custodyUsage(custody.startMeters, c.meters, rules);
          return (
            <List.Item>
              <Typography.Text type={u.overWater || u.overPower ? 'danger' : undefined}>
                {t('movein.custody.usage', {
                  at: formatOfficeDateTime(c.at),
                  by: c.byName,
                  water: u.water,
                  power: u.power,
                  over: u.overWater || u.overPower ? t('movein.custody.over') : '',
                })}{' '}
                {c.note}
              </Typography.Text>
            </List.Item>
          );
        }}
      />
      <Space wrap>
        <span>{t('movein.custody.check')}</span>
        {meterInputs}
        <Input
          style={{ width: 180 }}
          placeholder={t('movein.custody.checkNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button
          onClick={() => void run(() => repos.moveIns.custodyCheck(actor, m.id, { meters, note }))}
          data-testid="custody-check"
        >
          {t('movein.custody.record')}
        </Button>
      </Space>
      <Space wrap>
        <PaymentMethodSelect value={method} onChange={setMethod} />
        <Button
          danger
          onClick={() =>
            void run(async () => {
              await pending.write([requestId], () =>
                repos.moveIns.endCustody(actor, m.id, { endMeters: meters, requestId, method }),
              );
              // The drawer now shows the ended custody with its receipt number.
              pending.confirm([requestId]);
            })
          }
          data-testid="custody-end"
        >
          {t('movein.custodyEnd.end')}
        </Button>
      </Space>
    </Space>
  );
}
