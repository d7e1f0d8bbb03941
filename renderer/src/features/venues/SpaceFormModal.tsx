import { Checkbox, Form, Input, Space } from 'antd';
import { useMemo } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { FEE_UNITS } from '@shared/domain/venues';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { FormModal } from '../../components/FormModal';
import type { RowFormProps } from '../../components/useRowEditor';
import { useRecordForm } from '../../components/useDraftForm';
import type { VenueSpaceRecord } from '../../db/records';
import { t, type zhCN } from '../../i18n';
import { WEEKDAY_KEYS } from './bookingText';
import { spaceResolver, spaceValues, toSpaceInput, type SpaceValues } from './spaceForm';

function Check(props: {
  control: Control<SpaceValues>;
  name: 'closedOnHolidays' | 'active';
  label: string;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <Form.Item label={props.label}>
          <Checkbox
            checked={field.value}
            onChange={(e) => field.onChange(e.target.checked)}
            data-testid={`space-${props.name}`}
          />
        </Form.Item>
      )}
    />
  );
}

/** 场地: name, capacity, opening hours per weekday, holidays, fee and deposit. Ctrl+S saves. */
export function SpaceFormModal(props: RowFormProps<VenueSpaceRecord>) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(() => spaceResolver(), []);
  const { form, frame } = useRecordForm<SpaceValues, VenueSpaceRecord>({
    draftKey: `venues.space.${props.space?.id ?? 'new'}`,
    resolver,
    defaults: () => spaceValues(props.space),
    save: (v) => repos.venues.saveSpace(actor, props.space?.id, toSpaceInput(v)),
    onSaved: props.onSaved,
  });
  const c = form.control;
  // One row per text field: the label from the catalog, `space-<name>` as its test id.
  const text = (
    name: 'name' | 'place' | 'capacity' | 'feeFen' | 'depositFen' | 'note',
    label: keyof (typeof zhCN)['venues']['spaces'],
    o: { required?: boolean; width?: number; testId?: string } = {},
  ) => (
    <Field.Text
      control={c}
      name={name}
      label={t(`venues.spaces.${label}`)}
      required={o.required ?? false}
      {...(o.width ? { style: { width: o.width } } : {})}
      testId={`space-${o.testId ?? name}`}
    />
  );
  const weeklyError = form.formState.errors.weekly;
  const weeklyMessage =
    weeklyError?.message ??
    (Array.isArray(weeklyError)
      ? weeklyError.map((e) => e?.from?.message ?? e?.to?.message).find(Boolean)
      : undefined);

  return (
    <FormModal
      title={
        props.space ? `${t('venues.spaces.edit')} ${props.space.name}` : t('venues.spaces.add')
      }
      testId="space-form"
      width={640}
      labelWidth={120}
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('name')}
    >
      {text('name', 'name', { required: true })}
      {text('place', 'place')}
      {text('capacity', 'capacity', { required: true, width: 120 })}
      <Form.Item
        label={t('venues.spaces.hours')}
        required
        validateStatus={weeklyMessage ? 'error' : undefined}
        help={weeklyMessage}
      >
        {WEEKDAY_KEYS.map((day, i) => (
          <Space key={day} style={{ display: 'flex', marginBottom: 4 }}>
            <Controller
              control={c}
              name={`weekly.${i}.open`}
              render={({ field }) => (
                <Checkbox
                  checked={field.value}
                  onChange={(e) => {
                    field.onChange(e.target.checked);
                    void form.trigger('weekly');
                  }}
                  data-testid={`space-open-${i}`}
                  style={{ width: 72 }}
                >
                  {t(`venues.weekday.${day}`)}
                </Checkbox>
              )}
            />
            {(['from', 'to'] as const).map((end) => (
              <Controller
                key={end}
                control={c}
                name={`weekly.${i}.${end}`}
                render={({ field }) => (
                  <Input
                    {...field}
                    onChange={(e) => {
                      field.onChange(e);
                      void form.trigger('weekly');
                    }}
                    style={{ width: 90 }}
                    aria-label={`${t(`venues.weekday.${day}`)} ${end}`}
                    data-testid={`space-${end}-${i}`}
                  />
                )}
              />
            ))}
          </Space>
        ))}
      </Form.Item>
      <Check control={c} name="closedOnHolidays" label={t('venues.spaces.closedOnHolidays')} />
      {text('feeFen', 'fee', { width: 140, testId: 'fee' })}
      <Field.Radio
        control={c}
        name="feeUnit"
        label={t('venues.spaces.feeUnit')}
        solid
        testId="space-fee-unit"
        options={Field.choices(FEE_UNITS, (u) => t(`venues.feeUnit.${u}`))}
      />
      {text('depositFen', 'deposit', { width: 140, testId: 'deposit' })}
      <Check control={c} name="active" label={t('venues.spaces.active')} />
      {text('note', 'note')}
    </FormModal>
  );
}
