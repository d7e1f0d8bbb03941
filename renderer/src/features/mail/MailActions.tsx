import { Button, Input, Modal, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { NOTIFY_METHODS, type NotifyMethod } from '@shared/domain/mail';

import { useRepos } from '../../app/ReposContext';
import { t } from '../../i18n';

/** The selected items' units with the residents to ring; a name fills 通知对象. */
function Contacts({ ids, onPick }: { ids: readonly string[]; onPick: (name: string) => void }) {
  const repos = useRepos();
  const units = useLiveQuery(() => repos.mail.contacts(ids), [repos, ids]);
  if (!units?.length) return null;
  return (
    <div data-testid="mail-notify-contacts">
      <Typography.Text type="secondary">{t('mail.notify.contacts')}</Typography.Text>
      {units.map((u) =>
        u.people.length === 0 ? (
          <div key={u.unitCode}>
            <Typography.Text type="warning">
              {t('mail.notify.noContacts', { unit: u.unitCode })}
            </Typography.Text>
          </div>
        ) : (
          u.people.map((p) => (
            <div key={p.id} data-testid="mail-notify-contact">
              <Typography.Text strong>{u.unitCode}</Typography.Text>{' '}
              <Button type="link" size="small" onClick={() => onPick(p.name)}>
                {p.name}
              </Button>
              <Typography.Text type="secondary">
                （{t(`domain.labels.personKinds.${p.kind}`)}）
              </Typography.Text>{' '}
              {/* Full numbers: the clerk is about to dial one. */}
              <Typography.Text copyable>{p.phones.join('，')}</Typography.Text>
            </div>
          ))
        ),
      )}
    </div>
  );
}

/**
 * 通知收件人: how and whom the desk told about the selected items, with the phones of the
 * units' residents from the archive at hand.
 */
export function NotifyDialog({
  ids,
  onSubmit,
  onClose,
}: {
  ids: readonly string[];
  onSubmit: (method: NotifyMethod, who: string) => void;
  onClose: () => void;
}) {
  const [method, setMethod] = useState<NotifyMethod>('phone');
  const [who, setWho] = useState('');
  return (
    <Modal
      open
      title={t('mail.notify.title')}
      onCancel={onClose}
      onOk={() => onSubmit(method, who)}
      okButtonProps={{ disabled: who.trim() === '' }}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="mail-notify">
        <Contacts ids={ids} onPick={setWho} />
        <Select
          value={method}
          onChange={setMethod}
          style={{ width: 160 }}
          options={NOTIFY_METHODS.map((m) => ({ value: m, label: t(`mail.notifyMethod.${m}`) }))}
        />
        <Input
          autoFocus
          value={who}
          onChange={(e) => setWho(e.target.value)}
          placeholder={t('mail.notify.who')}
          onPressEnter={() => who.trim() && onSubmit(method, who)}
          data-testid="mail-notify-who"
        />
      </Space>
    </Modal>
  );
}

/** 领取签收: the collector's name; the repository refuses items already collected. */
export function PickUpDialog({
  count,
  onSubmit,
  onClose,
}: {
  count: number;
  onSubmit: (collector: string) => void;
  onClose: () => void;
}) {
  const [collector, setCollector] = useState('');
  return (
    <Modal
      open
      title={`${t('mail.pickUp.title')}（${t('mail.page.selected', { count })}）`}
      onCancel={onClose}
      onOk={() => onSubmit(collector)}
      okButtonProps={{ disabled: collector.trim() === '' }}
      destroyOnHidden
    >
      <Input
        autoFocus
        value={collector}
        onChange={(e) => setCollector(e.target.value)}
        placeholder={t('mail.pickUp.collectorPlaceholder')}
        onPressEnter={() => collector.trim() && onSubmit(collector)}
        data-testid="mail-collector"
      />
    </Modal>
  );
}
