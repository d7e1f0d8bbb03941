import { Button, Checkbox, Form, Input, Space } from 'antd';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import {
  checklistScore,
  isChecklistKind,
  MAX_PHOTOS,
  siteCheckSchema,
  type SiteCheckKind,
} from '@shared/domain/siteChecks';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { DateField } from '../../components/DateField';
import * as Field from '../../components/fieldRows';
import { FormModal, type RecordFormProps } from '../../components/FormModal';
import { mappedZodResolver } from '../../components/formResolver';
import { useRecordForm } from '../../components/useDraftForm';
import type { SiteCheckRecord } from '../../db/records';
import { t } from '../../i18n';
import { blankValues, toSiteCheckInput, type SiteCheckValues } from './siteCheckForm';
import { PhotoField } from './PhotoField';

const L = Field.labelsIn('patrols.form');

const resolver = mappedZodResolver(siteCheckSchema, toSiteCheckInput);

/** 新建巡查检查记录: one form for every kind; the fields follow the kind. Ctrl+S saves. */
export function SiteCheckFormModal(
  props: RecordFormProps<SiteCheckRecord> & {
    kind: SiteCheckKind;
    initial?: Partial<SiteCheckValues>;
    alerts: readonly SiteCheckRecord[];
  },
) {
  const { kind } = props;
  const repos = useRepos();
  const { actor } = useSession();
  const { form, frame } = useRecordForm<SiteCheckValues, SiteCheckRecord>({
    draftKey: `patrols.new.${kind}`,
    resolver,
    defaults: () => blankValues(kind, actor.name, props.initial),
    save: (v) => repos.siteChecks.create(actor, toSiteCheckInput(v)),
    onSaved: props.onSaved,
  });
  const c = form.control;
  const F = Field.useRows(c);
  const findings = useFieldArray({ control: form.control, name: 'findings' });
  const checklist = useWatch({ control: form.control, name: 'checklist' });
  const score = isChecklistKind(kind) ? checklistScore(checklist ?? []) : null;
  // The resolver brings a row's error (a failed item without its note) up to the list.
  const checklistError = form.formState.errors.checklist?.message;

  const text = (name: 'route' | 'points' | 'units', label: string, extra?: string, req = false) => (
    <F.Text
      name={name}
      label={label}
      required={req}
      {...(extra ? { extra } : {})}
      testId={`site-${name}`}
    />
  );

  return (
    <FormModal
      title={t('patrols.form.title', { kind: t(`patrols.kind.${kind}`) })}
      testId="site-form"
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus(kind === 'patrol' ? 'route' : 'inspector')}
    >
      <DateField
        control={c}
        name="at"
        label={kind === 'rainAlert' ? t('patrols.form.rainAt') : t('patrols.form.at')}
        required
        kind="time"
        testId="site-at"
      />
      <F.Text name="inspector" label={L('inspector')} required testId="site-inspector" />
      {kind === 'patrol' && (
        <>
          {text('route', t('patrols.form.route'), undefined, true)}
          {text('points', t('patrols.form.points'), t('patrols.form.pointsHint'))}
          <Form.Item label={L('findings')}>
            {findings.fields.map((row, i) => (
              <Space key={row.id} style={{ display: 'flex', marginBottom: 4 }}>
                <Controller
                  control={c}
                  name={`findings.${i}.text`}
                  render={({ field }) => (
                    <Input
                      {...field}
                      style={{ width: 400 }}
                      placeholder={t('patrols.form.findingPlaceholder')}
                      data-testid={`site-finding-${i}`}
                    />
                  )}
                />
                <Button onClick={() => findings.remove(i)}>×</Button>
              </Space>
            ))}
            <Button
              onClick={() => findings.append({ text: '' })}
              disabled={findings.fields.length >= 20}
              data-testid="site-add-finding"
            >
              {t('patrols.form.addFinding')}
            </Button>
          </Form.Item>
        </>
      )}
      {isChecklistKind(kind) && (
        <Form.Item
          label={L('checklist')}
          required
          validateStatus={checklistError ? 'error' : undefined}
          help={checklistError ?? (score !== null ? t('patrols.form.score', { score }) : undefined)}
        >
          <div data-testid="site-score" data-score={score ?? ''} />
          {(checklist ?? []).map((row, i) => (
            <Space key={row.item} style={{ display: 'flex', marginBottom: 4 }}>
              <Controller
                control={c}
                name={`checklist.${i}.ok`}
                render={({ field }) => (
                  <Checkbox
                    checked={field.value}
                    onChange={(e) => {
                      field.onChange(e.target.checked);
                      void form.trigger('checklist');
                    }}
                    data-testid={`site-check-${i}`}
                  >
                    {row.item}
                  </Checkbox>
                )}
              />
              {!row.ok && (
                <Controller
                  control={c}
                  name={`checklist.${i}.note`}
                  render={({ field }) => (
                    <Input
                      {...field}
                      value={field.value ?? ''}
                      onChange={(e) => {
                        field.onChange(e);
                        void form.trigger('checklist');
                      }}
                      placeholder={t('patrols.form.note')}
                      data-testid={`site-check-note-${i}`}
                    />
                  )}
                />
              )}
            </Space>
          ))}
        </Form.Item>
      )}
      {(kind === 'vacantClean' || kind === 'custodyRain') &&
        text('units', t('patrols.form.units'), t('patrols.form.unitsHint'), kind === 'vacantClean')}
      {kind === 'custodyRain' && (
        <>
          <F.Select
            name="alertId"
            label={L('alert')}
            required
            emptyIsNone
            testId="site-alert"
            options={props.alerts.map((a) => ({
              value: a.id,
              label: `${a.no} ${formatOfficeDateTime(a.at)}`,
            }))}
          />
          <F.Select
            name="phase"
            label={L('phase')}
            required
            emptyIsNone
            testId="site-phase"
            options={Field.choices(['before', 'after'] as const, (p) => t(`patrols.phase.${p}`))}
          />
        </>
      )}
      <F.TextArea
        name="summary"
        label={L('summary')}
        required={kind === 'dailyLog'}
        rows={kind === 'dailyLog' ? 5 : 2}
        testId="site-summary"
      />
      <Controller
        control={c}
        name="photos"
        render={({ field, fieldState }) => (
          <Form.Item
            label={L('photos')}
            validateStatus={fieldState.error ? 'error' : undefined}
            help={fieldState.error?.message}
          >
            <PhotoField value={field.value} onChange={field.onChange} max={MAX_PHOTOS} />
          </Form.Item>
        )}
      />
    </FormModal>
  );
}
