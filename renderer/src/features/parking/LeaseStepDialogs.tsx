import { Form, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import { formatFen } from '@shared/domain/money';
import { renewalPreview } from '@shared/domain/parking';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { QuickDialog } from '../../components/QuickDialog';
import { useStepForm } from '../../components/useDraftForm';
import type { ParkingLeaseRecord } from '../../db/records';
import { t } from '../../i18n';
import {
  endResolver,
  renewalOf,
  renewResolver,
  type EndValues,
  type RenewValues,
} from './leaseSteps';

interface StepProps {
  lease: ParkingLeaseRecord;
  onClose: () => void;
  onDone: (lease: ParkingLeaseRecord) => void;
}

const R = Field.labelsIn('parking.renew');
const E = Field.labelsIn('parking.end');

/** 续租: months and fee; the new term (from the day after this one ends) shows as she types. */
export function RenewDialog({ lease, onClose, onDone }: StepProps) {
  const repos = useRepos();
  const { actor } = useSession();
  const { form, frame } = useStepForm<RenewValues>({
    resolver: renewResolver,
    defaults: { months: '12', fee: formatFen(lease.monthlyFeeFen) },
    save: async (v) => {
      const r = renewalOf(v);
      onDone(await repos.parking.renew(actor, lease.id, r.months, r.monthlyFeeFen));
    },
  });
  const F = useLabelledRows(form.control, R);
  const months = Number(useWatch({ control: form.control, name: 'months' }));
  const next = renewalPreview(lease, months);
  return (
    <QuickDialog
      title={t('parking.renew.title', { no: lease.no })}
      testId="lease-renew"
      {...frame}
      onClose={onClose}
      okText={R('ok')}
    >
      <F.Text name="months" required autoFocus style={{ width: 100 }} testId="lease-renew-months" />
      <F.Text name="fee" required style={{ width: 140 }} testId="lease-renew-fee" />
      {next && (
        <Form.Item label=" " colon={false}>
          <Typography.Text type="secondary" data-testid="lease-renew-term">
            {t('parking.renew.from', { from: next.startDate, to: next.endDate })}
          </Typography.Text>
        </Form.Item>
      )}
    </QuickDialog>
  );
}

/** 退租/转让: the last day in force and the reason. */
export function EndDialog({ lease, onClose, onDone, today }: StepProps & { today: string }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { form, frame } = useStepForm<EndValues>({
    resolver: endResolver(lease),
    defaults: { endedOn: today, reason: '' },
    save: async (v) => onDone(await repos.parking.end(actor, lease.id, v.endedOn, v.reason)),
  });
  const F = useLabelledRows(form.control, E);
  return (
    <QuickDialog
      title={t('parking.end.title', { no: lease.no })}
      testId="lease-end"
      {...frame}
      onClose={onClose}
      okText={E('ok')}
    >
      <F.Date name="endedOn" label={E('date')} required testId="lease-end-date" />
      <F.Text name="reason" required autoFocus testId="lease-end-reason" />
    </QuickDialog>
  );
}
