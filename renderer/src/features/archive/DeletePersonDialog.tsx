import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { useFormSave } from '../../components/useDraftForm';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';
import { t } from '../../i18n';

interface Props {
  person: ArchivePerson;
  onClose: () => void;
  onDeleted: () => void;
}

/** Soft delete with a reason: the person leaves lists and search; the row and audit stay. */
export function DeletePersonDialog({ person, onClose, onDeleted }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const schema = useMemo(
    () =>
      z.object({ reason: z.string().trim().min(1, t('archive.delete.reasonRequired')).max(200) }),
    [],
  );
  const form = useForm<{ reason: string }>({
    mode: 'onChange',
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  });
  const F = Field.useRows(form.control);

  const { save: confirm, error } = useFormSave(form, async ({ reason }) => {
    await repos.people.softDelete(person.id, reason, actor);
    message.success(t('archive.delete.done'));
    onDeleted();
  });

  return (
    <Modal
      open
      title={t('archive.delete.title', { name: person.name })}
      okText={t('common.delete')}
      okButtonProps={{
        danger: true,
        loading: form.formState.isSubmitting,
        ...{ 'data-testid': 'delete-person-confirm' },
      }}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('archive.delete.hint')}</Typography.Paragraph>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div">
        <F.Text
          name="reason"
          label={t('archive.delete.reason')}
          required
          autoFocus
          placeholder={t('archive.delete.reasonPlaceholder')}
          onPressEnter={confirm}
        />
      </Form>
    </Modal>
  );
}
