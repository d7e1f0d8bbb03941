import { Alert, Button, Input, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { SURVEY_KINDS, SURVEY_METHODS, SURVEY_QUESTION_KINDS } from '@shared/domain/surveys';
import { surveyRoundSchema } from '@shared/domain/surveySchemas';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { FormModal, type RecordFormProps } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { useFormDraft } from '../../components/useFormDraft';
import type { SurveyRoundRecord } from '../../db/records';
import { t } from '../../i18n';
import { newRoundValues, type RoundFormValues } from './roundForm';
import * as Field from '../../components/fieldRows';
import { messageOf } from '../../i18n/domainText';

const L = Field.labelsIn('surveys.form');

const DRAFT_KEY = 'surveys.round.new';

/** 新建调查: name, kind, method, date and the questionnaire (rating and opinion questions). */
export function RoundFormModal(props: RecordFormProps<SurveyRoundRecord>) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [defaults] = useState(newRoundValues);
  const resolver = useMemo(
    () => mappedZodResolver(surveyRoundSchema, (v: RoundFormValues) => v),
    [],
  );
  const form = useForm<RoundFormValues>({ mode: 'onChange', resolver, defaultValues: defaults });
  const F = Field.useRows(form.control);
  const draft = useFormDraft(DRAFT_KEY, form);
  const questions = useFieldArray({ control: form.control, name: 'questions' });
  const kind = useWatch({ control: form.control, name: 'kind' });

  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      try {
        const saved = await repos.surveys.create(actor, values);
        draft.clear();
        props.onSaved(saved);
      } catch (err) {
        setError(messageOf(err));
      }
    })();

  return (
    <FormModal
      title={t('surveys.form.title')}
      testId="survey-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(newRoundValues());
      }}
      onSave={save}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('title')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <F.Text name="title" label={L('name')} required testId="survey-title" />
      <F.Radio
        name="kind"
        label={L('kind')}
        testId="survey-kind"
        options={SURVEY_KINDS.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
      />
      {kind === 'topic' && (
        <F.Text name="topic" label={L('topic')} required testId="survey-topic" />
      )}
      <F.Radio
        name="method"
        label={L('method')}
        options={SURVEY_METHODS.map((m) => ({ value: m, label: t(`surveys.method.${m}`) }))}
      />
      <DateField
        control={form.control}
        name="issuedOn"
        label={L('issuedOn')}
        required
        testId="survey-issued"
        style={{ width: 160 }}
      />
      <FormField
        control={form.control}
        name="questions"
        label={L('questions')}
        required
        render={() => (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="survey-questions">
            {questions.fields.map((q, i) => (
              <Space.Compact key={q.id} style={{ width: '100%' }}>
                <Input value={`${i + 1}`} disabled style={{ width: 44, textAlign: 'center' }} />
                <Controller
                  control={form.control}
                  name={`questions.${i}.kind`}
                  render={({ field }) => (
                    <Select
                      {...field}
                      style={{ width: 100 }}
                      options={SURVEY_QUESTION_KINDS.map((k) => ({
                        value: k,
                        label: t(`surveys.questionKind.${k}`),
                      }))}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name={`questions.${i}.text`}
                  render={({ field, fieldState }) => (
                    <Input
                      {...field}
                      status={fieldState.error ? 'error' : undefined}
                      data-testid={`survey-question-${i + 1}`}
                    />
                  )}
                />
                <Button onClick={() => questions.remove(i)}>{t('surveys.form.remove')}</Button>
              </Space.Compact>
            ))}
            <Space>
              <Button
                onClick={() => questions.append({ kind: 'rating', text: '' })}
                data-testid="survey-add-rating"
              >
                {t('surveys.form.addRating')}
              </Button>
              <Button onClick={() => questions.append({ kind: 'text', text: '' })}>
                {t('surveys.form.addText')}
              </Button>
            </Space>
          </Space>
        )}
      />
    </FormModal>
  );
}
