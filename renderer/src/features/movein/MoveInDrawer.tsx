import { Descriptions, Divider, Drawer, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { t } from '../../i18n';
import { MoveInChecklist } from './MoveInChecklist';
import { MoveInCustody } from './MoveInCustody';
import { MoveInDefects } from './MoveInDefects';
import { MoveInPrints } from './MoveInPrints';
import { MoveOutPanel } from './MoveOutPanel';

/** One move-in: who applied, the checklist (while open), defects and custody. */
export function MoveInDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const repos = useRepos();
  const m = useLiveQuery(() => repos.moveIns.get(id), [repos, id]);
  return (
    <Drawer
      open
      width={760}
      onClose={onClose}
      title={m ? t('movein.drawer.title', { unit: m.unitCode }) : ''}
    >
      {m && (
        <div data-testid="movein-drawer">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('movein.col.applicant')}>
              {m.applicantName} {m.agentName ? `（${m.agentName}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('movein.col.kind')}>
              {t(`movein.applicant.${m.applicantKind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('movein.col.phone')}>
              {m.applicantPhone ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('movein.col.status')}>
              <Tag color={m.status === 'completed' ? 'green' : 'blue'} data-testid="movein-status">
                {t(`movein.status.${m.status}`)}
              </Tag>
            </Descriptions.Item>
          </Descriptions>
          <Divider />
          <MoveInPrints moveIn={m} />
          <Divider />
          {m.status === 'open' ? (
            <MoveInChecklist key={m.id} moveIn={m} />
          ) : (
            <span data-testid="movein-completed">
              {t('movein.drawer.completedAt', {
                time: m.completedAt ? formatOfficeDateTime(m.completedAt) : '',
                no: m.feeReceiptNo ?? '—',
              })}
            </span>
          )}
          <Divider />
          <MoveInDefects moveIn={m} />
          <Divider />
          <MoveInCustody key={`${m.id}-${m.custody?.startAt ?? ''}`} moveIn={m} />
          {m.status === 'completed' && (
            <>
              <Divider />
              <MoveOutPanel moveIn={m} />
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
