import { App } from 'antd';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { floorFromRoom, UNIT_STATUS_KEYS, unitInputSchema } from '@shared/domain/units';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import * as Field from '../../../components/fieldRows';
import { plainError, useRecordForm } from '../../../components/useDraftForm';
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

// Built at render: the labels follow the language in effect.
const STATUS_OPTIONS = () =>
  Field.choices(UNIT_STATUS_KEYS, (k) => t(`domain.labels.unitStatuses.${k}`));

/** Add or edit a unit (房号): building, entrance, room, floor, status, notes. */
export function UnitFormModal({ unit, building, onClose, onSaved }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const resolver = useMemo(() => mappedZodResolver(unitInputSchema, unitFormInput), []);
  const { form, frame } = useRecordForm<UnitFormValues, ArchiveUnit>({
    draftKey: unit ? `archive.unit.${unit.id}` : 'archive.unit.new',
    resolver,
    defaults: () => unitFormValues(unit, building),
    save: (values) => {
      const input = unitFormInput(values);
      return unit ? repos.units.update(unit.id, input, actor) : repos.units.create(input, actor);
    },
    onSaved: (saved) => {
      message.success(t('common.saved'));
      onSaved(saved);
    },
    describe: (err) => {
      // A code already taken is the room's fault: said at the room, not above the form.
      if (!(err instanceof UnitCodeTakenError)) return plainError(err);
      form.setError('room', { message: err.message });
      return null;
    },
  });
  const room = useWatch({ control: form.control, name: 'room' });
  const c = form.control;

  return (
    <FormModal
      title={unit ? t('archive.form.editUnit', { code: unit.code }) : t('archive.form.newUnit')}
      testId="unit-form"
      {...frame}
      onClose={onClose}
      afterOpen={() => form.setFocus('building')}
    >
      <Field.Text
        control={c}
        name="building"
        label={t('archive.unit.building')}
        required
        autoFocus
        placeholder={t('archive.unit.buildingHint')}
      />
      <Field.Text
        control={c}
        name="entrance"
        label={t('archive.unit.entrance')}
        placeholder={t('archive.unit.entranceHint')}
      />
      <Field.Text control={c} name="room" label={t('archive.unit.room')} required />
      <Field.Text
        control={c}
        name="floor"
        label={t('archive.unit.floor')}
        inputMode="numeric"
        placeholder={String(floorFromRoom(room) ?? t('archive.unit.floorHint'))}
      />
      <Field.Select
        control={c}
        name="status"
        label={t('archive.unit.status')}
        required
        options={STATUS_OPTIONS()}
      />
      <Field.TextArea
        control={c}
        name="notes"
        label={t('archive.unit.notes')}
        autoSize={Field.NOTE_SIZE}
      />
    </FormModal>
  );
}
