import { Alert, Checkbox, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import {
  REVIEW_POINTS,
  reviewerDocumentsOpen,
  touchedReviewPoints,
  type ReviewPoint,
} from '@shared/domain/renovationApplication';
import type { ReviewOutcome } from '@shared/domain/renovationFlow';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useRenovationAction } from './useRenovationAction';

/** The supervisor's review: a comment on each of the four points, the outcome, conditions/reasons. */
export function ReviewDialog({ job, onClose }: { job: RenovationRecord; onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { busy, run } = useRenovationAction();
  const touched = new Set(touchedReviewPoints(job));
  const [outcome, setOutcome] = useState<ReviewOutcome>('approved');
  const [remark, setRemark] = useState('');
  const [comments, setComments] = useState<Record<ReviewPoint, string>>({
    structure: '',
    plumbingGas: '',
    power: '',
    facade: '',
  });
  // 消防审批意见书 not brought for a home: the reviewer says whether it applies.
  const fireOpen = reviewerDocumentsOpen(job, job.checklist, {}).includes('fireApproval');
  const [fireNA, setFireNA] = useState(false);
  const [fireReason, setFireReason] = useState('');
  const fireProblem =
    fireOpen && outcome !== 'rejected' && (!fireNA || fireReason.trim() === '')
      ? t('renovation.review.fireReasonMissing')
      : null;
  const submit = async () => {
    const waived = fireOpen && fireNA ? { fireApproval: fireReason } : {};
    const done = await run('review', () =>
      repos.renovations.review(actor, job.id, { outcome, comments, remark, waived }),
    );
    if (done) onClose();
  };
  return (
    <Modal
      open
      title={t('renovation.review.title', { no: job.no })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('renovation.review.submit')}
      okButtonProps={{ loading: busy !== null, ...{ 'data-testid': 'reno-review-submit' } }}
    >
      <Form layout="vertical" component="div">
        {fireOpen && (
          <Form.Item
            validateStatus={fireNA && fireProblem ? 'error' : undefined}
            help={fireNA && fireProblem ? fireProblem : undefined}
          >
            <Alert
              type="warning"
              showIcon
              title={t('renovation.review.fireNotProvided')}
              style={{ marginBottom: 8 }}
            />
            <Checkbox
              checked={fireNA}
              onChange={(e) => setFireNA(e.target.checked)}
              data-testid="reno-review-fire-na"
            >
              {t('renovation.review.fireNotApplicable')}
            </Checkbox>
            {fireNA && (
              <Input
                style={{ marginTop: 4 }}
                placeholder={t('renovation.review.fireReason')}
                value={fireReason}
                onChange={(e) => setFireReason(e.target.value)}
                data-testid="reno-review-fire-reason"
              />
            )}
          </Form.Item>
        )}
        {REVIEW_POINTS.map((p) => (
          <Form.Item
            key={p}
            label={`${t(`domain.labels.reviewPoints.${p}`)}${touched.has(p) ? t('renovation.review.touched') : ''}`}
          >
            <Input
              value={comments[p]}
              onChange={(e) => setComments({ ...comments, [p]: e.target.value })}
              data-testid={`reno-review-${p}`}
            />
          </Form.Item>
        ))}
        <Form.Item label={t('renovation.review.outcome')}>
          <Radio.Group
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as ReviewOutcome)}
            data-testid="reno-review-outcome"
          >
            <Radio value="approved">{t('renovation.review.approved')}</Radio>
            <Radio value="conditional">{t('renovation.review.conditional')}</Radio>
            <Radio value="rejected">{t('renovation.review.rejected')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={t('renovation.review.remark')}>
          <Input.TextArea
            value={remark}
            onChange={(e) => setRemark(e.target.value)}
            rows={2}
            data-testid="reno-review-remark"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
