import { Button, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import {
  PASS_DIRECTIONS,
  releasePassSchema,
  type PassDirection,
  type ReleasePassInput,
} from '@shared/domain/releasePass';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { FormModal, type RecordFormProps } from '../../components/FormModal';
import { UnitField } from '../../components/UnitField';
import { useRecordForm } from '../../components/useDraftForm';
import type { ReleasePassRecord } from '../../db/records';
import { t } from '../../i18n';
import { mappedZodResolver } from '../../components/formResolver';
import { DateField } from '../../components/DateField';
import { domainText } from '../../i18n/domainText';

const L = Field.labelsIn('release.form');

type Values = {
  unitId: string;
  unitCode: string;
  company: string;
  carrier: string;
  carrierPhone: string;
  approvedBy: string;
  outAt: string;
  items: { name: string; quantity: number }[];
  note: string;
  direction: PassDirection;
  moving: boolean;
  movingDate: string;
  windowFrom: string;
  windowTo: string;
  lift: string;
};

/** Now as `YYYY-MM-DDTHH:mm` in local (office) time, for a datetime-local input. */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

const blank = (): Values => ({
  unitId: '',
  unitCode: '',
  company: '',
  carrier: '',
  carrierPhone: '',
  approvedBy: '',
  outAt: localNow(),
  items: [{ name: '', quantity: 1 }],
  note: '',
  direction: 'out',
  moving: false,
  movingDate: '',
  windowFrom: '',
  windowTo: '',
  lift: '',
});

// A moving appointment's time at the gate is the start of its window.
const toInput = (v: Values): ReleasePassInput => ({
  ...v,
  unitId: v.unitId || undefined,
  ...(v.moving && v.movingDate && v.windowFrom ? { outAt: `${v.movingDate}T${v.windowFrom}` } : {}),
});

const DRAFT_KEY = 'release.new';

/** 开放行条: unit or company, carrier, items with quantities, who approved. Ctrl+S saves. */
export function ReleaseFormModal(props: RecordFormProps<ReleasePassRecord>) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(() => mappedZodResolver(releasePassSchema, toInput), []);
  const { form, frame } = useRecordForm<Values, ReleasePassRecord>({
    draftKey: DRAFT_KEY,
    resolver,
    defaults: blank,
    save: (v) => repos.releasePasses.create(actor, toInput(v)),
    onSaved: props.onSaved,
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const c = form.control;
  const F = Field.useRows(c);
  const [direction, moving] = useWatch({ control: c, name: ['direction', 'moving'] });
  const errors = form.formState.errors.items;
  // The list's own error (none, too many) or the first row's, shown once under the list.
  const itemMessage =
    errors?.message ??
    errors?.root?.message ??
    (Array.isArray(errors)
      ? domainText(errors.map((e) => e?.name?.message ?? e?.quantity?.message).find(Boolean))
      : undefined);

  return (
    <FormModal
      title={t('release.form.title')}
      testId="release-form"
      width={680}
      labelWidth={100}
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('carrier')}
      intro={
        <Typography.Paragraph type="secondary">{t('release.form.dangerHint')}</Typography.Paragraph>
      }
    >
      <UnitField
        control={c}
        name="unitCode"
        label={L('unit')}
        testId="release-unit"
        onUnit={(id) => form.setValue('unitId', id)}
      />
      <F.Text name="company" label={L('company')} testId="release-company" />
      <F.Text name="carrier" label={L('carrier')} required testId="release-carrier" />
      <F.Text name="carrierPhone" label={L('carrierPhone')} testId="release-phone" />
      <F.Text name="approvedBy" label={L('approvedBy')} required testId="release-approved" />
      <F.Radio
        name="direction"
        label={L('direction')}
        required
        solid
        testId="release-direction"
        options={Field.choices(PASS_DIRECTIONS, (d) => t(`release.direction.${d}`))}
      />
      <Controller
        control={c}
        name="moving"
        render={({ field }) => (
          <Form.Item label={L('moving')}>
            <Checkbox
              checked={field.value}
              onChange={(e) => field.onChange(e.target.checked)}
              data-testid="release-moving"
            />
          </Form.Item>
        )}
      />
      {moving ? (
        <>
          <DateField
            control={c}
            name="movingDate"
            label={L('movingDate')}
            required
            testId="release-moving-date"
          />
          <Form.Item label={L('window')} required>
            <Space>
              {(['windowFrom', 'windowTo'] as const).map((name) => (
                <Field.Text
                  key={name}
                  control={c}
                  name={name}
                  label=""
                  placeholder={t(`release.form.${name}`)}
                  style={{ width: 100 }}
                  testId={`release-${name}`}
                />
              ))}
            </Space>
          </Form.Item>
          <F.Text name="lift" label={L('lift')} required testId="release-lift" />
        </>
      ) : (
        <DateField
          control={c}
          name="outAt"
          label={direction === 'in' ? t('release.form.inAt') : t('release.form.outAt')}
          required
          kind="time"
          testId="release-out-at"
        />
      )}
      <Form.Item
        label={L('items')}
        required
        validateStatus={itemMessage ? 'error' : undefined}
        help={itemMessage}
      >
        {items.fields.map((row, i) => (
          <Space key={row.id} style={{ display: 'flex', marginBottom: 4 }}>
            <Controller
              control={form.control}
              name={`items.${i}.name`}
              render={({ field }) => (
                <Input
                  {...field}
                  onChange={(e) => {
                    field.onChange(e);
                    void form.trigger('items');
                  }}
                  placeholder={t('release.form.itemName')}
                  data-testid={`release-item-${i}`}
                />
              )}
            />
            <Controller
              control={form.control}
              name={`items.${i}.quantity`}
              render={({ field }) => (
                <InputNumber
                  {...field}
                  min={1}
                  onChange={(q) => {
                    field.onChange(q ?? 0);
                    void form.trigger('items');
                  }}
                  placeholder={t('release.form.quantity')}
                  id={`release-qty-${i}`}
                  data-testid={`release-qty-${i}`}
                />
              )}
            />
            {items.fields.length > 1 && <Button onClick={() => items.remove(i)}>×</Button>}
          </Space>
        ))}
        <Button
          onClick={() => items.append({ name: '', quantity: 1 })}
          disabled={items.fields.length >= 12}
          data-testid="release-add-item"
        >
          {t('release.form.addItem')}
        </Button>
      </Form.Item>
      <F.Text name="note" label={L('note')} />
    </FormModal>
  );
}
