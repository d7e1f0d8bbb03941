import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': `${testId}-ok` } as Record<string, string>}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <label htmlFor={testId}>{label}</label>
      <Input
        id={testId}
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => void submit()}
        data-testid={testId}
      />
    </Modal>
  );
}
