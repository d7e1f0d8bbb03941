import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { DraftNotice, FormError, saveFooter } from './formFrame';
import { RowTestIds } from './FormField';
import { useFormKeys } from './useFormKeys';

/** What a register's add/edit form is given: its close, and what to do with the saved record. */
export interface RecordFormProps<R> {
  onClose: () => void;
  onSaved: (record: R) => void;
}

interface FormModalProps {
  title: string;
  testId: string;
  saving: boolean;
  /** A draft from an earlier visit was put back into the form. */
  draftRestored: boolean;
  onDiscardDraft: () => void;
  onSave: () => void;
  onClose: () => void;
  afterOpen?: () => void;
  /** A failed save's message, shown above the fields. */
  error?: string | null;
  errorTestId?: string;
  /** What stands above the error and the fields (the intake's opening phrase). */
  intro?: ReactNode;
  width?: number;
  /** The label column (88px; wider for the longer labels of a pass). */
  labelWidth?: number;
  keysHint?: string;
  saveLabel?: string;
  /** The save button's test id; `<testId>-save` when absent. */
  saveTestId?: string;
  children: ReactNode;
}

/**
 * The frame of every register's add/edit form: keyboard hint, draft notice, save error, save on Ctrl+S or on
 * Enter in the last field. Esc or 取消 closes and keeps the draft for next time.
 */
export function FormModal(props: FormModalProps) {
  const {
    title,
    testId,
    saving,
    draftRestored,
    onDiscardDraft,
    onSave,
    onClose,
    afterOpen,
    children,
  } = props;
  const { error, errorTestId, intro } = props;
  const onKeyDown = useFormKeys(onSave);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      width={props.width ?? 640}
      afterOpenChange={(open) => {
        // A fast clerk (or a slow PC) may already be typing in a field when the opening
        // animation ends: the first-field focus must not pull the cursor away from her.
        const typing = document.activeElement?.closest(`[data-testid="${testId}"]`);
        if (open && !typing) afterOpen?.();
      }}
      footer={saveFooter({
        onCancel: onClose,
        onSave,
        saving,
        saveTestId: props.saveTestId ?? `${testId}-save`,
        saveLabel: props.saveLabel,
        hint: props.keysHint ?? t('archive.form.keysHint'),
      })}
    >
      <div
        onKeyDown={onKeyDown}
        // Ctrl+Enter is caught before a type-ahead's dropdown takes the Enter for itself.
        onKeyDownCapture={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            e.stopPropagation();
            onSave();
          }
        }}
        data-testid={testId}
      >
        {draftRestored && <DraftNotice onDiscard={onDiscardDraft} />}
        <Form
          layout="horizontal"
          labelCol={{ flex: `${props.labelWidth ?? 88}px` }}
          component="div"
        >
          {intro}
          <FormError error={error} testId={errorTestId} />
          <RowTestIds.Provider value={testId}>{children}</RowTestIds.Provider>
        </Form>
      </div>
    </Modal>
  );
}
