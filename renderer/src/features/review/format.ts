import { formatYuan } from '@shared/domain/money';
import { formatPercent } from '@shared/domain/rates';
import { t } from '../../i18n';
import type { ValueKind } from './reviewCharts';

/** A figure as the screen shows it: counts whole, money in yuan, rates in percent, `—` for none. */
export function formatValue(kind: ValueKind, v: number | null, decimals = 1): string {
  if (v === null || !Number.isFinite(v)) return '—';
  if (kind === 'fen') return formatYuan(v);
  if (kind === 'rate') return formatPercent(v, decimals);
  return String(v);
}

/** A target as the screen shows it: `95%`, or `< 1%` for a ceiling. */
export function formatTarget(target: number | undefined, ceiling = false, decimals = 1): string {
  if (target === undefined) return '—';
  const text = formatPercent(target, decimals);
  return ceiling ? t('review.bar.below', { value: text }) : text;
}

/** The change from `before` to `now`: `+3`, `−¥12.00`, `+5.2个百分点`… or 持平. */
export function formatDelta(
  kind: ValueKind,
  now: number | null,
  before: number | null,
  decimals = 1,
): string {
  if (now === null || before === null) return '—';
  const d = now - before;
  if (d === 0) return t('review.delta.same');
  const sign = d > 0 ? '+' : '−';
  const abs = Math.abs(d);
  if (kind === 'fen') return `${sign}${formatYuan(abs)}`;
  if (kind === 'rate') return `${sign}${formatPercent(abs, decimals)}`;
  return `${sign}${abs}`;
}
