import { Input } from 'antd';
import { useState } from 'react';
import { PromptModal } from './PromptModal';

interface Props {
  title: string;
  label: string;
  testId: string;
  initial?: string;
  /** Resolves when done; a thrown error is shown in the dialog, which stays open. */
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
}

/** A one-field dialog (放行门岗, 作废原因, 办结说明): Enter submits, Esc cancels. */
export function TextPromptModal({ title, label, testId, initial, onSubmit, onClose }: Props) {
  const [text, setText] = useState(initial ?? '');
  return (
    <PromptModal
      title={title}
      testId={testId}
      onSubmit={() => onSubmit(text)}
      onDone={onClose}
      onClose={onClose}
    >
      {(submit) => (
        <>
          <label htmlFor={testId}>{label}</label>
          <Input
            id={testId}
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={submit}
            data-testid={testId}
          />
        </>
      )}
    </PromptModal>
  );
}
