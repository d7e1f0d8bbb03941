// The parts every form dialog shows alike: the draft notice, the save error, the footer.
import { Alert, Button, Typography } from 'antd';
import type { ReactNode } from 'react';
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

interface SaveFooterProps {
  onCancel: () => void;
  onSave: () => void;
  saving: boolean;
  saveTestId: string;
  saveLabel?: string;
  hint?: string;
  /** 关闭 where what was saved stays saved (a run of entries); 取消 otherwise. */
  cancelLabel?: string;
}

/** saveFooter as an element, for a dialog whose save is its own handler (the survey entry). */
export function SaveFooter(p: SaveFooterProps) {
  return <>{saveFooter(p)}</>;
}

/**
 * 取消 and the primary save button of a form dialog (after an optional hint on the left),
 * the same in every dialog of the desk.
 */
export function saveFooter(p: SaveFooterProps): ReactNode[] {
  return [
    ...(p.hint === undefined
      ? []
      : [
          <Typography.Text
            key="hint"
            type="secondary"
            style={{ float: 'left', lineHeight: '32px' }}
          >
            {p.hint}
          </Typography.Text>,
        ]),
    <Button key="cancel" onClick={p.onCancel}>
      {p.cancelLabel ?? t('common.cancel')}
    </Button>,
    <Button
      key="save"
      type="primary"
      loading={p.saving}
      onClick={p.onSave}
      data-testid={p.saveTestId}
    >
      {p.saveLabel ?? t('common.save')}
    </Button>,
  ];
}
