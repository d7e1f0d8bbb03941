import { Button, Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { DraftNotice, FormError } from './DraftNotice';
import { RowTestIds } from './FormField';
import { useFormKeys } from './useFormKeys';

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
      footer={[
        <Typography.Text key="hint" type="secondary" style={{ float: 'left', lineHeight: '32px' }}>
          {props.keysHint ?? t('archive.form.keysHint')}
        </Typography.Text>,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={saving}
          onClick={onSave}
          data-testid={props.saveTestId ?? `${testId}-save`}
        >
          {props.saveLabel ?? t('common.save')}
        </Button>,
      ]}
    >
      <div onKeyDown={onKeyDown} data-testid={testId}>
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
