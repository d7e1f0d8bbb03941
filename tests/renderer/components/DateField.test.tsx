// @vitest-environment jsdom
import { zodResolver } from '@hookform/resolvers/zod';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DateField } from '../../../renderer/src/components/DateField';
import { polyfillJsdom } from './polyfillJsdom';

const schema = z.object({
  day: z.iso.date('请选择日期'),
  due: z.string().min(1, '请填写应还时间'),
});
type Values = z.infer<typeof schema>;

let seen: Values | undefined;

function Harness({ defaultTime }: { defaultTime?: string }) {
  const form = useForm<Values>({
    mode: 'onChange',
    resolver: zodResolver(schema),
    defaultValues: { day: '', due: '' },
  });
  seen = form.watch();
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <DateField control={form.control} name="day" label="日期" testId="day" />
        <DateField
          control={form.control}
          name="due"
          label="应还时间"
          kind="time"
          defaultTime={defaultTime}
          testId="due"
        />
        <button type="button" onClick={() => void form.handleSubmit(() => {})()}>
          保存
        </button>
      </AntApp>
    </ConfigProvider>
  );
}

beforeEach(() => {
  polyfillJsdom();
  vi.useFakeTimers({ now: new Date('2026-11-17T02:30:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  seen = undefined;
});

const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

describe('DateField', { timeout: 30_000 }, () => {
  it('takes a date typed straight in, and a date with time', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness />);
    await user.type(input('日期'), '2026-12-07{Enter}');
    await waitFor(() => expect(seen?.day).toBe('2026-12-07'));
    await user.type(input('应还时间'), '2026-12-07 14:30{Enter}');
    await waitFor(() => expect(seen?.due).toBe('2026-12-07T14:30'));
    expect(input('日期').value).toBe('2026-12-07');
    expect(input('应还时间').value).toBe('2026-12-07 14:30');
  });

  it('gives a date typed alone the form’s usual time', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness defaultTime="17:30" />);
    await user.type(input('应还时间'), '2026-12-07{Enter}');
    await waitFor(() => expect(seen?.due).toBe('2026-12-07T17:30'));
  });

  it('shows its panel in Chinese and the zod message at the field', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness />);
    await user.click(input('日期'));
    await waitFor(() => expect(document.querySelector('.ant-picker-dropdown')).toBeTruthy());
    const panel = document.querySelector('.ant-picker-dropdown')?.textContent ?? '';
    expect(panel).toContain('2026年');
    expect(panel).toContain('11月');
    expect(panel).toMatch(/一.*二.*三.*四.*五.*六/);
    expect(panel).toContain('今天');
    await user.click(screen.getByText('保存'));
    await waitFor(() => expect(document.body.textContent).toContain('请选择日期'));
  });
});
