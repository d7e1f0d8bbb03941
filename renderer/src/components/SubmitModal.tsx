import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { FormError, saveFooter } from './formFrame';
import type { StepFrame } from './useDraftForm';

interface SubmitModalProps extends StepFrame {
  title: string;
  saveTestId: string;
  errorTestId: string;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of the short never-drafted forms (operator, PIN): a real <form>, so Enter in any
 * field submits as everywhere at the desk, labels above the fields, 取消 / 保存 below.
 */
export function SubmitModal(props: SubmitModalProps) {
  const { title, saving, saveTestId, errorTestId, error, onSave, onCancel, children } = props;
  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      footer={saveFooter({ onCancel, onSave, saving, saveTestId })}
    >
      <FormError error={error} testId={errorTestId} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <Form layout="vertical" component={false}>
          {children}
        </Form>
        {/* Lets Enter in any field submit, like the rest of the desk's forms. */}
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
