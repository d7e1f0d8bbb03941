import { App, Button } from 'antd';
import { useState } from 'react';
import type { RecordFormProps } from './FormModal';

/** What a row editor's form is given: the row it corrects (none for a new one), close, save. */
export type RowFormProps<R> = RecordFormProps<R> & { space?: R };

/**
 * A settings list a supervisor keeps (parking spaces, venue spaces): 新增 opens the form empty,
 * a row's 修改 opens it on that row, and a save closes it and says `savedText` of the row.
 */
export function useRowEditor<R>(savedText: (row: R) => string) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  const close = () => setEditing(null);
  const frame: RecordFormProps<R> = {
    onClose: close,
    onSaved: (row) => {
      close();
      void message.success(savedText(row));
    },
  };
  const form: RowFormProps<R> | null =
    editing === null ? null : editing === 'new' ? frame : { ...frame, space: editing };
  return {
    /** The form's props while it is open. */
    form,
    startNew: () => setEditing('new'),
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
