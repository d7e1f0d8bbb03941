import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../i18n';

/** "m 分 s 秒" left until `until`, for the lockout message. */
export function formatTimeLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? t('operators.time.minutes', { m, s }) : t('operators.time.seconds', { s });
}

/** The lockout notice, counting down each second; tells the parent when the lock has ended. */
export function LockoutCountdown({ until, onExpired }: { until: string; onExpired: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = Date.parse(until) - now;

  useEffect(() => {
    if (left <= 0) {
      onExpired();
      return;
    }
    const timer = window.setTimeout(() => setNow(Date.now()), Math.min(1000, left));
    return () => window.clearTimeout(timer);
  }, [left, onExpired]);

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="signin-lockout"
      style={{ marginBottom: 16 }}
      title={t('operators.signIn.lockedOutFor', { time: formatTimeLeft(left) })}
    />
  );
}
