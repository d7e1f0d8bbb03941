import { Alert, Input, Radio, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactElement } from 'react';
import { useForm, type Control } from 'react-hook-form';
import { COMPLAINT_CATEGORIES, REVISIT_METHODS, SATISFACTIONS } from '@shared/domain/complaints';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { useFormSave } from '../../components/useDraftForm';
import { useSetting } from '../settings/useSettings';
import {
  ACTION_SCHEMAS,
  actionDefaults,
  runAction,
  toActionInput,
  type CaseActionValues,
  type CaseFormAction,
} from './caseActions';
import { DateField } from '../../components/DateField';

interface Props {
  record: CaseRecord;
  action: CaseFormAction;
  onClose: () => void;
  onDone: (c: CaseRecord) => void;
}

type C = Control<CaseActionValues>;

/** A due date: a day alone means 17:30 that day, the end of the office day. */
const due = (control: C, name: 'dueBy' | 'dueAt', label: string) => (
  <DateField
    control={control}
    name={name}
    label={label}
    required
    kind="time"
    valueFormat="YYYY-MM-DD HH:mm"
    defaultTime="17:30"
    testId={`case-${name}`}
  />
);

const text = (control: C, name: keyof CaseActionValues & string, label: string, rows = 0) =>
  rows > 0 ? (
    <Field.TextArea
      control={control}
      name={name as 'note'}
      label={label}
      required
      rows={rows}
      testId={`case-${name}`}
    />
  ) : (
    <Field.Text
      control={control}
      name={name as 'note'}
      label={label}
      required
      testId={`case-${name}`}
    />
  );

const radios = (
  control: C,
  name: 'category' | 'severity' | 'valid' | 'method' | 'satisfaction' | 'adopted',
  label: string,
  options: { value: string; label: string }[],
) => (
  <Field.Radio
    control={control}
    name={name}
    label={label}
    required
    round
    options={options}
    testId={`case-${name}`}
  />
);

