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
import { labelsIn } from '../../../components/fieldRows';
import { t } from '../../../i18n';
import { RoleNotice } from '../RoleNotice';
import { useSetting } from '../useSettings';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';
import { feesFormSchema, toFeeItems, toFeeRow, type FeesForm } from './feeRows';

const L = labelsIn('settings.fees');
const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
const payerOptions = () =>
  keysOf(FEE_PAYERS).map((k) => ({ value: k, label: t(`settings.fees.payers.${k}`) }));
const unitOptions = () =>
  keysOf(FEE_UNITS).map((k) => ({ value: k, label: t(`settings.fees.units.${k}`) }));
const categoryOptions = () =>
  keysOf(FEE_CATEGORIES).map((k) => ({ value: k, label: t(`settings.fees.categories.${k}`) }));

type CellRender = (value: unknown, onChange: (v: unknown) => void) => ReactElement;

/** One editable cell: the control and its error under it. */
function Cell({
  control,
  name,
  render,
}: {
  control: Control<FeesForm>;
  name: FieldPath<FeesForm>;
  render: CellRender;
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
  type RowField = keyof FeesForm['items'][number] & string;
  /** A column of one editable cell a row: the row's `field`, drawn by `render`. */
  const cell = (field: RowField, title: string, width: number, render: CellRender) => ({
    title,
    width,
    render: (_: unknown, _r: Row, i: number) => (
      <Cell control={c} name={`items.${i}.${field}`} render={render} />
    ),
  });
  const text =
    (label: string, testId: string, decimal?: boolean): CellRender =>
    (v, on) => (
      <Input
        value={String(v)}
        onChange={(e) => on(e.target.value)}
        {...(decimal ? { inputMode: 'decimal' as const } : {})}
        aria-label={label}
        data-testid={testId}
      />
    );
  const choice =
    (options: { value: string; label: string }[], width: number): CellRender =>
    (v, on) => <Select value={v} onChange={on} options={options} style={{ width }} />;
  const check: CellRender = (v, on) => (
    <Checkbox checked={v === true} onChange={(e) => on(e.target.checked)} />
  );
  const columns: TableColumnsType<Row> = [
    cell('name', L('name'), 220, text(L('name'), 'fee-name')),
    cell('payer', L('payer'), 110, choice(payerOptions(), 100)),
    cell('unit', L('unit'), 80, choice(unitOptions(), 70)),
    cell('amountYuan', L('amount'), 140, text(L('amount'), 'fee-amount', true)),
    cell('category', L('category'), 120, choice(categoryOptions(), 110)),
    cell('refundable', L('refundable'), 60, check),
    cell('allowZero', L('allowZero'), 80, check),
    cell('enabled', L('enabled'), 70, (v, on) => (
      <Switch checked={v === true} onChange={on} size="small" />
    )),
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
