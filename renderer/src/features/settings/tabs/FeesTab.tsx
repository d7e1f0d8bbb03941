import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactElement } from 'react';
import { Controller, useFieldArray, type Control, type FieldPath } from 'react-hook-form';
import { FEE_CATEGORIES, FEE_PAYERS, FEE_UNITS, type FeeItem } from '@shared/domain/fees';
import { t } from '../../../i18n';
import { RoleNotice } from '../RoleNotice';
import { useSetting } from '../useSettings';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';
import { feesFormSchema, toFeeItems, toFeeRow, type FeesForm } from './feeRows';

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
const payerOptions = () =>
  keysOf(FEE_PAYERS).map((k) => ({ value: k, label: t(`settings.fees.payers.${k}`) }));
const unitOptions = () =>
  keysOf(FEE_UNITS).map((k) => ({ value: k, label: t(`settings.fees.units.${k}`) }));
const categoryOptions = () =>
  keysOf(FEE_CATEGORIES).map((k) => ({ value: k, label: t(`settings.fees.categories.${k}`) }));

/** One editable cell: the control and its error under it. */
function Cell({
  control,
  name,
  render,
}: {
  control: Control<FeesForm>;
  name: FieldPath<FeesForm>;
  render: (value: unknown, onChange: (v: unknown) => void) => ReactElement;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          style={{ margin: 0 }}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
        >
          {render(field.value, field.onChange)}
        </Form.Item>
      )}
    />
  );
}

const newCode = () => `custom_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;

/** 收费标准: the fee schedule, amounts typed in yuan and stored in fen (manager only). */
export function FeesTab() {
  const editor = useSettingEditor('fees');
  const limits = useSetting('limits');
  if (!editor.value || !limits) return <Spin />;
  return <FeesEditor initial={editor.value} maxFen={limits.maxAmountFen} editor={editor} />;
}

function FeesEditor(props: {
  initial: FeeItem[];
  maxFen: number;
  editor: ReturnType<typeof useSettingEditor<'fees'>>;
}) {
  const { initial, maxFen, editor } = props;
  const { canEdit, requiredRole, save } = editor;
  const { form, submit } = useSettingForm<FeesForm>({
    draftKey: 'settings.fees',
    resolver: zodResolver(feesFormSchema(maxFen)),
    defaultValues: { items: initial.map(toFeeRow) },
    save,
    toSetting: (values) => {
      const items = toFeeItems(values.items, maxFen);
      return items;
    },
    issuePrefix: ['items'],
    issueRename: { amountFen: 'amountYuan' },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'items' });
  const saved = new Set(initial.map((f) => f.code));
  const c = form.control;

  type Row = (typeof fields)[number];
  const columns: TableColumnsType<Row> = [
    {
      title: t('settings.fees.name'),
      width: 220,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.name`}
          render={(v, on) => (
            <Input
              value={String(v)}
              onChange={(e) => on(e.target.value)}
              aria-label={t('settings.fees.name')}
              data-testid="fee-name"
            />
          )}
        />
      ),
    },
    {
      title: t('settings.fees.payer'),
      width: 110,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.payer`}
          render={(v, on) => (
            <Select value={v} onChange={on} options={payerOptions()} style={{ width: 100 }} />
          )}
        />
      ),
    },
    {
      title: t('settings.fees.unit'),
      width: 80,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.unit`}
          render={(v, on) => (
            <Select value={v} onChange={on} options={unitOptions()} style={{ width: 70 }} />
          )}
        />
      ),
    },
    {
      title: t('settings.fees.amount'),
      width: 140,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.amountYuan`}
          render={(v, on) => (
            <Input
              value={String(v)}
              onChange={(e) => on(e.target.value)}
              inputMode="decimal"
              aria-label={t('settings.fees.amount')}
              data-testid="fee-amount"
            />
          )}
        />
      ),
    },
    {
      title: t('settings.fees.category'),
      width: 120,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.category`}
          render={(v, on) => (
            <Select value={v} onChange={on} options={categoryOptions()} style={{ width: 110 }} />
          )}
        />
      ),
    },
    {
      title: t('settings.fees.refundable'),
      width: 60,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.refundable`}
          render={(v, on) => (
            <Checkbox checked={v === true} onChange={(e) => on(e.target.checked)} />
          )}
        />
      ),
    },
    {
      title: t('settings.fees.allowZero'),
      width: 80,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.allowZero`}
          render={(v, on) => (
            <Checkbox checked={v === true} onChange={(e) => on(e.target.checked)} />
          )}
        />
      ),
    },
    {
      title: t('settings.fees.enabled'),
      width: 70,
      render: (_: unknown, _r, i) => (
        <Cell
          control={c}
          name={`items.${i}.enabled`}
          render={(v, on) => <Switch checked={v === true} onChange={on} size="small" />}
        />
      ),
    },
    {
      title: '',
      width: 60,
      render: (_: unknown, r, i) =>
        saved.has(r.code) ? null : (
          <Button type="link" onClick={() => remove(i)}>
            {t('settings.fees.remove')}
          </Button>
        ),
    },
  ];

  const add = () =>
    append({
      code: newCode(),
      name: t('settings.fees.newItem'),
      payer: 'any',
      unit: 'item',
      amountYuan: '0',
      refundable: false,
      allowZero: false,
      category: 'fee',
      enabled: true,
    });

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('settings.tabs.fees')}>
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('settings.fees.intro')}</Typography.Paragraph>
      <Form component={false} disabled={!canEdit}>
        <Table<Row>
          rowKey="id"
          size="small"
          dataSource={fields}
          columns={columns}
          pagination={false}
          scroll={{ x: 960 }}
          data-testid="fees-table"
        />
      </Form>
      <Space style={{ marginTop: 12 }}>
        <Button disabled={!canEdit} onClick={add} data-testid="fee-add">
          {t('settings.fees.add')}
        </Button>
        <Button type="primary" htmlType="submit" disabled={!canEdit} data-testid="fees-save">
          {t('common.save')}
        </Button>
      </Space>
    </form>
  );
}
