import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { requestPersistentStorage } from '../../../db/openDatabase';
import { t } from '../../../i18n';

interface StorageInfo {
  persisted: boolean | null;
  usage?: number;
  quota?: number;
}

const mb = (bytes?: number) =>
  bytes === undefined ? '—' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function readStorage(): Promise<StorageInfo> {
  const storage = navigator.storage;
  if (!storage?.persisted) return { persisted: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate?.()]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** 存储: whether the browser keeps our data under disk pressure, and how much is used. */
export function StorageTab() {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const refresh = useCallback(() => {
    void readStorage().then(setInfo, () => setInfo({ persisted: null }));
  }, []);
  useEffect(refresh, [refresh]);

  const persistedTag =
    info?.persisted == null ? (
      <Tag>{t('settings.storage.unsupported')}</Tag>
    ) : info.persisted ? (
      <Tag color="green">{t('settings.storage.persistedYes')}</Tag>
    ) : (
      <Tag color="orange">{t('settings.storage.persistedNo')}</Tag>
    );

  return (
    <Space orientation="vertical" style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('settings.storage.intro')}</Typography.Paragraph>
      <Descriptions
        column={1}
        bordered
        size="small"
        data-testid="storage-info"
        items={[
          { key: 'persisted', label: t('settings.storage.persisted'), children: persistedTag },
          { key: 'usage', label: t('settings.storage.usage'), children: mb(info?.usage) },
          { key: 'quota', label: t('settings.storage.quota'), children: mb(info?.quota) },
        ]}
      />
      {info?.persisted === false && (
        <Button
          onClick={() => void requestPersistentStorage().finally(refresh)}
          data-testid="storage-request"
        >
          {t('settings.storage.request')}
        </Button>
      )}
      <Typography.Text type="secondary">{t('settings.storage.backupHint')}</Typography.Text>
    </Space>
  );
}
