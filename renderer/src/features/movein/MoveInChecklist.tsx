import { Alert, App, Button, Checkbox, InputNumber, Space, Typography } from 'antd';
import { PaymentMethodSelect } from '../../components/PaymentMethodSelect';
import { useMemo, useState } from 'react';
import { DEFAULT_LIMITS } from '@shared/domain/deskSettings';
import { parseAmountToFen } from '@shared/domain/money';
import {
  HANDED_ITEMS,
  MOVE_IN_AGREEMENTS,
  moveInProblems,
  requiredDocuments,
  type HandedItem,
  type MeterKind,
  type MoveInAgreement,
} from '@shared/domain/movein';
import type { PaymentMethod } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { MoveInRecord } from '../../db/records';
import type { MoveInChecklist as Checklist } from '../../db/repositories/moveInRepository';
import { AmountInput } from '../../components/AmountInput';
import * as Field from '../../components/fieldRows';
import { t } from '../../i18n';
import { usePendingReceipts } from '../safety/usePendingReceipts';
import { messageOf } from '../../i18n/domainText';

const METERS: MeterKind[] = ['water', 'power', 'gas'];

/** The checklist of an open move-in: papers by applicant type, agreements, items, meters; 完成交房. */
export function MoveInChecklist({ moveIn: m }: { moveIn: MoveInRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [c, setC] = useState<Required<Omit<Checklist, 'note'>>>({
    documents: m.documents,
    agreements: m.agreements,
    handedItems: m.handedItems,
    keysHanded: m.keysHanded,
    registrationFilled: m.registrationFilled,
    meters: m.meters,
    metersConfirmed: m.metersConfirmed,
  });
  const [fee, setFee] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [requestId] = useState(() => crypto.randomUUID());
  const pending = usePendingReceipts();
  const [error, setError] = useState<string | null>(null);
  const problems = useMemo(() => moveInProblems({ ...c, applicantKind: m.applicantKind }), [c, m]);
  const set = (patch: Partial<typeof c>) => setC((prev) => ({ ...prev, ...patch }));
  // A yes/no item of the checklist, ticked in place.
  const tick = (key: 'registrationFilled' | 'metersConfirmed', label: string, testId: string) => (
    <Checkbox
      checked={c[key]}
      onChange={(e) => set({ [key]: e.target.checked })}
      data-testid={testId}
    >
      {label}
    </Checkbox>
  );
  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await action();
      void message.success(done);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const complete = () => {
    const parsed = fee.trim()
      ? parseAmountToFen(fee, { maxFen: DEFAULT_LIMITS.maxAmountFen })
      : undefined;
    if (parsed && !parsed.ok) return setError(parsed.error);
    void run(
      async () => {
        await repos.moveIns.saveChecklist(actor, m.id, c);
        const payment = parsed?.ok ? { requestId, amountFen: parsed.fen, method } : undefined;
        const finish = () => repos.moveIns.complete(actor, m.id, payment);
        if (!payment) {
          await finish();
          return;
        }
        await pending.write([requestId], finish);
        // The completed record shows the property fee's receipt number.
        pending.confirm([requestId]);
      },
      t('movein.drawer.completed', { unit: m.unitCode }),
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="movein-checklist">
      <Typography.Title level={5}>{t('movein.drawer.documents')}</Typography.Title>
      <Checkbox.Group
        value={c.documents}
        onChange={(v) => set({ documents: v.map(String) })}
        options={Field.choices(requiredDocuments(m.applicantKind), (d) =>
          t(`domain.labels.moveInDocuments.${d}`),
        )}
        data-testid="movein-documents"
      />
      <Typography.Title level={5}>{t('movein.drawer.agreements')}</Typography.Title>
      <Checkbox.Group
        value={c.agreements}
        onChange={(v) => set({ agreements: v.map(String) })}
        options={Field.choices(Object.keys(MOVE_IN_AGREEMENTS) as MoveInAgreement[], (a) =>
          t(`domain.labels.moveInAgreements.${a}`),
        )}
        data-testid="movein-agreements"
      />
      <Typography.Title level={5}>{t('movein.drawer.handed')}</Typography.Title>
      <Space wrap>
        <Checkbox.Group
          value={c.handedItems}
          onChange={(v) => set({ handedItems: v.map(String) })}
          options={Field.choices(Object.keys(HANDED_ITEMS) as HandedItem[], (h) =>
            t(`domain.labels.handedItems.${h}`),
          )}
        />
        <span>{t('movein.drawer.keys')}</span>
        <InputNumber
          min={0}
          max={99}
          value={c.keysHanded}
          onChange={(n) => set({ keysHanded: n ?? 0 })}
          id="movein-keys"
          data-testid="movein-keys"
        />
        {tick('registrationFilled', t('movein.drawer.registration'), 'movein-registration')}
      </Space>
      <Typography.Title level={5}>{t('movein.drawer.meters')}</Typography.Title>
      <Space wrap>
        {METERS.map((k) => (
          <Space key={k} size={4}>
            <span>{t(`movein.drawer.${k}`)}</span>
            <InputNumber
              min={0}
              value={c.meters[k]}
              onChange={(n) =>
                set({ meters: { ...c.meters, ...(n === null ? { [k]: undefined } : { [k]: n }) } })
              }
              id={`movein-meter-${k}`}
              data-testid={`movein-meter-${k}`}
            />
          </Space>
        ))}
        {tick('metersConfirmed', t('movein.drawer.metersConfirmed'), 'movein-meters-confirmed')}
      </Space>
      {problems.length > 0 ? (
        <Alert
          type="warning"
          title={t('movein.drawer.problems')}
          description={problems.join('；')}
        />
      ) : (
        <Alert type="success" title={t('movein.drawer.ready')} />
      )}
      {error && <Alert type="error" title={error} data-testid="movein-error" />}
      <Space wrap>
        <Button
          onClick={() =>
            void run(() => repos.moveIns.saveChecklist(actor, m.id, c), t('movein.drawer.saved'))
          }
          data-testid="movein-save"
        >
          {t('movein.drawer.save')}
        </Button>
        <span>{t('movein.drawer.fee')}</span>
        <AmountInput width={120} value={fee} onChange={setFee} testId="movein-fee" />
        <PaymentMethodSelect value={method} onChange={setMethod} />
        <Button
          type="primary"
          onClick={complete}
          disabled={problems.length > 0}
          data-testid="movein-complete"
        >
          {t('movein.drawer.complete')}
        </Button>
      </Space>
    </Space>
  );
}
