import { Alert, App, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  GRADE_KEYS,
  GRADES,
  ID_TYPE_KEYS,
  ID_TYPES,
  PERSON_KIND_KEYS,
  PERSON_KINDS,
  personInputSchema,
} from '@shared/domain/units';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import { FormField } from '../../../components/FormField';
import { useFormDraft } from '../../../components/useFormDraft';
import type { ArchivePerson, ArchiveUnit } from '../../../db/repositories/archiveRecords';
import { t } from '../../../i18n';
import { FormModal } from '../../../components/FormModal';
import { mappedZodResolver } from '../../../components/formResolver';
import { personFormInput, personFormValues, type PersonFormValues } from './personFormValues';
import { DateField } from '../../../components/DateField';

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

const KIND_OPTIONS = PERSON_KIND_KEYS.map((k) => ({ value: k, label: PERSON_KINDS[k] }));
const ID_TYPE_OPTIONS = ID_TYPE_KEYS.map((k) => ({ value: k, label: ID_TYPES[k] }));
const GRADE_OPTIONS = GRADE_KEYS.map((k) => ({ value: k, label: GRADES[k] }));

/** Add a person to a unit, or edit one: the record shows phones and ID number in full. */
export function PersonFormModal({ unit, person, onClose, onSaved, initial }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const defaults = useMemo(
    () => ({
      ...personFormValues(person),
      ...(!person && initial ? { name: initial.name, phones: initial.phone ?? '' } : {}),
    }),
    [person, initial],
  );
  const resolver = useMemo(() => mappedZodResolver(personInputSchema, personFormInput), []);
  const form = useForm<PersonFormValues>({ mode: 'onChange', resolver, defaultValues: defaults });
  const draft = useFormDraft(
    person ? `archive.person.${person.id}` : `archive.person.new.${unit.id}`,
    form,
  );
  const kind = useWatch({ control: form.control, name: 'kind' });

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      const input = personFormInput(values);
      try {
        const saved = person
          ? await repos.people.update(person.id, input, actor)
          : await repos.people.create(unit.id, input, actor);
        draft.clear();
        message.success(t('common.saved'));
        onSaved(saved);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();

  return (
    <FormModal
      title={
        person
          ? t('archive.form.editPerson', { name: person.name })
          : t('archive.form.newPerson', { code: unit.code })
      }
      testId="person-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(defaults);
      }}
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('name')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <FormField
        control={form.control}
        name="name"
        label={t('archive.person.name')}
        required
        render={(field) => <Input {...field} id="name" data-testid="person-form-name" autoFocus />}
      />
      <FormField
        control={form.control}
        name="kind"
        label={t('archive.person.kind')}
        required
        render={(field) => (
          <Select
            id="kind"
            data-testid="person-form-kind"
            ref={field.ref}
            value={field.value}
            onBlur={field.onBlur}
            options={KIND_OPTIONS}
            onChange={(v) => {
              field.onChange(v);
              // Phones and contact person are required or not by kind: check them again.
              void form.trigger(['phones', 'contactPerson', 'idNumber']);
            }}
          />
        )}
      />
      {kind === 'company' && (
        <FormField
          control={form.control}
          name="contactPerson"
          label={t('archive.person.contactPerson')}
          required
          render={(field) => (
            <Input {...field} id="contactPerson" data-testid="person-form-contact-person" />
          )}
        />
      )}
      <FormField
        control={form.control}
        name="phones"
        label={t('archive.person.phones')}
        required={kind !== 'family'}
        extra={t('archive.person.phonesHint')}
        render={(field) => (
          <Input {...field} id="phones" data-testid="person-form-phones" inputMode="tel" />
        )}
      />
      <FormField
        control={form.control}
        name="idType"
        label={t('archive.person.idType')}
        render={(field) => (
          <Select
            id="idType"
            data-testid="person-form-id-type"
            ref={field.ref}
            value={field.value === '' ? undefined : field.value}
            onChange={(v) => {
              field.onChange(v ?? '');
              void form.trigger('idNumber');
            }}
            onBlur={field.onBlur}
            allowClear
            placeholder={t('archive.person.idTypeAuto')}
            options={ID_TYPE_OPTIONS}
          />
        )}
      />
      <FormField
        control={form.control}
        name="idNumber"
        label={t('archive.person.idNumber')}
        render={(field) => (
          <Input {...field} id="idNumber" data-testid="person-form-id-number" autoComplete="off" />
        )}
      />
      <DateField
        control={form.control}
        name="moveInDate"
        label={t('archive.person.moveInDate')}
        testId="person-form-move-in-date"
        placeholder={t('archive.person.moveInHint')}
      />
      <FormField
        control={form.control}
        name="plates"
        label={t('archive.person.plates')}
        extra={t('archive.person.platesHint')}
        render={(field) => <Input {...field} id="plates" data-testid="person-form-plates" />}
      />
      <FormField
        control={form.control}
        name="grade"
        label={t('archive.person.grade')}
        render={(field) => (
          <Select
            id="grade"
            data-testid="person-form-grade"
            ref={field.ref}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            options={GRADE_OPTIONS}
          />
        )}
      />
      <FormField
        control={form.control}
        name="notes"
        label={t('archive.person.notes')}
        render={(field) => (
          <Input.TextArea
            {...field}
            id="notes"
            data-testid="person-form-notes"
            autoSize={{ minRows: 2, maxRows: 5 }}
          />
        )}
      />
    </FormModal>
  );
}
