import { Alert, App, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  floorFromRoom,
  UNIT_STATUS_KEYS,
  UNIT_STATUSES,
  unitInputSchema,
} from '@shared/domain/units';
import { UNIT_TYPE_KEYS, UNIT_TYPES } from '@shared/domain/billing';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import { FormField } from '../../../components/FormField';
import { useFormDraft } from '../../../components/useFormDraft';
import { UnitCodeTakenError } from '../../../db/repositories/archiveErrors';
import type { ArchiveUnit } from '../../../db/repositories/archiveRecords';
import { t } from '../../../i18n';
import { FormModal } from '../../../components/FormModal';
import { mappedZodResolver } from '../../../components/formResolver';
import { unitFormInput, unitFormValues, type UnitFormValues } from './unitFormValues';

interface Props {
  /** The unit to edit; absent to add one. */
  unit?: ArchiveUnit;
  /** Building to start a new unit in (the one being browsed). */
  building?: string;
  onClose: () => void;
  onSaved: (unit: ArchiveUnit) => void;
}

const TYPE_OPTIONS = [
  { value: '', label: '—' },
  ...UNIT_TYPE_KEYS.map((k) => ({ value: k, label: UNIT_TYPES[k] })),
];
const STATUS_OPTIONS = UNIT_STATUS_KEYS.map((k) => ({ value: k, label: UNIT_STATUSES[k] }));

/** Add or edit a unit (房号): building, entrance, room, floor, status, notes. */
export function UnitFormModal({ unit, building, onClose, onSaved }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const defaults = useMemo(() => unitFormValues(unit, building), [unit, building]);
  const resolver = useMemo(() => mappedZodResolver(unitInputSchema, unitFormInput), []);
  const form = useForm<UnitFormValues>({ mode: 'onChange', resolver, defaultValues: defaults });
  const draft = useFormDraft(unit ? `archive.unit.${unit.id}` : 'archive.unit.new', form);
  const room = useWatch({ control: form.control, name: 'room' });

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      const input = unitFormInput(values);
      try {
        const saved = unit
          ? await repos.units.update(unit.id, input, actor)
          : await repos.units.create(input, actor);
        draft.clear();
        message.success(t('common.saved'));
        onSaved(saved);
      } catch (err) {
        if (err instanceof UnitCodeTakenError) form.setError('room', { message: err.message });
        else setError(err instanceof Error ? err.message : String(err));
      }
    })();

  return (
    <FormModal
      title={unit ? t('archive.form.editUnit', { code: unit.code }) : t('archive.form.newUnit')}
      testId="unit-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(defaults);
      }}
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('building')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <FormField
        control={form.control}
        name="building"
        label={t('archive.unit.building')}
        required
        render={(field) => (
          <Input
            {...field}
            id="building"
            data-testid="unit-form-building"
            autoFocus
            placeholder={t('archive.unit.buildingHint')}
          />
        )}
      />
      <FormField
        control={form.control}
        name="entrance"
        label={t('archive.unit.entrance')}
        render={(field) => (
          <Input
            {...field}
            id="entrance"
            data-testid="unit-form-entrance"
            placeholder={t('archive.unit.entranceHint')}
          />
        )}
      />
      <FormField
        control={form.control}
        name="room"
        label={t('archive.unit.room')}
        required
        render={(field) => <Input {...field} id="room" data-testid="unit-form-room" />}
      />
      <FormField
        control={form.control}
        name="floor"
        label={t('archive.unit.floor')}
        render={(field) => (
          <Input
            {...field}
            id="floor"
            data-testid="unit-form-floor"
            inputMode="numeric"
            placeholder={String(floorFromRoom(room) ?? t('archive.unit.floorHint'))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="status"
        label={t('archive.unit.status')}
        required
        render={(field) => (
          <Select
            id="status"
            data-testid="unit-form-status"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            options={STATUS_OPTIONS}
          />
        )}
      />
      <FormField
        control={form.control}
        name="builtArea"
        label={t('archive.unit.builtArea')}
        render={(field) => (
          <Input
            {...field}
            id="builtArea"
            data-testid="unit-form-built-area"
            inputMode="decimal"
            suffix="㎡"
          />
        )}
      />
      <FormField
        control={form.control}
        name="innerArea"
        label={t('archive.unit.innerArea')}
        render={(field) => (
          <Input
            {...field}
            id="innerArea"
            data-testid="unit-form-inner-area"
            inputMode="decimal"
            suffix="㎡"
          />
        )}
      />
      <FormField
        control={form.control}
        name="unitType"
        label={t('archive.unit.unitType')}
        render={(field) => (
          <Select
            id="unitType"
            data-testid="unit-form-unit-type"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            options={TYPE_OPTIONS}
          />
        )}
      />
      <FormField
        control={form.control}
        name="notes"
        label={t('archive.unit.notes')}
        render={(field) => (
          <Input.TextArea
            {...field}
            id="notes"
            data-testid="unit-form-notes"
            autoSize={{ minRows: 2, maxRows: 5 }}
          />
        )}
      />
    </FormModal>
  );
}
