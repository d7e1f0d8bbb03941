import { Alert } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { missingDocuments } from '@shared/domain/renovationApplication';
import { waitingReason } from '@shared/domain/renovationFlow';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useSetting } from '../settings/useSettings';

/** Why the job waits and who can move it on, on the application itself. */
export function WaitingNote({ job }: { job: RenovationRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const days = useSetting('deadlines')?.renovationReviewWorkingDays ?? 5;
  const due = useLiveQuery(
    () => (job.state === 'approved' ? repos.renovations.feesDue(job.id) : undefined),
    [repos, job],
  );
  const text = waitingReason(
    {
      state: job.state,
      missing: missingDocuments(job, job.checklist).map((i) => t(`domain.labels.checklist.${i}`)),
      feesDue: due ? due.contractor.length + due.owner.length > 0 : job.receipts.length === 0,
      cardsOut: job.passes.filter((p) => p.status === 'active').length,
      owedFen: job.owedFen ?? 0,
      reviewDays: days,
    },
    actor.role,
  );
  if (!text) return null;
  return (
    <Alert
      type={job.state === 'owing' ? 'error' : 'info'}
      showIcon
      style={{ marginBottom: 12 }}
      title={`${t('renovation.detail.waiting')}：${text}`}
      data-testid="reno-waiting"
    />
  );
}
