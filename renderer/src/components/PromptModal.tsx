import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { FormError } from './formFrame';
import { useSubmitStep } from './useSubmitStep';

interface PromptModalProps {
  title: string;
  /** The OK button is `<testId>-ok`. */
  testId: string;
  errorTestId?: string;
  /** The step; a thrown refusal shows above the fields and the dialog stays open. */
  onSubmit: () => Promise<unknown>;
  /** After the step succeeded. */
  onDone: () => void;
  onClose: () => void;
  /** What the fields take in, given `submit` for an Enter in the last one. */
  children: (submit: () => void) => ReactNode;
}

/**
 * The short question a desk action asks before it runs (转交 to whom, 催缴 how, 放行 by which
 * gate): OK or Enter runs it, busy meanwhile; a refusal keeps the dialog open with what was typed.
 */
export function PromptModal(props: PromptModalProps) {
  const { title, testId, errorTestId, onSubmit, onDone, onClose, children } = props;
  const step = useSubmitStep(onDone);
  const submit = () => void step.run(onSubmit);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={step.busy}
      okButtonProps={{ 'data-testid': `${testId}-ok` } as Record<string, string>}
      destroyOnHidden
    >
      <FormError error={step.error} testId={errorTestId} gap={8} />
      {children(submit)}
    </Modal>
  );
}
