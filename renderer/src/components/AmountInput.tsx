import { Input } from 'antd';
import type { CSSProperties, FocusEvent, Ref } from 'react';
import type { InputRef } from 'antd';

interface AmountInputProps {
  /** The amount as typed, in yuan (元): `12`, `12.5`, `1,200.00`. */
  value: string;
  onChange: (yuan: string) => void;
  onBlur?: (e: FocusEvent<HTMLInputElement>) => void;
  onPressEnter?: () => void;
  width: number;
  placeholder?: string;
  'aria-label'?: string;
  testId?: string;
  ref?: Ref<InputRef>;
  style?: CSSProperties;
}

/**
 * The desk's money box: yuan typed as text (the decimal pad on a touch screen), never rounded
 * while she types. The caller turns it into integer fen with `parseAmountToFen` (shared/domain
 * /money), which says in Chinese what is wrong with a bad amount.
 */
export function AmountInput(props: AmountInputProps) {
  const { value, onChange, width, testId, style, ...rest } = props;
  return (
    <Input
      {...rest}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      inputMode="decimal"
      style={{ width, ...style }}
      data-testid={testId}
    />
  );
}
