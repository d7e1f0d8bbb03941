import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch } from 'react-hook-form';
import { APPLICANT_KINDS } from '@shared/domain/movein';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { UnitField } from '../../components/UnitField';
import { useRecordForm } from '../../components/useDraftForm';
import type { MoveInRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { moveInFormSchema, newMoveInValues, type MoveInFormValues } from './moveInForm';

const L = Field.labelsIn('movein.create');

/** 办理入住: the unit and who applies; the checklist follows in the drawer. */
export function MoveInCreateModal(props: {
  onClose: () => void;
  onSaved: (m: MoveInRecord) => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const { form, frame } = useRecordForm<MoveInFormValues, MoveInRecord>({
    draftKey: 'movein.new',
    resolver: zodResolver(moveInFormSchema),
    defaults: newMoveInValues,
    save: (v) => repos.moveIns.create(actor, v),
    onSaved: props.onSaved,
  });
  const kind = useWatch({ control: form.control, name: 'applicantKind' });
  const c = form.control;
  const F = Field.useRows(c);
  return (
    <FormModal
      title={t('movein.create.title')}
      testId="movein-form"
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('unitCode')}
    >
      <UnitField
        control={c}
        name="unitCode"
        label={L('unit')}
        required
        testId="movein-unit"
        onUnit={(id) => form.setValue('unitId', id, { shouldValidate: true })}
      />
      <F.Radio
        name="applicantKind"
        label={L('kind')}
        required
        options={Field.choices(APPLICANT_KINDS, (k) => t(`movein.applicant.${k}`))}
      />
      <F.Text name="applicantName" label={L('name')} required testId="movein-name" />
      <F.Text name="applicantPhone" label={L('phone')} required testId="movein-phone" />
      {kind !== 'owner' && (
        <F.Text name="agentName" label={L('agent')} required testId="movein-agent" />
      )}
    </FormModal>
  );
}
