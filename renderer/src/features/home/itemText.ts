import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { overdueBy, type TodayItem } from '@shared/domain/todayBoard';
import { t, type MessageKey } from '../../i18n';

const DETAIL_KEYS: Record<string, MessageKey> = {
  review: 'home.detail.review',
  depositRefund: 'home.detail.depositRefund',
  passRefund: 'home.detail.passRefund',
  feedback: 'home.detail.feedback',
  fix: 'home.detail.fix',
  revisit: 'home.detail.revisit',
  emergency: 'home.detail.emergency',
  sample: 'home.detail.sample',
  cleaning: 'home.detail.cleaning',
  greenery: 'home.detail.greenery',
  before: 'home.detail.before',
  after: 'home.detail.after',
  patrol: 'home.detail.patrol',
  deskCheck: 'home.detail.deskCheckSheet',
  vacantClean: 'home.detail.vacantCleanLog',
  custodyRain: 'home.detail.custodyRainRound',
  dailyLog: 'home.detail.dailyLogEntry',
  handoverLog: 'home.detail.handoverLog',
  survey_summary: 'home.detail.survey_summary',
  survey_measures: 'home.detail.survey_measures',
  survey_revisit: 'home.detail.survey_revisit',
  review_weekly: 'home.detail.review_weekly',
  review_monthly: 'home.detail.review_monthly',
  expiring: 'home.detail.expiring',
  expired: 'home.detail.expired',
};

// A patrol or desk-check slot (`2/3`) reads as 第 2/3 次.
const SLOT = /^\d+\/\d+$/;

/** The short Chinese line of a board item: number, unit, which deadline, what. */
export function itemTitle(item: TodayItem): string {
  if (item.kind === 'suggestionDigest') return t('home.digest', { n: item.subject ?? '0' });
  const key = item.detail ? DETAIL_KEYS[item.detail] : undefined;
  const slot =
    item.detail && SLOT.test(item.detail) ? t('home.detail.slot', { slot: item.detail }) : '';
  const detail = key ? t(key) : slot;
  return [item.no, item.unitCode, detail, item.subject]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

/** 逾期 N 天 / 逾期 N 小时, or 今日 HH:mm 到期. */
export function itemStateText(item: TodayItem, now: string): string {
  if (item.state === 'today')
    return t('home.state.today', { time: formatOfficeDateTime(item.dueAt).slice(11) });
  const by = overdueBy(item.dueAt, now);
  return t(by.unit === 'days' ? 'home.state.overdueDays' : 'home.state.overdueHours', {
    n: by.value,
  });
}
