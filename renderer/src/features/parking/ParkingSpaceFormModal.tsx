import { useMemo } from 'react';
import { PARKING_KINDS } from '@shared/domain/parking';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { FormModal } from '../../components/FormModal';
import type { RowFormProps } from '../../components/useRowEditor';
import { useRecordForm } from '../../components/useDraftForm';
import type { ParkingSpaceRecord } from '../../db/records';
import { t } from '../../i18n';
import { spaceResolver, spaceValues, toSpaceInput, type ParkingSpaceValues } from './spaceForm';

const L = Field.labelsIn('parking.spaceForm');
const kindChoices = () => Field.choices(PARKING_KINDS, (k) => t(`parking.kind.${k}`));

/** 车位: number, zone, kind (which decides whether it may be sold). Supervisors; Ctrl+S saves. */
export function ParkingSpaceFormModal(props: RowFormProps<ParkingSpaceRecord>) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(() => spaceResolver(), []);
  const editing = props.space;
  const { form, frame } = useRecordForm<ParkingSpaceValues, ParkingSpaceRecord>({
    draftKey: `parking.space.${editing?.id ?? 'new'}`,
    resolver,
    defaults: () => spaceValues(editing),
    save: (v) =>
      editing
        ? repos.parking.updateSpace(actor, editing.id, toSpaceInput(v))
        : repos.parking.createSpace(actor, toSpaceInput(v)),
    onSaved: props.onSaved,
  });
  const F = useLabelledRows(form.control, L);
  return (
    <FormModal
      title={editing ? t('parking.spaces.editTitle', { no: editing.no }) : t('parking.spaces.add')}
      testId="parking-space-form"
      width={520}
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus(editing ? 'zone' : 'no')}
    >
      <F.Text
        name="no"
        required
        disabled={Boolean(editing)}
        placeholder={L('noHint')}
        style={{ width: 160 }}
        testId="parking-space-no"
      />
      <F.Text name="zone" required placeholder={L('zoneHint')} testId="parking-space-zone" />
      <F.Radio name="kind" required solid testId="parking-space-kind" options={kindChoices()} />
      <F.Text name="note" testId="parking-space-note" />
    </FormModal>
  );
}
