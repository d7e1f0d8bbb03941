import { Tag } from 'antd';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { DueState } from '@shared/domain/deadlines';
import type { DeadlineKind } from '@shared/domain/complaintDeadlines';
import { t } from '../../i18n';

const COLOR: Record<DueState, string> = { ok: 'default', soon: 'orange', overdue: 'red' };

/** The next deadline of a case: plain, amber when near, red when passed. */
export function DeadlineTag({
  next,
}: {
  next: { kind: DeadlineKind; due: string; state: DueState } | null;
}) {
  if (!next) return null;
  return (
    <Tag color={COLOR[next.state]} data-testid="case-deadline" data-state={next.state}>
      {t(`complaints.deadline.${next.kind}`)} {formatOfficeDateTime(next.due)}
    </Tag>
  );
}
