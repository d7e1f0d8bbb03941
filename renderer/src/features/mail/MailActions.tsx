import { Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { NOTIFY_METHODS, type NotifyMethod } from '@shared/domain/mail';
import { t } from '../../i18n';

/** 通知收件人: how and whom the desk told about the selected items. */
export function NotifyDialog({
  onSubmit,
  onClose,
}: {
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
