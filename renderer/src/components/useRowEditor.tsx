import { App, Button } from 'antd';
import { useState } from 'react';

/**
 * A settings list a supervisor keeps (parking spaces, venue spaces): 新增 opens the form empty,
 * a row's 修改 opens it on that row, and a save says so and closes it.
 */
export function useRowEditor<R>() {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  return {
    /** The form's props while it is open: the row it corrects, none for a new one. */
    form: editing === null ? null : editing === 'new' ? {} : { space: editing },
    startNew: () => setEditing('new'),
    close: () => setEditing(null),
    saved: (text: string) => {
      setEditing(null);
      void message.success(text);
    },
    /** The last column: 修改 on every row, for the one who `may`. */
    editColumn: (may: boolean, label: string) => ({
      title: '',
      width: 70,
      render: (_: unknown, row: R) =>
        may && (
          <Button size="small" onClick={() => setEditing(row)}>
            {label}
          </Button>
        ),
    }),
  };
}
