import { Button, Divider, Space, Typography } from 'antd';
import { useState } from 'react';
import { canDo } from '@shared/domain/renovationFlow';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { HotWorkDialog } from './HotWorkDialog';
import { useRenovationAction } from './useRenovationAction';
import { useRenovationForms } from './useRenovationForms';
import { DateInput } from '../../components/DateInput';

/** While the works run: the permit extended (延期) and hot-work permits issued and printed. */
export function PermitSection({ job }: { job: RenovationRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { busy, run } = useRenovationAction();
  const { printHotWork, formsModal } = useRenovationForms();
  const [until, setUntil] = useState('');
  const [issuing, setIssuing] = useState(false);
  const can = (a: Parameters<typeof canDo>[1]) => canDo(job.state, a, actor.role);
  const hotWorks = job.hotWorks ?? [];

  const extend = async () => {
    const done = await run('extend', () => repos.renovations.extendPermit(actor, job.id, until));
    if (done) setUntil('');
  };

  return (
    <>
      <Divider titlePlacement="start">{t('renovation.works.title')}</Divider>
      <Space wrap>
        <Typography.Text data-testid="reno-permit-valid">
          {t('renovation.works.validUntil', { date: job.permitValidUntil })}
        </Typography.Text>
        {can('extendPermit') && (
          <>
            <DateInput
              value={until}
              min={job.permitValidUntil}
              onChange={setUntil}
              style={{ width: 150 }}
              aria-label={t('renovation.works.extendTo')}
              testId="reno-extend-date"
            />
            <Button
              loading={busy === 'extend'}
              disabled={until === ''}
              onClick={() => void extend()}
              data-testid="reno-extend"
            >
              {t('renovation.works.extend')}
            </Button>
          </>
        )}
        {can('hotWork') && (
          <Button onClick={() => setIssuing(true)} data-testid="reno-hot-issue">
            {t('renovation.works.issueHotWork')}
          </Button>
        )}
        {hotWorks.map((p) => (
          <Button
            key={p.no}
            size="small"
            onClick={() => void printHotWork(job, p)}
            data-testid={`reno-hot-print-${p.no}`}
          >
            {t('renovation.works.printHotWork', { no: p.no })}（{p.place}）
          </Button>
        ))}
      </Space>
      {issuing && (
        <HotWorkDialog
          job={job}
          onClose={() => setIssuing(false)}
          onIssued={(permit) => {
            setIssuing(false);
            void printHotWork(job, permit);
          }}
        />
      )}
      {formsModal}
    </>
  );
}
