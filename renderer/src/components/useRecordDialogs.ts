import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useNewShortcut } from './RegisterPage';
import { useOpenParam } from './useOpenParam';

/**
 * A register page's new-record form and record drawer: 新建 (and Alt+N) opens the form, a
 * `?open=` link or a row opens the drawer, and a saved record says so and opens in the drawer.
 */
export function useRecordDialogs<V>() {
  const { message } = App.useApp();
  // The form's fields filled in ahead (a space chosen on the board), or null while it is closed.
  const [form, setForm] = useState<{ initial?: Partial<V> } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  useOpenParam(setOpenId);
  const openNew = useCallback(() => setForm({}), []);
  useNewShortcut(openNew, form === null);
  return {
    form,
    openId,
    setOpenId,
    openNew,
    /** Opens the form with some fields filled in. */
    openWith: (initial: Partial<V>) => setForm({ initial }),
    closeForm: () => setForm(null),
    closeDrawer: () => setOpenId(null),
    /** The form saved record `id`: closes it, says `text` and opens the record. */
    saved: (text: string, id: string) => {
      setForm(null);
      void message.success(text);
      setOpenId(id);
    },
  };
}
