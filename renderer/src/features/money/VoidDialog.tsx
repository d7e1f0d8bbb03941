import { Alert, Button, Form, Modal } from 'antd';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { MIN_VOID_REASON_LENGTH } from '@shared/domain/receipt';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { useFormSave } from '../../components/useDraftForm';
import { useFormDraft } from '../../components/useFormDraft';
import type { ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';

interface Props {
  doc: ReceiptRecord;
  onClose: () => void;
  onVoided: (doc: ReceiptRecord) => void;
}

interface VoidValues {
  reason: string;
}

/** 作废 by a supervisor: a reason is required; the repository checks the role again. */
export function VoidDialog({ doc, onClose, onVoided }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const resolver = useMemo(
    () =>
      zodResolver(
        z.object({
          reason: z
            .string()
            .trim()
            .min(MIN_VOID_REASON_LENGTH, t('money.void.reasonRequired'))
            .max(100),
        }),
      ),
    [],
  );
  const form = useForm<VoidValues>({ mode: 'onChange', resolver, defaultValues: { reason: '' } });
  const F = Field.useRows(form.control);
  const draft = useFormDraft(`money.void.${doc.id}`, form);

  const { save: submit, error } = useFormSave(form, async ({ reason }) => {
    const voided = await repos.receipts.void(actor, doc.id, reason);
    draft.clear();
    onVoided(voided);
  });

  return (
    <Modal
      open
      title={t('money.void.title', { no: doc.no })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          danger
          type="primary"
          loading={form.formState.isSubmitting}
          onClick={submit}
          data-testid="void-submit"
        >
          {t('money.void.submit')}
        </Button>,
      ]}
    >
      <div data-testid="void-dialog">
        <Alert
          type="warning"
          showIcon
          title={t('money.void.warning')}
          style={{ marginBottom: 12 }}
        />
        {error && (
          <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="void-error" />
        )}
        <Form layout="vertical" component="div">
          <F.TextArea
            name="reason"
            label={t('money.void.reason')}
            required
            rows={2}
            autoFocus
            placeholder={t('money.void.reasonPlaceholder')}
            testId="void-reason"
          />
        </Form>
      </div>
    </Modal>
  );
}
