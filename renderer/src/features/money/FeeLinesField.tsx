import { Button, Form, InputNumber, Select, Space, Typography } from 'antd';
import {
  Controller,
  useFieldArray,
  useWatch,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type UseFormSetValue,
  type UseFormTrigger,
} from 'react-hook-form';
import type { ReactElement } from 'react';
import { findFeeItem, type FeeItem } from '@shared/domain/fees';
import { formatFen, multiplyFen, sumFen } from '@shared/domain/money';
import { AmountInput } from '../../components/AmountInput';
import { t } from '../../i18n';
import { linePriceFen, standardPriceText, type ReceiptFormValues } from './receiptForm';
import { capitalAmount, colon } from '../../i18n/text';

interface Props {
  control: Control<ReceiptFormValues>;
  setValue: UseFormSetValue<ReceiptFormValues>;
  trigger: UseFormTrigger<ReceiptFormValues>;
  items: readonly FeeItem[];
  maxFen: number;
  /** The error of the lines as a whole (e.g. the total above the ceiling). */
  linesError?: string;
}

/** One cell of a receipt line: its field's error shows under it, the line keeps its height. */
function LineCell<N extends FieldPath<ReceiptFormValues>>(props: {
  control: Control<ReceiptFormValues>;
  name: N;
  children: (field: ControllerRenderProps<ReceiptFormValues, N>) => ReactElement;
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <Form.Item
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
          style={{ marginBottom: 0 }}
        >
          {props.children(field)}
        </Form.Item>
      )}
    />
  );
}

/** The receipt's lines: item, quantity, unit price (typed text), amount; total in figures and 大写. */
export function FeeLinesField({ control, setValue, trigger, items, maxFen, linesError }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const options = items.filter((i) => i.enabled).map((i) => ({ value: i.code, label: i.name }));
  const amounts = (lines ?? []).map((l) => {
    const price = linePriceFen(l.unitPrice, findFeeItem(items, l.code), maxFen);
    return price !== undefined && Number.isInteger(l.quantity)
      ? multiplyFen(price, l.quantity)
      : undefined;
  });
  const complete = amounts.every((a) => a !== undefined);
  const total = complete ? sumFen(amounts.map((a) => a ?? 0)) : undefined;

  return (
    <Form.Item
      label={t('money.form.lines')}
      required
      validateStatus={linesError ? 'error' : undefined}
      help={linesError}
    >
      {fields.map((field, i) => (
        <Space
          key={field.id}
          align="start"
          style={{ display: 'flex', marginBottom: 4 }}
          data-testid={`receipt-line-${i}`}
        >
          <LineCell control={control} name={`lines.${i}.code`}>
            {(f) => (
              <Select
                {...f}
                showSearch={{ optionFilterProp: 'label' }}
                options={options}
                placeholder={t('money.form.itemPlaceholder')}
                style={{ width: 220 }}
                data-testid={`receipt-line-${i}-item`}
                onChange={(code: string) => {
                  // Price first, so the validation the item change triggers sees both.
                  setValue(`lines.${i}.unitPrice`, standardPriceText(findFeeItem(items, code)));
                  f.onChange(code);
                  void trigger(`lines.${i}.unitPrice`);
                }}
              />
            )}
          </LineCell>
          <LineCell control={control} name={`lines.${i}.quantity`}>
            {(f) => (
              <InputNumber
                {...f}
                onChange={(v) => f.onChange(typeof v === 'number' ? v : Number.NaN)}
                min={1}
                precision={0}
                style={{ width: 72 }}
                aria-label={t('money.form.quantity')}
                data-testid={`receipt-line-${i}-qty`}
              />
            )}
          </LineCell>
          <LineCell control={control} name={`lines.${i}.unitPrice`}>
            {(f) => (
              <AmountInput
                {...f}
                width={130}
                aria-label={t('money.form.unitPrice')}
                placeholder={t('money.form.unitPrice')}
                testId={`receipt-line-${i}-price`}
              />
            )}
          </LineCell>
          <Typography.Text
            style={{
              display: 'inline-block',
              width: 100,
              textAlign: 'right',
              lineHeight: '32px',
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            {amounts[i] !== undefined ? formatFen(amounts[i]) : '—'}
          </Typography.Text>
          <Button
            type="text"
            danger
            disabled={fields.length === 1}
            onClick={() => remove(i)}
            tabIndex={-1}
          >
            {t('money.form.removeLine')}
          </Button>
        </Space>
      ))}
      <Space style={{ display: 'flex', justifyContent: 'space-between' }}>
        <Button
          size="small"
          onClick={() => append({ code: '', quantity: 1, unitPrice: '' })}
          data-testid="receipt-add-line"
        >
          {t('money.form.addLine')}
        </Button>
        <Typography.Text
          strong
          data-testid="receipt-total"
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {t('money.form.total')}
          {colon()}
          {total !== undefined ? `¥${formatFen(total)}\u3000${capitalAmount(total)}` : '—'}
        </Typography.Text>
      </Space>
    </Form.Item>
  );
}
