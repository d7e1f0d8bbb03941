import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { CASE_CHANNELS, CASE_KINDS, openingPhrase } from '@shared/domain/complaints';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { CallerField } from '../../components/CallerField';
import * as Field from '../../components/fieldRows';
import { useDraftForm, useFormSave } from '../../components/useDraftForm';
import { UnitField } from '../../components/UnitField';
import type { CaseRecord, EnquiryRecord } from '../../db/records';
import { GradeTag } from '../../components/GradeTag';
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

const L = Field.labelsIn('complaints.intake');

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
  const resolver = useMemo(() => mappedZodResolver(intakeFormSchema, toIntakeInput), []);
  const { form, draft, frame } = useDraftForm<IntakeFormValues>(
    fromEnquiry ? `complaints.intake.enquiry.${fromEnquiry.record.id}` : DRAFT_KEY,
    resolver,
    () => fromEnquiry?.values ?? newIntakeValues(),
  );
  const personId = useWatch({ control: form.control, name: 'personId' });
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const { save, error } = useFormSave(form, async (values) => {
    const input = toIntakeInput(values);
    const saved = fromEnquiry
      ? await repos.enquiries.toCase(actor, fromEnquiry.record.id, input)
      : await repos.complaints.intake(actor, input);
    draft.clear();
    onSaved(saved);
  });
  const c = form.control;
  const F = Field.useRows(c);

  return (
    <FormModal
      title={
        fromEnquiry
          ? `${t('complaints.intake.title')} · ${t('enquiries.fromEnquiry')} ${fromEnquiry.record.no}`
          : t('complaints.intake.title')
      }
      testId="intake-form"
      {...frame}
      // A discarded draft starts again at the time the form is discarded.
      onDiscardDraft={() => {
        draft.clear();
        form.reset(fromEnquiry?.values ?? newIntakeValues());
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
      <F.Radio
        name="kind"
        label={L('kind')}
        solid
        testId="intake-kind"
        options={Field.choices(CASE_KINDS, (k) => t(`complaints.kind.${k}`))}
      />
      <F.Radio
        name="channel"
        label={L('channel')}
        testId="intake-channel"
        options={Field.choices(CASE_CHANNELS, (ch) => t(`complaints.channel.${ch}`))}
      />
      <CallerField
        form={form}
        name="customerName"
        phoneName="customerPhone"
        label={L('customer')}
        placeholder={t('complaints.intake.customerPlaceholder')}
        testId="intake-customer"
      />
      <UnitField
        control={c}
        name="unitCode"
        label={L('unit')}
        testId="intake-unit"
        placeholder={t('complaints.intake.unitPlaceholder')}
        style={{ width: 260 }}
        onUnit={(id) => form.setValue('unitId', id)}
      />
      <F.Text
        name="customerPhone"
        label={L('phone')}
        style={{ width: 220 }}
        testId="intake-phone"
      />
      <F.TextArea name="content" label={L('content')} required rows={3} testId="intake-content" />
      <DateField
        control={c}
        name="receivedAt"
        label={L('receivedAt')}
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
      </Typography.Text>{' '}
      <GradeTag personId={personId || undefined} unitId={unitId || undefined} />
    </FormModal>
  );
}
