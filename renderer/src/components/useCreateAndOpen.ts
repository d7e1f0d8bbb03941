import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useNewShortcut } from './RegisterPage';

/**
 * A register's two dialogs: the new-record form (`creating`, opened by 新建 or Alt+N) and the
 * drawer of the record open (`openId`). A saved record closes the form, says so and opens in
 * the drawer (`saved(text)`), as in every register of the desk.
 */
export function useCreateAndOpen<R extends { id: string }>(options?: {
  /** Alt+N also over an open drawer (投诉: a call comes in while a case is open). */
  shortcutOverDrawer?: boolean;
}) {
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const openNew = useCallback(() => setCreating(true), []);
  useNewShortcut(openNew, !creating && (!openId || options?.shortcutOverDrawer === true));
  return {
    creating,
    openNew,
    cancel: () => setCreating(false),
    openId,
    setOpenId,
    open: (row: R) => setOpenId(row.id),
    close: () => setOpenId(null),
    /** The form's onSaved: closes it, `text(record)` as the success message, opens the record. */
    saved: (text: (record: R) => string) => (record: R) => {
      setCreating(false);
      void message.success(text(record));
      setOpenId(record.id);
    },
  };
}
