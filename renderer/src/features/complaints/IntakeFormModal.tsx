import { AutoComplete, Card, Input, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { CASE_CHANNELS, CASE_KINDS, openingPhrase } from '@shared/domain/complaints';
import { maskPhone } from '@shared/domain/identity';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { useDraftForm, useFormSave } from '../../components/useDraftForm';
import { UnitField } from '../../components/UnitField';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import {
  intakeFormSchema,
  newIntakeValues,
  toIntakeInput,
  type IntakeFormValues,
} from './intakeForm';
import { DateField } from '../../components/DateField';
import { domainText } from '../../i18n/domainText';
import { colon } from '../../i18n/text';

interface Props {
  onClose: () => void;
  onSaved: (c: CaseRecord) => void;
}

interface PersonOption {
  value: string;
  label: string;
  personId: string;
  unitId: string;
  unitCode: string;
  phone: string;
}

/** Archive people matching what is typed as the customer, with their unit; phones masked. */
function usePeopleOptions(q: string): PersonOption[] {
  const repos = useRepos();
  const [found, setFound] = useState<{ q: string; options: PersonOption[] }>({
    q: '',
    options: [],
  });
  const ticket = useRef(0);
  const query = q.trim();
  useEffect(() => {
    const mine = ++ticket.current;
    if (query.length < 1) return;
    void (async () => {
      const people = await repos.search.findPeople(query, 8);
      const units = await repos.units.getMany([...new Set(people.map((p) => p.unitId))]);
      const codeOf = new Map(units.map((u) => [u.id, u.code]));
      if (mine !== ticket.current) return;
      setFound({
        q: query,
        options: people.map((p) => ({
          value: p.id,
          label: [p.name, codeOf.get(p.unitId) ?? '', p.phones[0] ? maskPhone(p.phones[0]) : '']
            .filter(Boolean)
            .join(' · '),
          personId: p.id,
          unitId: p.unitId,
          unitCode: codeOf.get(p.unitId) ?? '',
          phone: p.phones[0] ?? '',
        })),
      });
    })();
  }, [query, repos]);
  return query && found.q === query ? found.options : [];
}

const DRAFT_KEY = 'complaints.intake.new';

/** 来访接待记录: keyboard only, under a minute; the customer comes from the archive or is typed. */
export function IntakeFormModal({ onClose, onSaved }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(() => mappedZodResolver(intakeFormSchema, toIntakeInput), []);
  const { form, draft, frame } = useDraftForm<IntakeFormValues>(
    DRAFT_KEY,
    resolver,
    newIntakeValues,
  );
  const kind = useWatch({ control: form.control, name: 'kind' });
  const customerName = useWatch({ control: form.control, name: 'customerName' });
  const people = usePeopleOptions(customerName);
  const { save, error } = useFormSave(form, async (values) => {
    const saved = await repos.complaints.intake(actor, toIntakeInput(values));
    draft.clear();
    onSaved(saved);
  });
  const c = form.control;

  return (
    <FormModal
      title={t('complaints.intake.title')}
      testId="intake-form"
      {...frame}
      // A discarded draft starts again at the time the form is discarded.
      onDiscardDraft={() => {
        draft.clear();
        form.reset(newIntakeValues());
      }}
      error={error}
      errorTestId="intake-error"
      onSave={save}
      onClose={onClose}
      // AutoComplete keeps the input's ref to itself, so the field is found by its test id.
      afterOpen={() =>
        document.querySelector<HTMLInputElement>('[data-testid="intake-customer"]')?.focus()
      }
      intro={
        <Card
          size="small"
          style={{ marginBottom: 12, background: '#fffbe6' }}
          data-testid="intake-say"
        >
          <Typography.Text strong>
            {t('complaints.intake.say')}
            {colon()}
          </Typography.Text>
          {domainText(openingPhrase(kind))}
        </Card>
      }
    >
      <Field.Radio
        control={c}
        name="kind"
        label={t('complaints.intake.kind')}
        solid
        testId="intake-kind"
        options={Field.choices(CASE_KINDS, (k) => t(`complaints.kind.${k}`))}
      />
      <Field.Radio
        control={c}
        name="channel"
        label={t('complaints.intake.channel')}
        testId="intake-channel"
        options={Field.choices(CASE_CHANNELS, (ch) => t(`complaints.channel.${ch}`))}
      />
      <FormField
        control={c}
        name="customerName"
        label={t('complaints.intake.customer')}
        required
        render={(field) => (
          <AutoComplete
            value={field.value}
            options={people}
            onChange={(v: string) => {
              field.onChange(v);
              form.setValue('personId', '');
            }}
            onSelect={(_: string, o: PersonOption) => {
              const name = o.label.split(' · ')[0] ?? '';
              form.setValue('customerName', name, { shouldValidate: true });
              form.setValue('personId', o.personId);
              form.setValue('unitId', o.unitId);
              form.setValue('unitCode', o.unitCode);
              if (o.phone) form.setValue('customerPhone', o.phone, { shouldValidate: true });
            }}
          >
            <Input
              id="customerName"
              placeholder={t('complaints.intake.customerPlaceholder')}
              data-testid="intake-customer"
            />
          </AutoComplete>
        )}
      />
      <UnitField
        control={c}
        name="unitCode"
        label={t('complaints.intake.unit')}
        testId="intake-unit"
        placeholder={t('complaints.intake.unitPlaceholder')}
        style={{ width: 260 }}
        onUnit={(id) => form.setValue('unitId', id)}
      />
      <Field.Text
        control={c}
        name="customerPhone"
        label={t('complaints.intake.phone')}
        style={{ width: 220 }}
        testId="intake-phone"
      />
      <Field.TextArea
        control={c}
        name="content"
        label={t('complaints.intake.content')}
        required
        rows={3}
        testId="intake-content"
      />
      <DateField
        control={c}
        name="receivedAt"
        label={t('complaints.intake.receivedAt')}
        required
        kind="time"
        valueFormat="YYYY-MM-DD HH:mm"
        style={{ width: 200 }}
        testId="intake-time"
      />
      <Typography.Text type="secondary">
        {t('complaints.intake.receiver')}
        {colon()}
        {actor.name}
      </Typography.Text>
    </FormModal>
  );
}
