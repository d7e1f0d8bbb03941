// @vitest-environment jsdom
import { zodResolver } from '@hookform/resolvers/zod';
import { ConfigProvider, Input } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FormField } from '../../../renderer/src/components/FormField';
import { useFormDraft } from '../../../renderer/src/components/useFormDraft';
import { polyfillJsdom } from './polyfillJsdom';

const schema = z.object({
  name: z.string().min(1, '请填写姓名'),
  phone: z.string().regex(/^1\d{10}$/, '手机号应为 11 位'),
});
type Values = z.infer<typeof schema>;

function Harness() {
  const form = useForm<Values>({
    mode: 'onChange',
    resolver: zodResolver(schema),
    defaultValues: { name: '', phone: '' },
  });
  const draft = useFormDraft('test.form', form);
  return (
    <ConfigProvider locale={zhCN}>
      {draft.restored && <div>已恢复</div>}
      <FormField
        control={form.control}
        name="name"
        label="姓名"
        render={(f) => <Input {...f} id="name" />}
      />
      <FormField
        control={form.control}
        name="phone"
        label="电话"
        render={(f) => <Input {...f} id="phone" />}
      />
      <button type="button" onClick={() => void form.handleSubmit(() => {})()}>
        保存
      </button>
    </ConfigProvider>
  );
}

beforeEach(() => polyfillJsdom());

describe('useFormDraft', { timeout: 30_000 }, () => {
  it('puts a half-typed draft back without showing errors until a save is tried', async () => {
    localStorage.setItem('taizhang.draft.test.form', JSON.stringify({ name: '', phone: '138' }));
    const user = userEvent.setup();
    render(<Harness />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('电话').value).toBe('138'));
    expect(screen.getByText('已恢复')).toBeTruthy();
    // Give a validation kicked off by the restore time to land.
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('.ant-form-item-has-error')).toBeNull();
    expect(document.body.textContent).not.toContain('手机号应为 11 位');

    await user.click(screen.getByText('保存'));
    await waitFor(() => expect(document.body.textContent).toContain('手机号应为 11 位'));
    expect(document.body.textContent).toContain('请填写姓名');
  });
});
