import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { REVIEW_KINDS, type RevisitReviewKind } from '@shared/domain/revisitSupervision';
import { RegisterTabs } from '../../components/RegisterPage';
import { useOpenParam } from '../../components/useOpenParam';
import { t } from '../../i18n';
import { EventsTab } from './EventsTab';
import { ReviewsTab } from './ReviewsTab';

/** `weekly:2026-11-09` from the today board, or null. */
function reviewParam(value: string | null): { kind: RevisitReviewKind; period: string } | null {
  const [kind, period] = (value ?? '').split(':');
  return kind && period && (REVIEW_KINDS as readonly string[]).includes(kind)
    ? { kind: kind as RevisitReviewKind, period }
    : null;
}

/** 回访管理: community-event and emergency-aid revisits; the supervisors' revisit reviews. */
export default function RevisitsPage() {
  const [params] = useSearchParams();
  const [review] = useState(() => reviewParam(params.get('review')));
  const [tab, setTab] = useState(review ? 'reviews' : 'events');
  const [openId, setOpenId] = useState<string | null>(null);
  useOpenParam((id) => {
    setTab('events');
    setOpenId(id);
  });
  return (
    <RegisterTabs
      title={t('revisits.page.title')}
      testId="revisits-page"
      active={[tab, setTab]}
      tabs={{
        events: [t('revisits.page.events'), <EventsTab openId={openId} onOpen={setOpenId} />],
        reviews: [t('revisits.page.reviews'), <ReviewsTab initial={review} />],
      }}
    />
  );
}
