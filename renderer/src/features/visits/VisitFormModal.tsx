import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { VISIT_KINDS } from '@shared/domain/visitPlan';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { DateField } from '../../components/DateField';
import * as Field from '../../components/fieldRows';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { UnitField } from '../../components/UnitField';
import { useDraftForm, useFormSave } from '../../components/useDraftForm';
import type { VisitRecordRecord } from '../../db/records';
import { t } from '../../i18n';
import { newVisitValues, toVisitInput, visitFormSchema, type VisitFormValues } from './visitForm';

const L = Field.labelsIn('visits.form');

/** The household and event kinds; the meeting has its own form (座谈会). */
const VISIT_FORM_KINDS = VISIT_KINDS.filter((k) => k !== 'meeting');

interface Props {
  /** 'meeting': 住户座谈会 (place, attendees, minutes); otherwise a visit or event feedback. */
  mode: 'visit' | 'meeting';
  onClose: () => void;
  onSaved: (v: VisitRecordRecord) => void;
}

/**
 * 登记拜访 / 座谈会: by keyboard, Enter through the fields, Ctrl+Enter saves; the domain's rules
 * (visitPlan.ts) show at the field as she types; kept as a draft until saved.
 */
export function VisitFormModal({ mode, onClose, onSaved }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(() => mappedZodResolver(visitFormSchema(), toVisitInput), []);
  const { form, draft, frame } = useDraftForm<VisitFormValues>(`visits.new.${mode}`, resolver, () =>
    newVisitValues(mode === 'meeting' ? 'meeting' : 'area', actor.id),
  );
  const c = form.control;
  const F = Field.useRows(c);
  const kind = useWatch({ control: c, name: 'kind' });
  const operators = useLiveQuery(() => repos.operators.list(), [repos]) ?? [];
  const events = useLiveQuery(() => repos.revisits.listEvents('communityEvent'), [repos]) ?? [];
  const meeting = mode === 'meeting';

  const { save, error } = useFormSave(form, async (values) => {
    const saved = await repos.visitRecords.create(actor, toVisitInput(values));
    draft.clear();
    onSaved(saved);
  });

  return (
    <FormModal
      title={t(meeting ? 'visits.form.meetingTitle' : 'visits.form.title')}
      testId="visit-form"
      {...frame}
      error={error}
      errorTestId="visit-error"
      onSave={save}
      onClose={onClose}
      afterOpen={() =>
        document
          .querySelector<HTMLInputElement>(
            meeting ? '[data-testid="visit-place"]' : '[data-testid="visit-unit"]',
          )
          ?.focus()
      }
    >
      {!meeting && (
        <F.Radio
          name="kind"
          label={L('kind')}
          solid
          testId="visit-kind"
          options={Field.choices(VISIT_FORM_KINDS, (k) => t(`visits.kind.${k}`))}
        />
      )}
      <DateField control={c} name="date" label={L('date')} required testId="visit-date" />
      <F.Select
        name="visitorId"
        label={L(meeting ? 'host' : 'visitor')}
        required
        testId="visit-visitor"
        style={{ width: 220 }}
        options={operators.filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }))}
      />
      {!meeting && kind !== 'event' && (
        <UnitField
          control={c}
          name="unitCode"
          label={L('unit')}
          required
          testId="visit-unit"
          placeholder={t('visits.form.unitPlaceholder')}
          style={{ width: 260 }}
          onUnit={(id) => form.setValue('unitId', id)}
          onPeople={(people) => {
            if (!form.getValues('household') && people[0])
              form.setValue('household', people[0].name);
          }}
        />
      )}
      {!meeting && kind !== 'event' && (
        <F.Text name="household" label={L('household')} testId="visit-household" />
      )}
      {!meeting && kind === 'event' && (
        <F.Select
          name="eventId"
          label={L('event')}
          required
          emptyIsNone
          searchable
          testId="visit-event"
          style={{ width: 320 }}
          options={events.map((e) => ({ value: e.id, label: e.title }))}
        />
      )}
      {meeting && <F.Text name="place" label={L('place')} required testId="visit-place" />}
      {meeting && (
        <F.Number
          name="attendees"
          label={L('attendees')}
          required
          min={0}
          width={120}
          emptyAs={0}
          testId="visit-attendees"
        />
      )}
      <F.TextArea
        name="notes"
        label={L(meeting ? 'minutes' : 'notes')}
        required
        autoSize={Field.NOTE_SIZE}
        testId="visit-notes"
      />
      <F.TextArea
        name="issuesText"
        label={L('issues')}
        autoSize={Field.NOTE_SIZE}
        placeholder={t('visits.form.issuesPlaceholder')}
        testId="visit-issues"
      />
    </FormModal>
  );
}
