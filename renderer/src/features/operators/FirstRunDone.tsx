import { Alert, Button, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Actor } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { t } from '../../i18n';
import { loadDemoEstate } from '../archive/demoEstate';
import { messageOf } from '../../i18n/domainText';

type DemoState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; summary: string }
  | { kind: 'failed'; message: string };

/**
 * The wizard's 完成 step: the desk is set up; a new clerk may load the demo estate (演示小区)
 * to try the registers on, then starts. The demo is tagged and can be removed in 系统设置.
 */
export function FirstRunDone({ manager, onStart }: { manager: Actor; onStart: () => void }) {
  const repos = useRepos();
  const [demo, setDemo] = useState<DemoState>({ kind: 'idle' });

  const load = async () => {
    setDemo({ kind: 'loading' });
    try {
      const result = await loadDemoEstate(repos, manager);
      setDemo({ kind: 'loaded', summary: result.summary || t('settings.demo.loaded') });
    } catch (err) {
      setDemo({ kind: 'failed', message: messageOf(err) });
    }
  };

  // What loading the demo estate came to, once it has.
  const outcome =
    demo.kind === 'loaded'
      ? { type: 'success' as const, title: demo.summary, testId: 'wizard-demo-loaded' }
      : demo.kind === 'failed'
        ? { type: 'error' as const, title: demo.message, testId: 'wizard-demo-error' }
        : null;
  return (
    <div data-testid="wizard-done">
      <Result
        status="success"
        title={t('operators.wizard.doneTitle')}
        subTitle={t('operators.wizard.doneHint', { name: manager.name })}
        style={{ padding: '8px 0 16px' }}
      />
      <Typography.Paragraph>{t('operators.wizard.demoOffer')}</Typography.Paragraph>
      {outcome && (
        <Alert
          type={outcome.type}
          showIcon
          title={outcome.title}
          style={{ marginBottom: 16 }}
          data-testid={outcome.testId}
        />
      )}
      <Space>
        <Button
          loading={demo.kind === 'loading'}
          disabled={demo.kind === 'loaded'}
          onClick={() => void load()}
          data-testid="wizard-demo"
        >
          {t('operators.wizard.demoLoad')}
        </Button>
        <Button
          type="primary"
          autoFocus
          disabled={demo.kind === 'loading'}
          onClick={onStart}
          data-testid="wizard-start"
        >
          {t('operators.wizard.start')}
        </Button>
      </Space>
    </div>
  );
}
