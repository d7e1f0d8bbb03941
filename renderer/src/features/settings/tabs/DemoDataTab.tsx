import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { loadDemoEstate, removeDemoEstate } from '../../archive/demoEstate';
import { messageOf } from '../../../i18n/domainText';

/** 演示数据: a tagged demo estate for training, loaded and removed in one step each. */
export function DemoDataTab() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'load' | 'remove' | null>(null);

  const run = async (kind: 'load' | 'remove') => {
    setBusy(kind);
    try {
      if (kind === 'load') {
        const result = await loadDemoEstate(repos, actor);
        void message.success(result.summary || t('settings.demo.loaded'));
      } else {
        const r = await removeDemoEstate(repos, actor);
        void message.success(t('settings.demo.removed', { units: r.units, people: r.people }));
        if (r.keptUnits > 0)
          void message.info(t('settings.demo.keptUnits', { count: r.keptUnits }));
      }
    } catch (err) {
      void message.error(messageOf(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space orientation="vertical" style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('settings.demo.intro')}</Typography.Paragraph>
      <Space>
        <Button
          type="primary"
          loading={busy === 'load'}
          onClick={() => void run('load')}
          data-testid="demo-load"
        >
          {t('settings.demo.load')}
        </Button>
        <Popconfirm
          title={t('settings.demo.removeConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('remove')}
        >
          <Button danger loading={busy === 'remove'} data-testid="demo-remove">
            {t('settings.demo.remove')}
          </Button>
        </Popconfirm>
      </Space>
    </Space>
  );
}
