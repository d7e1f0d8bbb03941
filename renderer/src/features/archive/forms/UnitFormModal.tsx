import { App } from 'antd';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import {
  ELEVATOR_ANSWER_KEYS,
  floorFromRoom,
  UNIT_STATUS_KEYS,
  unitInputSchema,
} from '@shared/domain/units';
import { UNIT_TYPE_KEYS, UNIT_TYPES } from '@shared/domain/billing';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import * as Field from '../../../components/fieldRows';
import { useLabelledRows } from '../../../components/labelledRows';
import { plainError, useRecordForm } from '../../../components/useDraftForm';
import { UnitCodeTakenError } from '../../../db/repositories/archiveErrors';
import type { ArchiveUnit } from '../../../db/repositories/archiveRecords';
import { t } from '../../../i18n';
import { FormModal } from '../../../components/FormModal';
import { mappedZodResolver } from '../../../components/formResolver';
import { unitFormInput, unitFormValues, type UnitFormValues } from './unitFormValues';

const L = Field.labelsIn('archive.unit');

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
const lifts = () =>
  Field.choices(ELEVATOR_ANSWER_KEYS, (k) => t(`domain.labels.elevatorAnswers.${k}`));
const TYPE_OPTIONS = Field.choices(UNIT_TYPE_KEYS, (k) => UNIT_TYPES[k]);

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
  const F = useLabelledRows(c, L);

  return (
    <FormModal
      title={unit ? t('archive.form.editUnit', { code: unit.code }) : t('archive.form.newUnit')}
      testId="unit-form"
      {...frame}
      onClose={onClose}
      afterOpen={() => form.setFocus('building')}
    >
      <F.Text name="building" required autoFocus placeholder={t('archive.unit.buildingHint')} />
      <F.Text name="entrance" placeholder={t('archive.unit.entranceHint')} />
      <F.Text name="room" required />
      <F.Text
        name="floor"
        inputMode="numeric"
        placeholder={String(floorFromRoom(room) ?? t('archive.unit.floorHint'))}
      />
      <F.Select name="status" required options={STATUS_OPTIONS()} />
      <F.Text name="builtArea" inputMode="decimal" suffix="㎡" />
      <F.Text name="innerArea" inputMode="decimal" suffix="㎡" />
      <F.Select name="unitType" emptyIsNone allowClear options={TYPE_OPTIONS} />
      <F.Radio name="hasElevator" options={lifts()} />
      <F.TextArea name="notes" autoSize={Field.NOTE_SIZE} />
    </FormModal>
  );
}
