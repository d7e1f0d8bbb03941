import { App } from 'antd';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import {
  GENDER_KEYS,
  GRADE_KEYS,
  ID_TYPE_KEYS,
  PERSON_KIND_KEYS,
  personInputSchema,
} from '@shared/domain/units';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import * as Field from '../../../components/fieldRows';
import { useLabelledRows } from '../../../components/labelledRows';
import { useRecordForm } from '../../../components/useDraftForm';
import type { ArchivePerson, ArchiveUnit } from '../../../db/repositories/archiveRecords';
import { t } from '../../../i18n';
import { FormModal } from '../../../components/FormModal';
import { mappedZodResolver } from '../../../components/formResolver';
import { personFormInput, personFormValues, type PersonFormValues } from './personFormValues';

const L = Field.labelsIn('archive.person');

/** Either a new person for `unit`, or `person` to edit. */
type Props = (
  | { unit: Pick<ArchiveUnit, 'id' | 'code'>; person?: undefined }
  | { person: ArchivePerson; unit?: undefined }
) & {
  onClose: () => void;
  onSaved: (person: ArchivePerson) => void;
  /** A new person's name and phone as already known (a caller added from an enquiry). */
  initial?: { name: string; phone?: string };
};

// Built at render: the labels follow the language in effect.
const KIND_OPTIONS = () =>
  Field.choices(PERSON_KIND_KEYS, (k) => t(`domain.labels.personKinds.${k}`));
const ID_TYPE_OPTIONS = () => Field.choices(ID_TYPE_KEYS, (k) => t(`domain.labels.idTypes.${k}`));
const genders = () => Field.choices(GENDER_KEYS, (k) => t(`domain.labels.genders.${k}`));
const GRADE_OPTIONS = () => Field.choices(GRADE_KEYS, (k) => t(`domain.labels.grades.${k}`));

/** Add a person to a unit, or edit one: the record shows phones and ID number in full. */
export function PersonFormModal({ unit, person, onClose, onSaved, initial }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const resolver = useMemo(() => mappedZodResolver(personInputSchema, personFormInput), []);
  const { form, frame } = useRecordForm<PersonFormValues, ArchivePerson>({
    draftKey: person ? `archive.person.${person.id}` : `archive.person.new.${unit.id}`,
    resolver,
    defaults: () => ({
      ...personFormValues(person),
      ...(!person && initial ? { name: initial.name, phones: initial.phone ?? '' } : {}),
    }),
    save: (values) => {
      const input = personFormInput(values);
      return person
        ? repos.people.update(person.id, input, actor)
        : repos.people.create(unit.id, input, actor);
    },
    onSaved: (saved) => {
      message.success(t('common.saved'));
      onSaved(saved);
    },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const c = form.control;
  const F = useLabelledRows(c, L);

  return (
    <FormModal
      title={
        person
          ? t('archive.form.editPerson', { name: person.name })
          : t('archive.form.newPerson', { code: unit.code })
      }
      testId="person-form"
      {...frame}
      onClose={onClose}
      afterOpen={() => form.setFocus('name')}
    >
      <F.Text name="name" required autoFocus />
      <F.Select
        name="kind"
        required
        options={KIND_OPTIONS()}
        // Phones and contact person are required or not by kind: check them again.
        onPicked={() => void form.trigger(['phones', 'contactPerson', 'idNumber'])}
      />
      {kind !== 'company' && <F.Select name="gender" emptyIsNone allowClear options={genders()} />}
      {kind === 'company' && <F.Text name="contactPerson" required />}
      <F.Text
        name="phones"
        required={kind !== 'family'}
        extra={t('archive.person.phonesHint')}
        inputMode="tel"
      />
      <F.Select
        name="idType"
        emptyIsNone
        allowClear
        placeholder={t('archive.person.idTypeAuto')}
        options={ID_TYPE_OPTIONS()}
        onPicked={() => void form.trigger('idNumber')}
      />
      <F.Text name="idNumber" autoComplete="off" />
      <F.Date name="moveInDate" placeholder={t('archive.person.moveInHint')} />
      <F.Text name="plates" extra={t('archive.person.platesHint')} />
      <F.Select name="grade" options={GRADE_OPTIONS()} />
      <F.TextArea name="notes" autoSize={Field.NOTE_SIZE} />
    </FormModal>
  );
}
