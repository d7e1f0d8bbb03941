import { formatYuan } from '@shared/domain/money';
import { t } from '../../i18n';
import type { ValueKind } from './reviewCharts';

/** A figure as the screen shows it: counts whole, money in yuan, rates in percent, `—` for none. */
export function formatValue(kind: ValueKind, v: number | null): string {
  if (v === null) return '—';
  if (kind === 'fen') return formatYuan(v);
  if (kind === 'rate') return `${Math.round(v * 1000) / 10}%`;
  return String(v);
}

/** The change from `before` to `now`: `+3`, `−¥12.00`, `+5.2个百分点`… or 持平. */
export function formatDelta(kind: ValueKind, now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const d = now - before;
  if (d === 0) return t('review.delta.same');
  const sign = d > 0 ? '+' : '−';
  const abs = Math.abs(d);
  if (kind === 'fen') return `${sign}${formatYuan(abs)}`;
  if (kind === 'rate') return `${sign}${Math.round(abs * 1000) / 10}%`;
  return `${sign}${abs}`;
}
