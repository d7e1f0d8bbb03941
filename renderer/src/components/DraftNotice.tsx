import { Alert, Button } from 'antd';
import { t } from '../i18n';

/**
 * "A draft was put back" with its discard button: every drafted form says it the same way, so
 * a clerk who finds yesterday's half-typed entry knows where it came from and how to drop it.
 */
export function DraftNotice(props: { onDiscard: () => void; testId?: string; gap?: number }) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: props.gap ?? 12 }}
      title={t('common.draftRestored')}
      data-testid={props.testId}
      action={
        <Button size="small" onClick={props.onDiscard}>
          {t('common.discardDraft')}
        </Button>
      }
    />
  );
}

/** The error of a failed save, above the fields; nothing when there is none. */
export function FormError(props: {
  error: string | null | undefined;
  testId?: string;
  gap?: number;
}) {
  if (!props.error) return null;
  return (
    <Alert
      type="error"
      title={props.error}
      style={{ marginBottom: props.gap ?? 12 }}
      data-testid={props.testId}
    />
  );
}
