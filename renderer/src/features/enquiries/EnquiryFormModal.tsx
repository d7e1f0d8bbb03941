import { Alert, AutoComplete, Checkbox, Input, Radio, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ENQUIRY_CHANNELS, enquiryInputSchema, topicSuggestions } from '@shared/domain/enquiries';
import { contactToFill } from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { GradeTag } from '../../components/GradeTag';
import { TypeAhead } from '../../components/TypeAhead';
import { UnitPicker } from '../../components/UnitPicker';
import { useFormDraft } from '../../components/useFormDraft';
import { usePeopleOptions, type PersonOption } from '../../components/usePeopleOptions';
import type { EnquiryRecord } from '../../db/records';
import { t } from '../../i18n';
import { errorText } from '../repairs/workOrderForm';
import { newEnquiryValues, toEnquiryInput, type EnquiryFormValues } from './enquiryForm';

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
  const [error, setError] = useState<string | null>(null);
  const [defaults] = useState(newEnquiryValues);
  const resolver = useMemo(() => mappedZodResolver(enquiryInputSchema, toEnquiryInput), []);
  const form = useForm<EnquiryFormValues>({ mode: 'onChange', resolver, defaultValues: defaults });
  const draft = useFormDraft(DRAFT_KEY, form);
  const c = form.control;
  const callerName = useWatch({ control: c, name: 'callerName' });
  const personId = useWatch({ control: c, name: 'personId' });
  const unitId = useWatch({ control: c, name: 'unitId' });
  const people = usePeopleOptions(callerName);
  const usedTopics = useLiveQuery(() => repos.enquiries.recentTopics(), [repos]) ?? [];

  // A unit picked from the archive brings its occupant as the caller, unless she typed one.
  const fillCaller = async (id: string) => {
    const residents = await repos.people.listByUnit(id);
    const v = form.getValues();
    const fill = contactToFill(
      { contactName: v.callerName, contactPhone: v.callerPhone },
      residents,
    );
    if (!fill) return;
    form.setValue('callerName', fill.contactName, { shouldValidate: true });
    form.setValue('callerPhone', fill.contactPhone, { shouldValidate: true });
  };

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      try {
        const saved = await repos.enquiries.create(actor, toEnquiryInput(values));
        draft.clear();
        onSaved(saved);
      } catch (err) {
        setError(errorText(err));
      }
    })();

  return (
    <FormModal
      title={t('enquiries.form.title')}
      testId="enquiry-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(defaults);
      }}
      onSave={save}
      onClose={onClose}
      afterOpen={() =>
        document.querySelector<HTMLInputElement>('[data-testid="enquiry-caller"]')?.focus()
      }
    >
      {error && (
        <Alert
          type="error"
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="enquiry-error"
        />
      )}
      <FormField
        control={c}
        name="channel"
        label={t('enquiries.form.channel')}
        render={(field) => (
          <Radio.Group
            {...field}
            optionType="button"
            buttonStyle="solid"
            data-testid="enquiry-channel"
            options={ENQUIRY_CHANNELS.map((ch) => ({
              value: ch,
              label: t(`enquiries.channel.${ch}`),
            }))}
          />
        )}
      />
      <FormField
        control={c}
        name="callerName"
        label={t('enquiries.form.caller')}
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
              form.setValue('callerName', o.label.split(' · ')[0] ?? '', { shouldValidate: true });
              form.setValue('personId', o.personId);
              form.setValue('unitId', o.unitId);
              form.setValue('unitCode', o.unitCode);
              if (o.phone) form.setValue('callerPhone', o.phone, { shouldValidate: true });
            }}
          >
            <Input
              id="callerName"
              placeholder={t('enquiries.form.callerPlaceholder')}
              data-testid="enquiry-caller"
              suffix={<GradeTag personId={personId || undefined} unitId={unitId || undefined} />}
            />
          </AutoComplete>
        )}
      />
      <FormField
        control={c}
        name="unitCode"
        label={t('enquiries.form.unit')}
        render={(field) => (
          <UnitPicker
            id="unitCode"
            value={field.value}
            testId="enquiry-unit"
            placeholder={t('enquiries.form.unitPlaceholder')}
            style={{ width: 260 }}
            onChange={(code, id) => {
              field.onChange(code);
              form.setValue('unitId', id);
              if (id) void fillCaller(id);
            }}
          />
        )}
      />
      <FormField
        control={c}
        name="callerPhone"
        label={t('enquiries.form.phone')}
        render={(field) => (
          <Input {...field} id="callerPhone" style={{ width: 220 }} data-testid="enquiry-phone" />
        )}
      />
      <FormField
        control={c}
        name="topic"
        label={t('enquiries.form.topic')}
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
      <FormField
        control={c}
        name="question"
        label={t('enquiries.form.question')}
        required
        render={(field) => <Input {...field} id="question" data-testid="enquiry-question" />}
      />
      <FormField
        control={c}
        name="answer"
        label={t('enquiries.form.answer')}
        render={(field) => <Input {...field} id="answer" data-testid="enquiry-answer" />}
      />
      <FormField
        control={c}
        name="settled"
        label=" "
        render={(field) => (
          <Checkbox
            checked={field.value}
            onChange={(e) => field.onChange(e.target.checked)}
            data-testid="enquiry-settled"
          >
            {t('enquiries.form.settled')}
          </Checkbox>
        )}
      />
      <Typography.Text type="secondary">
        {t('enquiries.form.receiver')}：{actor.name}
      </Typography.Text>
    </FormModal>
  );
}
