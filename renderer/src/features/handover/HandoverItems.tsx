import { Button, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isOpen, type HandoverItem } from '@shared/domain/handover';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../i18n';

interface Props {
  items: readonly HandoverItem[];
  onAdd: (text: string) => Promise<void>;
  onAcknowledge: (item: HandoverItem) => void;
  onClose: (item: HandoverItem) => void;
}

/** The open items of the shift: add one, the incoming clerk confirms each, anyone closes one. */
export function HandoverItems({ items, onAdd, onAcknowledge, onClose }: Props) {
  const [text, setText] = useState('');
  const add = async () => {
    if (!text.trim()) return;
    await onAdd(text);
    setText('');
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('handover.card.noItems') }}
        dataSource={[...items]}
        data-testid="handover-items"
        renderItem={(item, i) => (
          <List.Item
            data-testid={`handover-item-${i}`}
            actions={
              isOpen(item)
                ? [
                    item.acknowledged ? (
                      <Tag key="ack" color="green">
                        {t('handover.card.acknowledged')}
                      </Tag>
                    ) : (
                      <Button
                        key="ack"
                        size="small"
                        type="primary"
                        ghost
                        onClick={() => onAcknowledge(item)}
                        data-testid={`handover-ack-${i}`}
                      >
                        {t('handover.card.acknowledge')}
                      </Button>
                    ),
                    <Button
                      key="close"
                      size="small"
                      onClick={() => onClose(item)}
                      data-testid={`handover-close-item-${i}`}
                    >
                      {t('handover.card.closeItem')}
                    </Button>,
                  ]
                : [
                    <Tag key="closed">
                      {t('handover.card.closed')} {item.closedByName} {item.closeNote}
                    </Tag>,
                  ]
            }
          >
            <Space direction="vertical" size={0}>
              <Typography.Text delete={!isOpen(item)}>{item.text}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.createdByName} {formatOfficeDateTime(item.createdAt)}{' '}
                {item.carriedFrom && (
                  <Tag color="orange">{t('handover.card.carried', { no: item.carriedFrom })}</Tag>
                )}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={text}
          placeholder={t('handover.card.addPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={() => void add()}
          data-testid="handover-item-input"
        />
        <Button onClick={() => void add()} data-testid="handover-item-add">
          {t('handover.card.add')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
