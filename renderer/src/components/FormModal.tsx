import { Alert, Button, Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../i18n';
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
  children: ReactNode;
}

/**
 * The frame of the archive's add/edit forms: keyboard hint, draft notice, save on Ctrl+S or on
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
  const onKeyDown = useFormKeys(onSave);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      width={640}
      afterOpenChange={(open) => {
        // A fast clerk (or a slow PC) may already be typing in a field when the opening
        // animation ends: the first-field focus must not pull the cursor away from her.
        const typing = document.activeElement?.closest(`[data-testid="${testId}"]`);
        if (open && !typing) afterOpen?.();
      }}
      footer={[
        <Typography.Text key="hint" type="secondary" style={{ float: 'left', lineHeight: '32px' }}>
          {t('archive.form.keysHint')}
        </Typography.Text>,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={saving}
          onClick={onSave}
          data-testid={`${testId}-save`}
        >
          {t('common.save')}
        </Button>,
      ]}
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
        {draftRestored && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('common.draftRestored')}
            action={
              <Button size="small" onClick={onDiscardDraft}>
                {t('common.discardDraft')}
              </Button>
            }
          />
        )}
        <Form layout="horizontal" labelCol={{ flex: '88px' }} component="div">
          {children}
        </Form>
      </div>
    </Modal>
  );
}
