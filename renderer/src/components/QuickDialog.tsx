import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { FormError, saveFooter } from './formFrame';
import type { StepFrame } from './useDraftForm';
import { useFormKeys } from './useFormKeys';

interface QuickDialogProps extends StepFrame {
  title: string;
  testId: string;
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
      footer={saveFooter({
        onCancel: onClose,
        onSave,
        saving,
        saveTestId: `${testId}-save`,
        saveLabel: okText,
      })}
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
