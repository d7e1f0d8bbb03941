import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { REVIEW_POINTS } from '@shared/domain/renovationApplication';
import type { RenovationDue } from '@shared/domain/renovationDue';
import { canDo } from '@shared/domain/renovationFlow';
import { maskPhone } from '@shared/domain/identity';
import { useSession } from '../../app/SessionContext';
import { t } from '../../i18n';
import { ApplicationForm } from './ApplicationForm';
import { CompletionSection } from './CompletionSection';
import { DueTags } from './DueTags';
import { FeesSection } from './FeesSection';
import { PassesSection } from './PassesSection';
import { PermitSection } from './PermitSection';
import { ReviewDialog } from './ReviewDialog';
import { UnitHistory } from './UnitHistory';
import { WaitingNote } from './WaitingNote';
import { WithdrawDialog } from './WithdrawDialog';
import { useRenovationForms } from './useRenovationForms';
import { useRenovation } from './useRenovations';

interface Props {
  id: string;
  dues: readonly RenovationDue[];
  onClose: () => void;
  /** Opens another job of the same unit from the history. */
  onOpen?: (id: string) => void;
}

/** States in which the agreement can be printed: approved, and not yet finished or refused. */
const AGREEMENT_STATES = new Set(['approved', 'working', 'pendingAcceptance', 'pendingRefund']);

/** One job: the application, review, fees, permit and passes, acceptance and refund. */
export function RenovationDrawer({ id, dues, onClose, onOpen }: Props) {
  const job = useRenovation(id);
  const { printAgreement, formsModal } = useRenovationForms();
  const { actor } = useSession();
  const [editing, setEditing] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  if (!job) return null;
  const can = (a: Parameters<typeof canDo>[1]) => canDo(job.state, a, actor.role);

  return (
    <Drawer
      open
      width={760}
      onClose={onClose}
      title={t('renovation.detail.title', { no: job.no })}
      data-testid="reno-drawer"
    >
      <WaitingNote job={job} />
      <Space style={{ marginBottom: 12 }} wrap>
        <Tag color="blue" data-testid="reno-state">
          {t(`domain.labels.renovationStates.${job.state}`)}
        </Tag>
        <DueTags dues={dues} />
        {can('edit') && (
          <Button size="small" onClick={() => setEditing(true)} data-testid="reno-edit">
            {t('renovation.detail.edit')}
          </Button>
        )}
        {can('review') && (
          <Button
            size="small"
            type="primary"
            onClick={() => setReviewing(true)}
            data-testid="reno-review"
          >
            {t('renovation.detail.review')}
          </Button>
        )}
        {can('withdraw') && (
          <Button
            size="small"
            danger
            onClick={() => setWithdrawing(true)}
            data-testid="reno-withdraw"
          >
            {t('renovation.detail.withdraw')}
          </Button>
        )}
        {AGREEMENT_STATES.has(job.state) && (
          <Button
            size="small"
            onClick={() => printAgreement(job)}
            data-testid="reno-print-agreement"
          >
            {t('renovation.works.printAgreement')}
          </Button>
        )}
      </Space>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('renovation.col.unit')}>{job.unitCode}</Descriptions.Item>
        <Descriptions.Item label={t('renovation.col.owner')}>
          {job.ownerName} {maskPhone(job.ownerPhone)}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovation.col.contractor')}>
          {job.contractorName}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovation.form.contractorLeader')}>
          {job.contractorLeader} {job.contractorPhone}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovation.col.period')}>
          {job.plannedStart} ~ {job.permitValidUntil}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovation.form.workingHours')}>
          {job.workingHours}
        </Descriptions.Item>
        <Descriptions.Item label={t('renovation.form.workItems')} span={2}>
          {job.workItems}
        </Descriptions.Item>
        {job.review && (
          <Descriptions.Item label={t('renovation.detail.review')} span={2}>
            <Typography.Text data-testid="reno-review-result">
              {t(`renovation.review.${job.review.outcome}`)}（{job.review.byName}）
              {REVIEW_POINTS.map((p) =>
                job.review?.comments[p]
                  ? `；${t(`domain.labels.reviewPoints.${p}`)}：${job.review.comments[p]}`
                  : '',
              ).join('')}
              {job.review.remark ? `；${job.review.remark}` : ''}
              {job.review.waived?.fireApproval
                ? `；${t('domain.labels.checklist.fireApproval')}${t('renovation.detail.waived', { reason: job.review.waived.fireApproval })}`
                : ''}
            </Typography.Text>
          </Descriptions.Item>
        )}
        {job.withdrawal && (
          <Descriptions.Item label={t('renovation.detail.withdraw')} span={2}>
            <Typography.Text data-testid="reno-withdrawal">
              {t('renovation.detail.withdrawn', {
                by: job.withdrawal.byName,
                reason: job.withdrawal.reason,
              })}
            </Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      {(can('collectFees') || job.receipts.length > 0) && <FeesSection job={job} />}
      {job.startedAt && <PermitSection job={job} />}
      {job.passes.length > 0 && <PassesSection job={job} />}
      {(job.startedAt || job.state === 'owing') && <CompletionSection job={job} />}
      {editing && (
        <ApplicationForm
          job={job}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
      <UnitHistory unitId={job.unitId} currentId={job.id} {...(onOpen ? { onOpen } : {})} />
      {reviewing && <ReviewDialog job={job} onClose={() => setReviewing(false)} />}
      {withdrawing && <WithdrawDialog job={job} onClose={() => setWithdrawing(false)} />}
      {formsModal}
    </Drawer>
  );
}