/** One step on a case (classify, dispatch, result, revisit …) in a small keyboard-fast form. */
export function CaseActionModal({ record, action, onClose, onDone }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const departments = (useSetting('departments') ?? DEFAULT_DEPARTMENTS).filter((d) => d.active);
  const operators = useLiveQuery(() => repos.operators.list(), [repos]) ?? [];
  const resolver = useMemo(
    () =>
      mappedZodResolver(ACTION_SCHEMAS[action], (v: CaseActionValues) => toActionInput(action, v)),
    [action],
  );
  const form = useForm<CaseActionValues>({
    mode: 'onChange',
    resolver,
    defaultValues: actionDefaults(record),
  });
  const control = form.control;
  const deptOptions = departments.map((d) => ({ value: d.code, label: d.name }));
  const deptSelect = (
    <Field.Select
      control={control}
      name="department"
      label={t('complaints.form.department')}
      required={action === 'dispatch'}
      options={deptOptions}
      style={{ width: 200 }}
      testId="case-department"
    />
  );

  const { save, error } = useFormSave(form, async (values) => {
    const name = (id: string) => operators.find((o) => o.id === id)?.name ?? id;
    onDone(await runAction(repos, actor, record, action, values, name));
  });

  const f = (k: Parameters<typeof t>[0]) => t(k);
  // A 补录原因 makes a past date acceptable: the date field is checked again as she types it.
  const pastReason = (dateField: 'dueBy' | 'dueAt') => (
    <FormField
      control={control}
      name="pastReason"
      label={f('complaints.form.pastReason')}
      extra={t('complaints.form.pastReasonHint')}
      render={(field) => (
        <Input
          {...field}
          id="pastReason"
          data-testid="case-pastReason"
          onChange={(e) => {
            field.onChange(e);
            void form.trigger(dateField);
          }}
        />
      )}
    />
  );
  let fields: ReactElement;
  switch (action) {
    case 'classify':
      fields = (
        <>
          <FormField
            control={control}
            name="category"
            label={f('complaints.form.category')}
            required
            render={(field) => (
              <Radio.Group {...field} data-testid="case-category">
                <Space direction="vertical">
                  {COMPLAINT_CATEGORIES.map((c) => (
                    <Radio key={c} value={c}>
                      {t(`complaints.category.${c}`)}
                      <Typography.Text type="secondary">
                        {' '}
                        {t(`complaints.categoryMeaning.${c}`)}
                      </Typography.Text>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            )}
          />
          {radios(control, 'severity', f('complaints.form.severity'), [
            { value: 'major', label: t('complaints.severity.major') },
            { value: 'general', label: t('complaints.severity.general') },
          ])}
          {radios(control, 'valid', f('complaints.form.valid'), [
            { value: 'yes', label: t('complaints.form.validYes') },
            { value: 'no', label: t('complaints.form.validNo') },
          ])}
          {deptSelect}
        </>
      );
      break;
    case 'dispatch':
      fields = (
        <>
          {deptSelect}
          <Field.Text
            control={control}
            name="note"
            label={f('complaints.form.note')}
            testId="case-note"
          />
        </>
      );
      break;
    case 'departmentReply':
      fields = (
        <>
          {text(control, 'action', f('complaints.form.action'), 3)}
          {due(control, 'dueBy', f('complaints.form.dueBy'))}
          {pastReason('dueBy')}
        </>
      );
      break;
    case 'feedback':
      fields = text(control, 'note', f('complaints.form.feedbackNote'));
      break;
    case 'agreeDate':
      fields = (
        <>
          {due(control, 'dueAt', f('complaints.form.agreedDue'))}
          {text(control, 'note', f('complaints.form.agreedNote'))}
          {pastReason('dueAt')}
        </>
      );
      break;
    case 'handOver':
      fields = (
        <Field.Select
          control={control}
          name="to"
          label={f('complaints.form.handOverTo')}
          required
          style={{ width: 200 }}
          options={operators
            .filter((o) => o.active && o.id !== record.ownerId)
            .map((o) => ({ value: o.id, label: o.name }))}
        />
      );
      break;
    case 'close':
      fields = text(control, 'result', f('complaints.form.result'), 3);
      break;
    case 'revisit':
      fields = (
        <>
          {radios(
            control,
            'method',
            f('complaints.form.method'),
            REVISIT_METHODS.map((m) => ({ value: m, label: t(`complaints.revisitMethod.${m}`) })),
          )}
          {radios(
            control,
            'satisfaction',
            f('complaints.form.satisfaction'),
            SATISFACTIONS.map((s) => ({ value: s, label: t(`complaints.satisfaction.${s}`) })),
          )}
          <Field.Text
            control={control}
            name="comment"
            label={f('complaints.form.comment')}
            extra={t('complaints.form.commentHint')}
            testId="case-comment"
          />
          <Field.Check
            control={control}
            name="signed"
            label={f('complaints.form.signed')}
            testId="case-signed"
          />
          <Field.Text
            control={control}
            name="signedName"
            label={f('complaints.form.signedName')}
            style={{ width: 200 }}
          />
        </>
      );
      break;
    case 'reply':
      fields = (
        <>
          {radios(control, 'adopted', f('complaints.form.adopted'), [
            { value: 'yes', label: t('complaints.form.adoptedYes') },
            { value: 'no', label: t('complaints.form.adoptedNo') },
          ])}
          {text(control, 'reply', f('complaints.form.reply'), 3)}
        </>
      );
      break;
  }

  return (
    <FormModal
      title={`${t(`complaints.action.${action}`)} · ${record.no}`}
      testId="case-action-form"
      saving={form.formState.isSubmitting}
      draftRestored={false}
      onDiscardDraft={() => undefined}
      onSave={save}
      onClose={onClose}
      afterOpen={() => {
        const first = document.querySelector<HTMLElement>(
          '[data-testid="case-action-form"] input:not([type=hidden]), [data-testid="case-action-form"] textarea',
        );
        first?.focus();
      }}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="case-error" />
      )}
      {fields}
    </FormModal>
  );
}
