import { Input, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { ENQUIRY_CHANNELS, enquiryInputSchema, topicSuggestions } from '@shared/domain/enquiries';
import { contactToFill } from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { CallerField } from '../../components/CallerField';
import * as Field from '../../components/fieldRows';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { GradeTag } from '../../components/GradeTag';
import { TypeAhead } from '../../components/TypeAhead';
import { UnitField } from '../../components/UnitField';
import { useDraftForm, useFormSave } from '../../components/useDraftForm';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';
import type { EnquiryRecord } from '../../db/records';
import { t } from '../../i18n';
import { errorText } from '../repairs/workOrderForm';
import { newEnquiryValues, toEnquiryInput, type EnquiryFormValues } from './enquiryForm';

const L = Field.labelsIn('enquiries.form');

interface Props {
  onClose: () => void;
  onSaved: (e: EnquiryRecord) => void;
}

const DRAFT_KEY = 'enquiries.new';

/**
 * 登记咨询/来电: seconds by keyboard — Enter moves through the fields (a picked unit brings its
 * occupant as the caller, a topic is picked from the type-ahead), Ctrl+Enter saves; kept as a
 * draft until saved.
 */
export function EnquiryFormModal({ onClose, onSaved }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(() => mappedZodResolver(enquiryInputSchema, toEnquiryInput), []);
  const { form, draft, frame } = useDraftForm<EnquiryFormValues>(
    DRAFT_KEY,
    resolver,
    newEnquiryValues,
  );
  const c = form.control;
  const F = Field.useRows(c);
  const personId = useWatch({ control: c, name: 'personId' });
  const unitId = useWatch({ control: c, name: 'unitId' });
  const usedTopics = useLiveQuery(() => repos.enquiries.recentTopics(), [repos]) ?? [];

  // A unit picked from the archive brings its occupant as the caller, unless she typed one.
  const fillCaller = (residents: ArchivePerson[]) => {
    const v = form.getValues();
    const fill = contactToFill(
      { contactName: v.callerName, contactPhone: v.callerPhone },
      residents,
    );
    if (!fill) return;
    form.setValue('callerName', fill.contactName, { shouldValidate: true });
    form.setValue('callerPhone', fill.contactPhone, { shouldValidate: true });
  };

  const { save, error } = useFormSave(
    form,
    async (values) => {
      const saved = await repos.enquiries.create(actor, toEnquiryInput(values));
      draft.clear();
      onSaved(saved);
    },
    errorText,
  );

  return (
    <FormModal
      title={t('enquiries.form.title')}
      testId="enquiry-form"
      {...frame}
      error={error}
      errorTestId="enquiry-error"
      onSave={save}
      onClose={onClose}
      afterOpen={() =>
        document.querySelector<HTMLInputElement>('[data-testid="enquiry-caller"]')?.focus()
      }
    >
      <F.Radio
        name="channel"
        label={L('channel')}
        solid
        testId="enquiry-channel"
        options={Field.choices(ENQUIRY_CHANNELS, (ch) => t(`enquiries.channel.${ch}`))}
      />
      <CallerField
        form={form}
        name="callerName"
        phoneName="callerPhone"
        label={L('caller')}
        placeholder={t('enquiries.form.callerPlaceholder')}
        testId="enquiry-caller"
        suffix={<GradeTag personId={personId || undefined} unitId={unitId || undefined} />}
      />
      <UnitField
        control={c}
        name="unitCode"
        label={L('unit')}
        testId="enquiry-unit"
        placeholder={t('enquiries.form.unitPlaceholder')}
        style={{ width: 260 }}
        onUnit={(id) => form.setValue('unitId', id)}
        onPeople={fillCaller}
      />
      <F.Text name="callerPhone" label={L('phone')} style={{ width: 220 }} testId="enquiry-phone" />
      <FormField
        control={c}
        name="topic"
        label={L('topic')}
        required
        render={(field) => (
          <TypeAhead
            value={field.value}
            style={{ width: 260 }}
            onChange={(v) => field.onChange(v)}
            search={(q) => Promise.resolve(topicSuggestions(usedTopics, q))}
            option={(topic) => ({ key: topic, label: topic })}
            onPick={(topic) => form.setValue('topic', topic, { shouldValidate: true })}
          >
            <Input
              id="topic"
              placeholder={t('enquiries.form.topicPlaceholder')}
              data-testid="enquiry-topic"
            />
          </TypeAhead>
        )}
      />
      <F.Text name="question" label={L('question')} required testId="enquiry-question" />
      <F.Text name="answer" label={L('answer')} testId="enquiry-answer" />
      <F.Check
        name="settled"
        label=" "
        text={t('enquiries.form.settled')}
        testId="enquiry-settled"
      />
      <Typography.Text type="secondary">
        {t('enquiries.form.receiver')}：{actor.name}
      </Typography.Text>
    </FormModal>
  );
}
