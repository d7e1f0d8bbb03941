import { Button, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { FormError } from './DraftNotice';

interface SubmitModalProps {
  title: string;
  saving: boolean;
  saveTestId: string;
  errorTestId: string;
  error: string | null;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of the short never-drafted forms (operator, PIN): a real <form>, so Enter in any
 * field submits as everywhere at the desk, labels above the fields, 取消 / 保存 below.
 */
export function SubmitModal(props: SubmitModalProps) {
  const { title, saving, saveTestId, errorTestId, error, onSubmit, onCancel, children } = props;
  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={saving}
          onClick={onSubmit}
          data-testid={saveTestId}
        >
          {t('common.save')}
        </Button>,
      ]}
    >
      <FormError error={error} testId={errorTestId} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
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
