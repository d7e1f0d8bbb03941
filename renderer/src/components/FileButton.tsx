import { Button } from 'antd';
import { useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  onFile: (file: File) => void;
  accept?: string;
  testId: string;
  /** The hidden file input's test id (tests hand it the file). */
  inputTestId: string;
}

/**
 * A button that opens the file chooser (Enter or click) and hands over the one file chosen; the
 * input is cleared after, so choosing the same file again reads it again.
 */
export function FileButton({ children, onFile, accept = '.xlsx', testId, inputTestId }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        style={{ display: 'none' }}
        data-testid={inputTestId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
