import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Checkbox, Form, Input, Radio, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useFieldArray, useWatch, type Resolver } from 'react-hook-form';
import {
  applicableChecklist,
  missingDocuments,
  renovationApplicationSchemaOn,
} from '@shared/domain/renovationApplication';
import { officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useDraftForm } from '../../components/useDraftForm';
import { nowIso } from '../../db/ids';
import type { RenovationInput } from '../../db/repositories/renovationRepository';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t, type MessageKey } from '../../i18n';
import { FormModal, type RecordFormProps } from '../../components/FormModal';
import { UnitPicker } from '../../components/UnitPicker';
import { useSetting } from '../settings/useSettings';
import { emptyApplication, SCOPE_FLAGS } from './applicationValues';
import { DateInput } from '../../components/DateInput';
import * as Field from '../../components/fieldRows';
import { messageOf } from '../../i18n/domainText';

const L = Field.labelsIn('renovation.form');

interface Props extends RecordFormProps<RenovationRecord> {
  job?: RenovationRecord;
}

/** 《装修申请审批表》: unit and owner, contractor, dates, scope, workers, document checklist. */
export function ApplicationForm({ job, onClose, onSaved }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const deadlines = useSetting('deadlines');
  const [error, setError] = useState<string | null>(null);
  const defaults = useMemo(() => emptyApplication(job), [job]);
  // Today's office date: a period wholly in the past is refused at the completion date.
  const resolver = useMemo(
    () =>
      zodResolver(
        renovationApplicationSchemaOn(officeDateOf(nowIso())),
      ) as unknown as Resolver<RenovationInput>,
    [],
  );
  const { form, draft, frame } = useDraftForm<RenovationInput>(
    job ? `renovation.${job.id}` : 'renovation.new',
    resolver,
    defaults,
  );
  const workers = useFieldArray({ control: form.control, name: 'workers' });
  const values = useWatch({ control: form.control }) as RenovationInput;
  const scope = { ...defaults, ...values };
  const applicable = applicableChecklist({
    ...scope,
    applicantKind: scope.applicantKind ?? 'owner',
  });
  const missing = missingDocuments(
    { ...scope, applicantKind: scope.applicantKind ?? 'owner' },
    values.checklist ?? [],
  );

  const errs = form.formState.errors.workers;
  const workerError =
    errs?.message ??
    errs?.root?.message ??
    (Array.isArray(errs) ? errs.find(Boolean)?.name?.message : undefined);

  const pickUnit = async (code: string, unitId: string) => {
    form.setValue('unitCode', code, { shouldValidate: true });
    form.setValue('unitId', unitId, { shouldValidate: true });
    if (!unitId) return;
    const people = await repos.people.listByUnit(unitId);
    const owner = people.find((p) => p.kind === 'owner' && !p.moveOutDate);
    if (owner && !form.getValues('ownerName')) {
      form.setValue('ownerName', owner.name, { shouldValidate: true });
      form.setValue('ownerPhone', owner.phones[0] ?? '', { shouldValidate: true });
    }
  };

  const save = () =>
    void form.handleSubmit(async () => {
      setError(null);
      const input = form.getValues();
      // Items that no longer apply are not kept as ticked.
      const checklist = (input.checklist ?? []).filter((c) => applicable.includes(c));
      try {
        const saved = job
          ? await repos.renovations.update(actor, job.id, { ...input, checklist })
          : await repos.renovations.create(actor, { ...input, checklist });
        draft.clear();
        message.success(t('renovation.detail.done'));
        onSaved(saved);
      } catch (err) {
        setError(messageOf(err));
      }
    })();

  const text = (name: keyof RenovationInput & string, label: MessageKey, required = true) => (
    <FormField
      control={form.control}
      name={name}
      label={t(label)}
      required={required}
      render={(f) => (
        <Input id={name} {...f} value={String(f.value ?? '')} data-testid={`reno-${name}`} />
      )}
    />
  );

  return (
    <FormModal
      title={
        job ? t('renovation.form.editTitle', { no: job.no }) : t('renovation.form.createTitle')
      }
      testId="reno-form"
      {...frame}
      onSave={save}
      onClose={onClose}
      afterOpen={() => document.getElementById('unitCode')?.focus()}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <FormField
        control={form.control}
        name="unitCode"
        label={L('unit')}
        required
        render={(f) => (
          <UnitPicker
            id="unitCode"
            value={String(f.value ?? '')}
            onChange={(c, id) => void pickUnit(c, id)}
            testId="reno-unit"
          />
        )}
      />
      {text('ownerName', 'renovation.form.ownerName')}
      {text('ownerPhone', 'renovation.form.ownerPhone')}
      <FormField
        control={form.control}
        name="applicantKind"
        label={L('applicant')}
        render={(f) => (
          <Radio.Group {...f} optionType="button">
            <Radio value="owner">{t('renovation.form.applicantOwner')}</Radio>
            <Radio value="agent">{t('renovation.form.applicantAgent')}</Radio>
          </Radio.Group>
        )}
      />
      {values.applicantKind === 'agent' && text('agentName', 'renovation.form.agentName')}
      {text('contractorName', 'renovation.form.contractorName')}
      {text('contractorLeader', 'renovation.form.contractorLeader')}
      {text('contractorPhone', 'renovation.form.contractorPhone')}
      {text('licenceNo', 'renovation.form.licenceNo', false)}
      {text('qualificationNo', 'renovation.form.qualificationNo', false)}
      <FormField
        control={form.control}
        name="plannedStart"
        label={L('period')}
        required
        render={(f) => (
          <Space.Compact>
            <DateInput
              id="plannedStart"
              value={String(f.value ?? '')}
              onChange={f.onChange}
              onBlur={f.onBlur}
              style={{ width: 150 }}
              testId="reno-start"
            />
            <DateInput
              value={values.plannedEnd ?? ''}
              min={String(f.value ?? '') || undefined}
              onChange={(v) => form.setValue('plannedEnd', v, { shouldValidate: true })}
              style={{ width: 150 }}
              testId="reno-end"
              aria-label={L('plannedEnd')}
            />
          </Space.Compact>
        )}
      />
      {form.formState.errors.plannedEnd && (
        <Typography.Text type="danger" data-testid="reno-end-error">
          {form.formState.errors.plannedEnd.message}
        </Typography.Text>
      )}
      {text('workingHours', 'renovation.form.workingHours')}
      {text('workItems', 'renovation.form.workItems')}
      <Form.Item label={L('scope')}>
        <Space wrap size={[12, 4]}>
          {SCOPE_FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              checked={Boolean(values[flag])}
              onChange={(e) => form.setValue(flag, e.target.checked, { shouldValidate: true })}
              data-testid={`reno-flag-${flag}`}
            >
              {t(`renovation.form.${flag}`)}
            </Checkbox>
          ))}
        </Space>
      </Form.Item>
      <Form.Item
        label={L('workers')}
        required
        validateStatus={workerError ? 'error' : undefined}
        help={workerError}
      >
        <div>
          {workers.fields.map((w, i) => (
            <Space.Compact key={w.id} style={{ marginBottom: 4, width: '100%' }}>
              <Input
                placeholder={t('renovation.form.workerName')}
                onChange={(e) =>
                  form.setValue(`workers.${i}.name`, e.target.value, { shouldValidate: true })
                }
                value={values.workers?.[i]?.name ?? ''}
                data-testid={`reno-worker-${i}-name`}
              />
              <Input
                placeholder={t('renovation.form.workerId')}
                value={values.workers?.[i]?.idNumber ?? ''}
                onChange={(e) =>
                  form.setValue(`workers.${i}.idNumber`, e.target.value, { shouldValidate: true })
                }
                data-testid={`reno-worker-${i}-id`}
              />
              <Button onClick={() => workers.remove(i)} disabled={workers.fields.length < 2}>
                −
              </Button>
            </Space.Compact>
          ))}
          <Button
            size="small"
            onClick={() => workers.append({ name: '', idNumber: '' })}
            data-testid="reno-add-worker"
          >
            {t('renovation.form.addWorker')}
          </Button>
        </div>
      </Form.Item>
      <FormField
        control={form.control}
        name="checklist"
        label={L('checklist')}
        extra={
          missing.length > 0
            ? t('renovation.form.missing', { count: missing.length })
            : t('renovation.form.complete', { days: deadlines?.renovationReviewWorkingDays ?? 5 })
        }
        render={(f) => (
          <Checkbox.Group
            value={f.value ?? []}
            onChange={(v) => f.onChange(v)}
            options={applicable.map((c) => ({
              value: c,
              label: t(`domain.labels.checklist.${c}`),
            }))}
            data-testid="reno-checklist"
          />
        )}
      />
      {text('notes', 'renovation.form.notes', false)}
    </FormModal>
  );
}
