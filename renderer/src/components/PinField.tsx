import { Input } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { inputRow } from './FormField';

interface PinInputProps {
  id?: string;
  value: string;
  onChange: (pin: string) => void;
  onPressEnter?: () => void;
  placeholder?: string;
  style?: CSSProperties;
  testId?: string;
  autoFocus?: boolean;
  'aria-label'?: string;
  /** `new-password` where a PIN is chosen (the browser must not fill an old one in). */
  autoComplete?: 'off' | 'new-password' | 'current-password';
}

/**
 * The one PIN box of the desk: hidden as typed, the number pad on a touch screen, never filled
 * in by the browser. A PIN lives in component state or a never-drafted form only: it must not
 * reach a draft in localStorage.
 */
export function PinInput(props: PinInputProps) {
  const { testId, value, onChange, autoComplete, ...rest } = props;
  return (
    <Input.Password
      {...rest}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      inputMode="numeric"
      autoComplete={autoComplete ?? 'off'}
      data-testid={testId}
    />
  );
}

type PinRowProps = Pick<PinInputProps, 'autoFocus' | 'aria-label' | 'autoComplete'> & {
  children?: ReactNode;
};

/** A PIN row of a form (sign-in, new operator, PIN change): PinInput bound to the field. */
export const PinField = inputRow<PinRowProps>((input, { field, id, testId }) => (
  <PinInput
    {...input}
    id={id}
    value={typeof field.value === 'string' ? field.value : ''}
    onChange={field.onChange}
    testId={testId}
  />
));

/**
 * The PIN an operator chooses, typed twice (`pin`, `pinConfirm`): a new operator, the first-run
 * manager, a PIN change. The form's schema checks that the two agree.
 */
export function NewPinFields<T extends FieldValues & { pin: string; pinConfirm: string }>(props: {
  control: Control<T>;
  labels: { pin: string; pinConfirm: string };
  autoFocus?: boolean;
  /** Test ids of the two boxes, where the form's rows do not name them. */
  testIds?: { pin: string; pinConfirm: string };
}) {
  const { control, labels, autoFocus, testIds } = props;
  return (['pin', 'pinConfirm'] as const).map((name) => (
    <PinField
      key={name}
      control={control}
      name={name as FieldPath<T>}
      label={labels[name]}
      required
      autoFocus={name === 'pin' ? autoFocus : undefined}
      autoComplete="new-password"
      testId={testIds?.[name]}
    />
  ));
}
