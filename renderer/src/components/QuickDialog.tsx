import { Button, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { FormError } from './DraftNotice';
import { useFormKeys } from './useFormKeys';

interface QuickDialogProps {
  title: string;
  testId: string;
  saving: boolean;
  error: string | null;
  onSave: () => void;
  onClose: () => void;
  okText?: string;
  children: ReactNode;
}

/**
 * A small keyboard-first dialog for one step on a record (a result, a charge, a revisit):
 * Enter moves on and saves on the last field, Ctrl+S saves. Not drafted: the step is short.
 */
export function QuickDialog(props: QuickDialogProps) {
  const { title, testId, saving, error, onSave, onClose, okText, children } = props;
  const onKeyDown = useFormKeys(onSave);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={[
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
          {okText ?? t('common.save')}
        </Button>,
      ]}
      destroyOnHidden
      width={560}
    >
      <div onKeyDown={onKeyDown} data-testid={`${testId}-form`}>
        <FormError error={error} />
        <Form layout="horizontal" labelCol={{ flex: '88px' }} component="div">
          {children}
        </Form>
      </div>
    </Modal>
  );
}
