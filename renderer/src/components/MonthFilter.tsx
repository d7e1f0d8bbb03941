import { DateInput } from './DateInput';

/**
 * A month filter above a list (欠费月份, 抄表月份, 计费期间): its label, then the month; an emptied
 * box keeps the month it had, since the list always shows one.
 */
export function MonthFilter(props: {
  label: string;
  /** The month and its setter (a `useState` pair). */
  state: readonly [string, (month: string) => void];
  testId: string;
}) {
  const [month, onMonth] = props.state;
  return (
    <>
      <span>{props.label}</span>
      <DateInput
        kind="month"
        value={month}
        onChange={(m) => m && onMonth(m)}
        testId={props.testId}
      />
    </>
  );
}
