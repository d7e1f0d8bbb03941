import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Typography } from 'antd';
import { useState } from 'react';
import {
  AGREEMENT_PLACEHOLDERS,
  renovationAgreementSchema,
  type RenovationAgreementSettings,
} from '@shared/domain/renovationDocs';
import * as Field from '../../components/fieldRows';
import { useDraftForm } from '../../components/useDraftForm';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { useSettingEditor } from '../settings/useSettingEditor';

/**
 * The property's own 装修管理协议 wording (setting `renovationAgreement`, supervisor): title and
 * text, one clause per line; `{房号}`-style placeholders are filled when it prints.
 */
export function AgreementTextModal({ onClose }: { onClose: () => void }) {
  const editor = useSettingEditor('renovationAgreement');
  // The form starts from the stored text, so it waits for it (no reset that would look like a draft).
  if (!editor.value) return null;
  return <AgreementForm editor={editor} initial={editor.value} onClose={onClose} />;
}

interface FormProps {
  editor: ReturnType<typeof useSettingEditor<'renovationAgreement'>>;
  initial: RenovationAgreementSettings;
  onClose: () => void;
}

function AgreementForm({ editor, initial, onClose }: FormProps) {
  const [saving, setSaving] = useState(false);
  const { form, draft, frame } = useDraftForm(
    'renovation.agreement',
    zodResolver(renovationAgreementSchema),
    initial,
  );
  const F = Field.useRows(form.control);

  const save = () =>
    void form.handleSubmit(async (values) => {
      setSaving(true);
      const ok = await editor.save(values);
      setSaving(false);
      if (ok) {
        draft.clear();
        onClose();
      }
    })();

  return (
    <FormModal
      title={t('renovation.agreement.title')}
      testId="reno-agreement-form"
      {...frame}
      saving={saving}
      onSave={save}
      onClose={onClose}
    >
      {!editor.canEdit && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={t('renovation.agreement.readOnly')}
        />
      )}
      <F.Text
        name="title"
        label={t('renovation.agreement.name')}
        required
        disabled={!editor.canEdit}
        testId="reno-agreement-title"
      />
      <F.TextArea
        name="text"
        label={t('renovation.agreement.text')}
        required
        rows={14}
        disabled={!editor.canEdit}
        testId="reno-agreement-text"
      />
      <Typography.Text type="secondary">
        {t('renovation.agreement.placeholders', {
          list: AGREEMENT_PLACEHOLDERS.map((p) => `{${p}}`).join(' '),
        })}
      </Typography.Text>
    </FormModal>
  );
}
