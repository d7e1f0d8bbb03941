import { Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import {
  REVIEW_POINT_LABELS,
  REVIEW_POINTS,
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
  const submit = async () => {
    const done = await run('review', () =>
      repos.renovations.review(actor, job.id, { outcome, comments, remark }),
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
        {REVIEW_POINTS.map((p) => (
          <Form.Item
            key={p}
            label={`${REVIEW_POINT_LABELS[p]}${touched.has(p) ? t('renovation.review.touched') : ''}`}
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
