import { zodResolver } from '@hookform/resolvers/zod';
import { officeDateOf } from '@shared/domain/officeTime';
import {
  DEFAULT_HOT_WORK_PRECAUTIONS,
  hotWorkInputSchema,
  type HotWorkInput,
  type HotWorkPermit,
} from '@shared/domain/renovationDocs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { useRecordForm } from '../../components/useDraftForm';
import { nowIso } from '../../db/ids';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { DateField } from '../../components/DateField';

interface Props {
  job: RenovationRecord;
  onClose: () => void;
  onIssued: (permit: HotWorkPermit) => void;
}

/** 签发动火许可证: place, time window, person, fire watch, precautions (supervisor). */
export function HotWorkDialog({ job, onClose, onIssued }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const defaults = (): HotWorkInput => {
    const today = officeDateOf(nowIso());
    return {
      place: '',
      from: `${today}T09:00`,
      until: `${today}T11:00`,
      person: '',
      guardian: job.contractorLeader,
      precautions: DEFAULT_HOT_WORK_PRECAUTIONS,
    };
  };
  const { form, frame } = useRecordForm({
    draftKey: `renovation.hotWork.${job.id}`,
    resolver: zodResolver(hotWorkInputSchema),
    defaults,
    save: (values) => repos.renovations.issueHotWork(actor, job.id, values),
    onSaved: onIssued,
  });
  const F = Field.useRows(form.control);

  const text = (name: 'place' | 'person' | 'guardian', required = true) => (
    <F.Text
      name={name}
      label={t(`renovation.hotWork.${name}`)}
      required={required}
      testId={`reno-hot-${name}`}
      autoFocus={name === 'place'}
    />
  );
  const time = (name: 'from' | 'until') => (
    <DateField
      control={form.control}
      name={name}
      label={t(`renovation.hotWork.${name}`)}
      required
      kind="time"
      testId={`reno-hot-${name}`}
    />
  );

  return (
    <FormModal
      title={t('renovation.hotWork.title', { no: job.no })}
      testId="reno-hot-form"
      {...frame}
      onClose={onClose}
      afterOpen={() => form.setFocus('place')}
    >
      {text('place')}
      {time('from')}
      {time('until')}
      {text('person')}
      {text('guardian', false)}
      <F.TextArea
        name="precautions"
        label={t('renovation.hotWork.precautions')}
        required
        rows={3}
        testId="reno-hot-precautions"
      />
    </FormModal>
  );
}
