import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from 'antd';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
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
import { useFormDraft } from '../../components/useFormDraft';
import { nowIso } from '../../db/ids';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { DateField } from '../../components/DateField';
import { messageOf } from '../../i18n/domainText';

interface Props {
  job: RenovationRecord;
  onClose: () => void;
  onIssued: (permit: HotWorkPermit) => void;
}

/** 签发动火许可证: place, time window, person, fire watch, precautions (supervisor). */
export function HotWorkDialog({ job, onClose, onIssued }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const defaults = useMemo<HotWorkInput>(() => {
    const today = officeDateOf(nowIso());
    return {
      place: '',
      from: `${today}T09:00`,
      until: `${today}T11:00`,
      person: '',
      guardian: job.contractorLeader,
      precautions: DEFAULT_HOT_WORK_PRECAUTIONS,
    };
  }, [job.contractorLeader]);
  const form = useForm<HotWorkInput>({
    mode: 'onChange',
    resolver: zodResolver(hotWorkInputSchema),
    defaultValues: defaults,
  });
  const F = Field.useRows(form.control);
  const draft = useFormDraft(`renovation.hotWork.${job.id}`, form);

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      try {
        const permit = await repos.renovations.issueHotWork(actor, job.id, values);
        draft.clear();
        onIssued(permit);
      } catch (err) {
        setError(messageOf(err));
      }
    })();

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
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(defaults);
      }}
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('place')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
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
