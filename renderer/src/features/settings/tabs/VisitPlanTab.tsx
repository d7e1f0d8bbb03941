import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { visitPlanSettingsSchema, type VisitPlanSettings } from '@shared/domain/visitPlan';
import { useRepos } from '../../../app/ReposContext';
import * as Field from '../../../components/fieldRows';
import { t } from '../../../i18n';
import { reportIssues } from '../formSchema';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';

/** The areas name their 物管员 by operator; the stored name follows the operator's own. */
type PlanForm = Omit<VisitPlanSettings, 'areas'> & {
  areas: { building: string; staffId: string }[];
};

const NUMBER_FIELDS = [
  ['headVisitsPerYear', 366],
  ['meetingsPerYear', 2],
  ['moveInVisitDays', 180],
  ['eventFeedbackDays', 60],
] as const;

/** 拜访计划: the office head, each building's 物管员 and the plan's numbers (supervisor). */
export function VisitPlanTab() {
  return <SettingTab setting="visitPlan" Editor={VisitPlanEditor} />;
}

function VisitPlanEditor({ initial, editor }: SettingEditorProps<'visitPlan'>) {
  const repos = useRepos();
  const staff = useLiveQuery(() => repos.operators.list(), [repos]);
  const nameOf = useMemo(() => new Map((staff ?? []).map((o) => [o.id, o.name])), [staff]);
  const toSetting = (f: PlanForm): VisitPlanSettings => ({
    ...f,
    areas: f.areas.map((a) => ({
      building: a.building,
      staffId: a.staffId,
      // An operator since removed keeps the name the plan was given.
      staffName:
        nameOf.get(a.staffId) ??
        initial.areas.find((x) => x.staffId === a.staffId)?.staffName ??
        '',
    })),
  });
  const schema = z
    .custom<PlanForm>()
    .superRefine((f, ctx) =>
      reportIssues(visitPlanSettingsSchema, toSetting(f), ctx, [], { staffName: 'staffId' }),
    );
  const { form, frame } = useSettingTabForm<PlanForm, 'visitPlan'>(editor, {
    resolver: zodResolver(schema),
    defaultValues: {
      ...initial,
      areas: initial.areas.map(({ building, staffId }) => ({ building, staffId })),
    },
    toSetting,
    issueRename: { staffName: 'staffId' },
  });
  const F = Field.useRows(form.control);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'areas' });
  const options = (staff ?? []).map((o) => ({ value: o.id, label: o.name }));

  return (
    <SettingForm {...frame} maxWidth={620} intro={t('settings.visitPlan.intro')}>
      <F.Text
        name="headName"
        label={t('settings.visitPlan.headName')}
        extra={t('settings.visitPlan.headNameExtra')}
        style={{ width: 200 }}
        testId="visit-plan-headName"
      />
      {NUMBER_FIELDS.map(([name, max]) => (
        <F.Number
          key={name}
          name={name}
          label={t(`settings.visitPlan.${name}`)}
          extra={t(`settings.visitPlan.${name}Extra`)}
          precision={0}
          min={0}
          max={max}
          width={120}
          testId={`visit-plan-${name}`}
        />
      ))}
      <Typography.Text strong>{t('settings.visitPlan.areas')}</Typography.Text>
      <Typography.Paragraph type="secondary">
        {t('settings.visitPlan.areasExtra')}
      </Typography.Paragraph>
      {fields.map((f, i) => (
        <Space key={f.id} align="start" style={{ display: 'flex' }} data-testid="visit-plan-area">
          <F.Text
            name={`areas.${i}.building`}
            label={t('settings.visitPlan.building')}
            style={{ width: 120 }}
            testId={`visit-plan-area-${i}-building`}
          />
          <F.Select
            name={`areas.${i}.staffId`}
            label={t('settings.visitPlan.staff')}
            options={options}
            emptyIsNone
            placeholder={t('settings.visitPlan.staffPlaceholder')}
            style={{ width: 180 }}
            testId={`visit-plan-area-${i}-staff`}
          />
          <Button
            onClick={() => remove(i)}
            style={{ marginTop: 30 }}
            data-testid={`visit-plan-area-${i}-remove`}
          >
            {t('settings.visitPlan.remove')}
          </Button>
        </Space>
      ))}
      <Button
        onClick={() => append({ building: '', staffId: '' })}
        style={{ marginBottom: 16 }}
        data-testid="visit-plan-add-area"
      >
        {t('settings.visitPlan.addArea')}
      </Button>
    </SettingForm>
  );
}
