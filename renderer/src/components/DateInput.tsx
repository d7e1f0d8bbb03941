import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/zh-cn';
import type { CSSProperties } from 'react';

dayjs.extend(customParseFormat);

/** How the desk types and reads a date, a date with time, or a month. */
const SHOWN = { date: 'YYYY-MM-DD', time: 'YYYY-MM-DD HH:mm', month: 'YYYY-MM' } as const;
/** What is also accepted when typed: the T form pasted from elsewhere, a date alone. */
const TYPED = {
  date: ['YYYY-MM-DD', 'YYYY/MM/DD', 'YYYYMMDD'],
  // Not a date alone: the picker would take it at the tenth key and pad the time itself.
  time: ['YYYY-MM-DD HH:mm', 'YYYY-MM-DDTHH:mm', 'YYYY/MM/DD HH:mm'],
  month: ['YYYY-MM', 'YYYY/MM'],
} as const;
/** The form value's shape unless the form says otherwise. */
const STORED = { date: 'YYYY-MM-DD', time: 'YYYY-MM-DDTHH:mm', month: 'YYYY-MM' } as const;

export type DateInputKind = keyof typeof SHOWN;

export interface DateInputProps {
  id?: string;
  /** The value as the form keeps it (`valueFormat`); '' for none. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** A date (default), a date with hours and minutes, or a month. */
  kind?: DateInputKind;
  /** The form value's dayjs format; by default `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, `YYYY-MM`. */
  valueFormat?: string;
  /** With `kind: 'time'`, the time given to a date typed or picked alone (`17:30`). */
  defaultTime?: string;
  /** Days before this one (same format as the value) cannot be picked. */
  min?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  testId?: string;
  'aria-label'?: string;
}

/**
 * The one date entry of the desk: antd's DatePicker in Chinese (months and weekdays by the
 * zh-cn dayjs locale the app sets, labels by ConfigProvider's zh_CN), where `2026-12-07` can be
 * typed straight in and Enter or leaving the box takes it, and the panel is there for a click.
 * The form keeps a plain string, so schemas and drafts stay as they were.
 */
export function DateInput(props: DateInputProps) {
  const { id, value, onChange, onBlur, kind = 'date', min, defaultTime } = props;
  const valueFormat = props.valueFormat ?? STORED[kind];
  const parsed = value ? dayjs(value, valueFormat, true) : null;
  const minDay = min ? dayjs(min, valueFormat) : null;
  /**
   * A date typed alone into a date-and-time box means that day at the form's usual time
   * (`defaultTime`, else 00:00). Read before the picker sees Enter or the blur, which would
   * throw the incomplete text away.
   */
  const takeDateAlone = (target: EventTarget) => {
    if (kind !== 'time' || !(target instanceof HTMLInputElement)) return;
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(target.value.trim());
    if (!m) return;
    const [hour = 0, minute = 0] = (defaultTime ?? '00:00').split(':').map(Number);
    const day = dayjs(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour, minute));
    // 2026-02-30 would roll over into March: not a date the clerk meant.
    if (day.date() === Number(m[3])) onChange(day.format(valueFormat));
  };

  return (
    <div
      style={{ display: 'inline-block', ...props.style }}
      onKeyDownCapture={(e) => e.key === 'Enter' && takeDateAlone(e.target)}
      onBlurCapture={(e) => takeDateAlone(e.target)}
    >
      <DatePicker
        id={id}
        picker={kind === 'month' ? 'month' : 'date'}
        showTime={
          kind === 'time'
            ? { format: 'HH:mm', defaultValue: dayjs(defaultTime ?? '00:00', 'HH:mm') }
            : false
        }
        format={[SHOWN[kind], ...TYPED[kind].filter((f) => f !== SHOWN[kind])]}
        needConfirm={false}
        value={parsed?.isValid() ? parsed : null}
        onChange={(d: Dayjs | null) => onChange(d ? d.format(valueFormat) : '')}
        onBlur={onBlur}
        disabledDate={minDay ? (d: Dayjs) => d.isBefore(minDay, 'day') : undefined}
        placeholder={props.placeholder}
        allowClear={props.allowClear ?? true}
        disabled={props.disabled}
        style={{ width: '100%' }}
        data-testid={props.testId}
        aria-label={props['aria-label']}
      />
    </div>
  );
}
