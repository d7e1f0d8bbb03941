import { App, Button, Descriptions, Space } from 'antd';
import { StatusRecordDrawer } from '../../components/RecordDrawer';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { maskPhone } from '@shared/domain/identity';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { TextPromptModal } from '../../components/TextPromptModal';
import { useOfficeNow } from '../../components/useOfficeClock';
import type { VenueBookingRecord } from '../../db/records';
import { t } from '../../i18n';
import { PayDialog, RefundDialog } from './BookingMoneyDialogs';
import { bookerText, statusColor } from './bookingText';

type Step = 'approve' | 'refuse' | 'cancel' | 'pay' | 'refund';

const PROMPT_TITLES = {
  approve: 'venues.decide.approveTitle',
  refuse: 'venues.decide.refuseTitle',
  cancel: 'venues.decide.cancelTitle',
} as const;

/** One booking: the slot, who booked, the decision, what was paid and given back; its steps. */
export function BookingDrawer(props: {
  id: string;
  onClose: () => void;
  onPrint: (b: VenueBookingRecord) => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const now = useOfficeNow();
  const [step, setStep] = useState<Step | null>(null);
  const b = useLiveQuery(() => repos.venues.get(props.id), [repos, props.id]);
  const money = useLiveQuery(async () => (b ? repos.venues.money(b) : undefined), [repos, b]);
  if (!b) return null;
  const LedgerDialog = step === 'refund' ? RefundDialog : PayDialog;
  const supervisor = hasRole(actor.role, 'supervisor');
  const receipt = money?.receipt;
  const paid = receipt?.status === 'valid';
  const ended = Date.parse(now) >= Date.parse(`${b.date}T${b.to}:00+08:00`);
  const done = (key: 'approved' | 'refused' | 'cancelled') => () =>
    void message.success(t(`venues.detail.${key}`, { no: b.no }));

  const actions: { key: Step; show: boolean; primary?: boolean }[] = [
    { key: 'approve', show: supervisor && b.status === 'pending', primary: true },
    { key: 'refuse', show: supervisor && b.status === 'pending' },
    {
      key: 'pay',
      show: b.status === 'approved' && !paid && b.feeFen + b.depositFen > 0,
      primary: true,
    },
    {
      key: 'refund',
      show: supervisor && paid && b.depositFen > 0 && !b.refundId && ended,
      primary: true,
    },
    { key: 'cancel', show: (b.status === 'pending' || b.status === 'approved') && !paid },
  ];

  return (
    <StatusRecordDrawer
      title={t('venues.detail.title', { no: b.no })}
      testId="venue-drawer"
      width={640}
      status={[statusColor(b.status), t(`venues.status.${b.status}`), 'venue-status']}
      onClose={props.onClose}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {actions
          .filter((a) => a.show)
          .map((a) => (
            <Button
              key={a.key}
              type={a.primary ? 'primary' : 'default'}
              onClick={() => setStep(a.key)}
              data-testid={`venue-${a.key}`}
            >
              {t(`venues.detail.${a.key}`)}
            </Button>
          ))}
        <Button onClick={() => props.onPrint(b)} data-testid="venue-print">
          {t('venues.detail.print')}
        </Button>
      </Space>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('venues.col.space')}>{b.spaceName}</Descriptions.Item>
        <Descriptions.Item label={t('venues.col.time')}>
          {t('venues.detail.slot', { date: b.date, from: b.from, to: b.to })}
        </Descriptions.Item>
        <Descriptions.Item label={t('venues.col.booker')}>{bookerText(b)}</Descriptions.Item>
        <Descriptions.Item label={t('venues.col.contact')}>
          {b.contactName} {b.contactPhone ? maskPhone(b.contactPhone) : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('venues.col.purpose')}>{b.purpose}</Descriptions.Item>
        <Descriptions.Item label={t('venues.col.attendees')}>{b.attendees}</Descriptions.Item>
        <Descriptions.Item label={t('venues.col.money')}>
          <span data-testid="venue-money">
            {t('venues.form.charges', {
              fee: formatFen(b.feeFen),
              deposit: formatFen(b.depositFen),
            })}
            {' · '}
            {receipt
              ? paid
                ? t('venues.detail.paid', { amount: formatFen(receipt.totalFen), no: receipt.no })
                : t('venues.detail.voided', { no: receipt.no })
              : t('venues.detail.unpaid')}
            {b.refundNo &&
              ` · ${t('venues.detail.refunded', { amount: formatFen(b.refundedFen ?? 0), no: b.refundNo })}`}
            {b.deductedFen
              ? ` · ${t('venues.detail.deducted', { amount: formatFen(b.deductedFen), reason: b.deductionReason ?? '' })}`
              : ''}
          </span>
        </Descriptions.Item>
        {b.approvedAt && (
          <Descriptions.Item label={t('venues.detail.decisionNote')}>
            {t('venues.detail.decided', {
              name: b.approvedByName ?? '',
              at: formatOfficeDateTime(b.approvedAt),
              status: t(`venues.status.${b.status === 'refused' ? 'refused' : 'approved'}`),
            })}
            {b.decisionNote ? `：${b.decisionNote}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('venues.detail.clerk')}>
          {b.clerkName} {formatOfficeDateTime(b.createdAt)}
        </Descriptions.Item>
      </Descriptions>
      {(step === 'approve' || step === 'refuse' || step === 'cancel') && (
        <TextPromptModal
          title={t(PROMPT_TITLES[step], { no: b.no })}
          label={t(step === 'cancel' ? 'venues.decide.reason' : 'venues.decide.note')}
          testId={`venue-${step}-prompt`}
          onSubmit={async (text) => {
            if (step === 'approve') await repos.venues.approve(actor, b.id, text);
            else if (step === 'refuse') await repos.venues.refuse(actor, b.id, text);
            else await repos.venues.cancel(actor, b.id, text);
            done(step === 'approve' ? 'approved' : step === 'refuse' ? 'refused' : 'cancelled')();
          }}
          onClose={() => setStep(null)}
        />
      )}
      {(step === 'pay' || step === 'refund') && (
        <LedgerDialog
          booking={b}
          onClose={() => setStep(null)}
          onDone={(no) => {
            setStep(null);
            void message.success(t(`venues.${step}.done`, { no }));
          }}
        />
      )}
    </StatusRecordDrawer>
  );
}
