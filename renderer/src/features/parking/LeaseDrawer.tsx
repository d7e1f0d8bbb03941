import { App, Button, Descriptions, Space, Typography } from 'antd';
import { StatusRecordDrawer } from '../../components/RecordDrawer';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { maskPhone } from '@shared/domain/identity';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { isOpenLet, leaseState } from '@shared/domain/parking';
import { useRepos } from '../../app/ReposContext';
import type { ParkingLeaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { EndDialog, RenewDialog } from './LeaseStepDialogs';
import { platesText, stateColor, termText } from './leaseText';

type Step = 'renew' | 'end';

/** One let or sale: space, holder, term, plates, fee; renew, end early, print the 登记表. */
export function LeaseDrawer(props: {
  id: string;
  today: string;
  onClose: () => void;
  onOpen: (id: string) => void;
  onPrint: (l: ParkingLeaseRecord) => void;
}) {
  const repos = useRepos();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step | null>(null);
  const l = useLiveQuery(() => repos.parking.get(props.id), [repos, props.id]);
  if (!l) return null;
  const state = leaseState(l, props.today);
  const open = isOpenLet(l) || (l.use === 'sale' && !l.endedOn);
  const D = Descriptions.Item;
  const link = (id: string, text: string) => (
    <Typography.Link onClick={() => props.onOpen(id)}>{text}</Typography.Link>
  );
  return (
    <StatusRecordDrawer
      title={t('parking.detail.title', { no: l.no })}
      testId="lease-drawer"
      width={600}
      status={[stateColor(state), t(`parking.state.${state}`), 'lease-state']}
      onClose={props.onClose}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {isOpenLet(l) && (
          <Button type="primary" onClick={() => setStep('renew')} data-testid="lease-renew-open">
            {t('parking.detail.renew')}
          </Button>
        )}
        {open && (
          <Button onClick={() => setStep('end')} data-testid="lease-end-open">
            {t('parking.detail.end')}
          </Button>
        )}
        <Button onClick={() => props.onPrint(l)} data-testid="lease-print">
          {t('parking.detail.print')}
        </Button>
      </Space>
      <Descriptions column={1} size="small" bordered>
        <D label={t('parking.col.space')}>
          {l.spaceNo} {l.zone}（{t(`parking.kind.${l.kind}`)}）
        </D>
        <D label={t('parking.col.unit')}>{l.unitCode}</D>
        <D label={t('parking.col.holder')}>
          {l.holderName} {maskPhone(l.holderPhone)}
        </D>
        <D label={t('parking.col.use')}>{t(`parking.use.${l.use}`)}</D>
        <D label={t('parking.col.dates')}>
          <span data-testid="lease-term">{termText(l)}</span>
        </D>
        {l.endedOn && (
          <D label={t('parking.print.ended')}>
            {t('parking.detail.ended', { date: l.endedOn, reason: l.endReason ?? '' })}
          </D>
        )}
        {l.renewsId && <D label={t('parking.detail.renews')}>{link(l.renewsId, '←')}</D>}
        {l.renewedById && <D label={t('parking.detail.renewedBy')}>{link(l.renewedById, '→')}</D>}
        <D label={t('parking.col.plates')}>
          <span data-testid="lease-plates">{platesText(l)}</span>
        </D>
        <D label={t('parking.col.fee')}>{formatFen(l.monthlyFeeFen)}</D>
        {Boolean(l.note) && <D label={t('parking.col.note')}>{l.note}</D>}
        <D label={t('parking.detail.clerk')}>
          {l.clerkName} {formatOfficeDateTime(l.createdAt)}
          {l.printCount > 0 && ` · ${t('parking.detail.printCount', { count: l.printCount })}`}
        </D>
      </Descriptions>
      {step === 'renew' && (
        <RenewDialog
          lease={l}
          onClose={() => setStep(null)}
          onDone={(next) => {
            setStep(null);
            void message.success(t('parking.detail.renewed', { no: next.no }));
            props.onOpen(next.id);
          }}
        />
      )}
      {step === 'end' && (
        <EndDialog
          lease={l}
          today={props.today}
          onClose={() => setStep(null)}
          onDone={(ended) => {
            setStep(null);
            void message.success(t('parking.detail.endDone', { no: ended.no }));
          }}
        />
      )}
    </StatusRecordDrawer>
  );
}
