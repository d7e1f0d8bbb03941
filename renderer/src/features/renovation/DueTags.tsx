import { Tag } from 'antd';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { type RenovationDue } from '@shared/domain/renovationDue';
import { t } from '../../i18n';

const COLORS = { ok: 'default', soon: 'orange', overdue: 'red' } as const;

/** The running deadlines of a job, red when overdue. */
export function DueTags({ dues }: { dues: readonly RenovationDue[] }) {
  return (
    <>
      {dues.map((d) => (
        <Tag key={d.kind} color={COLORS[d.state]} data-testid={`reno-due-${d.state}`}>
          {t(`domain.labels.renovationDues.${d.kind}`)} {formatOfficeDateTime(d.due).slice(0, 10)}
          {d.state === 'overdue' ? ` ${t('renovation.page.overdue')}` : ''}
        </Tag>
      ))}
    </>
  );
}
