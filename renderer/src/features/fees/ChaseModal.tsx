import { Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { CHASE_KINDS, type ChaseKind } from '@shared/domain/arrears';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { DateInput } from '../../components/DateInput';
import { PromptModal } from '../../components/PromptModal';
import { t } from '../../i18n';

interface Props {
  unitId: string;
  unitCode: string;
  onClose: () => void;
  onSaved: () => void;
}

/** 催缴: one chase of a unit's arrears, kept as its own history; a promise carries its date. */
export function ChaseModal({ unitId, unitCode, onClose, onSaved }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const [kind, setKind] = useState<ChaseKind>('phone');
  const [note, setNote] = useState('');
  const [promiseDate, setPromiseDate] = useState('');
  const save = () =>
    repos.bills.addChase(actor, unitId, {
      kind,
      note,
      ...(kind === 'promise' && promiseDate ? { promiseDate } : {}),
    });
  return (
    <PromptModal
      title={t('fees.chase.title', { unit: unitCode })}
      testId="chase"
      errorTestId="chase-error"
      onSubmit={save}
      onDone={onSaved}
      onClose={onClose}
    >
      {(submit) => (
        <div
          data-testid="chase-form"
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              submit();
            }
          }}
        >
          <Form layout="vertical" component="div">
            <Form.Item label={t('fees.chase.kind')}>
              <Radio.Group
                value={kind}
                onChange={(e) => setKind(e.target.value as ChaseKind)}
                optionType="button"
                data-testid="chase-kind"
                options={CHASE_KINDS.map((k) => ({ value: k, label: t(`fees.chaseKind.${k}`) }))}
              />
            </Form.Item>
            {kind === 'promise' && (
              <Form.Item label={t('fees.chase.promiseDate')} required>
                <DateInput
                  testId="chase-promise-date"
                  value={promiseDate}
                  onChange={setPromiseDate}
                />
              </Form.Item>
            )}
            <Form.Item label={t('fees.chase.note')}>
              <Input
                value={note}
                autoFocus
                data-testid="chase-note"
                onChange={(e) => setNote(e.target.value)}
                onPressEnter={submit}
              />
            </Form.Item>
          </Form>
        </div>
      )}
    </PromptModal>
  );
}
