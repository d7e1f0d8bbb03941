import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { REVISIT_KINDS, type RevisitKind } from '@shared/domain/revisitKinds';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { DateInput } from '../../components/DateInput';
import { useSubmitStep } from '../../components/useSubmitStep';
import { nowIso } from '../../db/ids';
import type { RevisitEventRecord } from '../../db/records';
import type { RecordFormProps } from '../../components/FormModal';
import { t } from '../../i18n';
import { officeMinuteToIso } from '../complaints/intakeForm';
import { parseParticipants } from './participantsText';

/** 登记社区活动或急救援助: who took part (or was helped); the revisit list is drawn on save. */
export function EventFormModal(props: RecordFormProps<RevisitEventRecord>) {
  const repos = useRepos();
  const { actor } = useSession();
  const [kind, setKind] = useState<RevisitKind>('communityEvent');
  const [title, setTitle] = useState('');
  const [heldAt, setHeldAt] = useState(() => formatOfficeDateTime(nowIso()));
  const [place, setPlace] = useState('');
  const [people, setPeople] = useState('');
  const { error, busy, run } = useSubmitStep(() => undefined);
  const save = () =>
    run(async () =>
      props.onSaved(
        await repos.revisits.createEvent(actor, {
          kind,
          title,
          heldAt: officeMinuteToIso(heldAt),
          place,
          participants: parseParticipants(people),
        }),
      ),
    );
  return (
    <Modal
      open
      width={640}
      title={t('revisits.form.title')}
      onCancel={props.onClose}
      onOk={() => void save()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'event-save' } as Record<string, string>}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Form layout="horizontal" labelCol={{ flex: '100px' }} component="div">
        <Form.Item label={t('revisits.form.kind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value as RevisitKind)}
            optionType="button"
            data-testid="event-kind"
            options={REVISIT_KINDS.map((k) => ({ value: k, label: t(`revisits.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('revisits.form.name')} required>
          <Input
            autoFocus
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="event-title"
          />
        </Form.Item>
        <Form.Item label={t('revisits.form.heldAt')} required>
          <DateInput
            kind="time"
            valueFormat="YYYY-MM-DD HH:mm"
            value={heldAt}
            onChange={setHeldAt}
            testId="event-heldAt"
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label={t('revisits.form.place')}>
          <Input value={place} onChange={(e) => setPlace(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('revisits.form.people')} required extra={t('revisits.form.peopleHelp')}>
          <Input.TextArea
            rows={6}
            value={people}
            onChange={(e) => setPeople(e.target.value)}
            data-testid="event-people"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
