import { Alert, AutoComplete, Card, Input, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CASE_CHANNELS, CASE_KINDS, openingPhrase } from '@shared/domain/complaints';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useFormDraft } from '../../components/useFormDraft';
import type { CaseRecord, EnquiryRecord } from '../../db/records';
import { GradeTag } from '../../components/GradeTag';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { UnitPicker } from '../../components/UnitPicker';
import { usePeopleOptions, type PersonOption } from '../../components/usePeopleOptions';
import {
  intakeFormSchema,
  newIntakeValues,
  toIntakeInput,
  type IntakeFormValues,
} from './intakeForm';
import { DateField } from '../../components/DateField';

interface Props {
  onClose: () => void;
  onSaved: (c: CaseRecord) => void;
  /** 转投诉/转建议: the enquiry the case is made from, and what it fills in. */
  fromEnquiry?: { record: EnquiryRecord; values: IntakeFormValues };
}

const DRAFT_KEY = 'complaints.intake.new';

/** 来访接待记录: keyboard only, under a minute; the customer comes from the archive or is typed. */
export function IntakeFormModal({ onClose, onSaved, fromEnquiry }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [defaults] = useState(() => fromEnquiry?.values ?? newIntakeValues());
  const resolver = useMemo(() => mappedZodResolver(intakeFormSchema, toIntakeInput), []);
  const form = useForm<IntakeFormValues>({ mode: 'onChange', resolver, defaultValues: defaults });
  const draft = useFormDraft(
    fromEnquiry ? `complaints.intake.enquiry.${fromEnquiry.record.id}` : DRAFT_KEY,
    form,
  );
  const personId = useWatch({ control: form.control, name: 'personId' });
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const customerName = useWatch({ control: form.control, name: 'customerName' });
  const people = usePeopleOptions(customerName);

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      try {
        const input = toIntakeInput(values);
        const saved = fromEnquiry
          ? await repos.enquiries.toCase(actor, fromEnquiry.record.id, input)
          : await repos.complaints.intake(actor, input);
        draft.clear();
        onSaved(saved);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();

  return (
    <FormModal
      title={
        fromEnquiry
          ? `${t('complaints.intake.title')} · ${t('enquiries.fromEnquiry')} ${fromEnquiry.record.no}`
          : t('complaints.intake.title')
      }
      testId="intake-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(defaults);
      }}
      onSave={save}
      onClose={onClose}
      // AutoComplete keeps the input's ref to itself, so the field is found by its test id.
      afterOpen={() =>
        document.querySelector<HTMLInputElement>('[data-testid="intake-customer"]')?.focus()
      }
    >
      <Card
        size="small"
        style={{ marginBottom: 12, background: '#fffbe6' }}
        data-testid="intake-say"
      >
        <Typography.Text strong>{t('complaints.intake.say')}：</Typography.Text>
        {openingPhrase(kind)}
      </Card>
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="intake-error" />
      )}
      <FormField
        control={form.control}
        name="kind"
        label={t('complaints.intake.kind')}
        render={(field) => (
          <Radio.Group
            {...field}
            optionType="button"
            buttonStyle="solid"
            data-testid="intake-kind"
            options={CASE_KINDS.map((k) => ({ value: k, label: t(`complaints.kind.${k}`) }))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="channel"
        label={t('complaints.intake.channel')}
        render={(field) => (
          <Radio.Group
            {...field}
            optionType="button"
            data-testid="intake-channel"
            options={CASE_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channel.${c}`) }))}
          />
        )}
      />
      <FormField
        control={form.control}
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
      <FormField
        control={form.control}
        name="unitCode"
        label={t('complaints.intake.unit')}
        render={(field) => (
          <UnitPicker
            id="unitCode"
            value={field.value}
            testId="intake-unit"
            placeholder={t('complaints.intake.unitPlaceholder')}
            style={{ width: 260 }}
            onChange={(code, id) => {
              field.onChange(code);
              form.setValue('unitId', id);
            }}
          />
        )}
      />
      <FormField
        control={form.control}
        name="customerPhone"
        label={t('complaints.intake.phone')}
        render={(field) => (
          <Input {...field} id="customerPhone" style={{ width: 220 }} data-testid="intake-phone" />
        )}
      />
      <FormField
        control={form.control}
        name="content"
        label={t('complaints.intake.content')}
        required
        render={(field) => (
          <Input.TextArea {...field} id="content" rows={3} data-testid="intake-content" />
        )}
      />
      <DateField
        control={form.control}
        name="receivedAt"
        label={t('complaints.intake.receivedAt')}
        required
        kind="time"
        valueFormat="YYYY-MM-DD HH:mm"
        style={{ width: 200 }}
        testId="intake-time"
      />
      <Typography.Text type="secondary">
        {t('complaints.intake.receiver')}：{actor.name}
      </Typography.Text>{' '}
      <GradeTag personId={personId || undefined} unitId={unitId || undefined} />
    </FormModal>
  );
}
