import { Alert, Button, Progress, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_BILLING, periodLabel, periodOf } from '@shared/domain/billing';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { GenerateResult } from '../../db/repositories/billRepository';
import { MonthFilter } from '../../components/MonthFilter';
import { t } from '../../i18n';
import { useSetting } from '../settings/useSettings';
import { messageOf } from '../../i18n/domainText';

/** 生成账单: one period for the estate or chosen buildings, in one action with progress. */
export function GeneratePanel({ month }: { month: string }) {
  const repos = useRepos();
  const { actor } = useSession();
  const billing = useSetting('billing') ?? DEFAULT_BILLING;
  const buildings = useLiveQuery(() => repos.bills.buildings(), [repos]) ?? [];
  const [pickedMonth, setPickedMonth] = useState(month);
  const [chosen, setChosen] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<GenerateResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const period = periodOf(billing.cycle, pickedMonth);
  const run = async () => {
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 0 });
    try {
      const r = await repos.bills.generate(actor, { period, buildings: chosen }, (done, total) =>
        setProgress({ done, total }),
      );
      setResult(r);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setProgress(null);
    }
  };
  return (
    <Space
      direction="vertical"
      size={12}
      style={{ width: '100%', maxWidth: 720 }}
      data-testid="generate-panel"
    >
      <Typography.Text type="secondary">
        {t('fees.generate.periodHint', { cycle: t(`fees.generate.cycle.${billing.cycle}`) })}
      </Typography.Text>
      <Space wrap>
        <MonthFilter
          label={t('fees.generate.period')}
          state={[pickedMonth, setPickedMonth]}
          testId="generate-month"
        />
        <Typography.Text strong data-testid="generate-period">
          {periodLabel(period)}
        </Typography.Text>
      </Space>
      <Select
        mode="multiple"
        allowClear
        style={{ width: '100%' }}
        placeholder={t('fees.generate.buildings')}
        value={chosen}
        onChange={setChosen}
        data-testid="generate-buildings"
        options={buildings.map((b) => ({ value: b, label: b }))}
      />
      <Button
        type="primary"
        onClick={() => void run()}
        loading={progress !== null}
        data-testid="generate-run"
      >
        {t('fees.generate.run')}
      </Button>
      {progress && progress.total > 0 && (
        <div data-testid="generate-progress">
          <Progress percent={Math.round((progress.done / progress.total) * 100)} />
          {t('fees.generate.running', { done: progress.done, total: progress.total })}
        </div>
      )}
      {error && <Alert type="error" title={error} />}
      {result && (
        <Alert
          type="success"
          data-testid="generate-result"
          title={t('fees.generate.done', {
            created: result.created,
            units: result.units,
            skipped: result.skipped,
            credited: result.credited
              ? t('fees.generate.credited', { count: result.credited })
              : '',
          })}
          description={
            result.noArea ? t('fees.generate.noArea', { count: result.noArea }) : undefined
          }
        />
      )}
    </Space>
  );
}
