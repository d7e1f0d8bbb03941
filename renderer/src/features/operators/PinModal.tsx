import { zodResolver } from '@hookform/resolvers/zod';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { NewPinFields, PinField } from '../../components/PinField';
import { SubmitModal } from '../../components/SubmitModal';
import { useStepForm } from '../../components/useDraftForm';
import type { OperatorSummary } from '../../db/repositories/operatorRepository';
import { t } from '../../i18n';
import { ownPinSchema, resetPinSchema, type OwnPinForm } from './pinSchemas';

interface Props {
  /** Whose PIN the manager resets; absent: the signed-in operator changes their own. */
  target?: OperatorSummary;
  onClose: (changed: boolean) => void;
}

/** Reset someone's PIN (manager) or change one's own (current PIN first). Never drafted. */
export function PinModal({ target, onClose }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const own = target === undefined;
  const { form, frame } = useStepForm<OwnPinForm>({
    resolver: zodResolver(own ? ownPinSchema : resetPinSchema),
    defaults: { currentPin: '', pin: '', pinConfirm: '' },
    save: async ({ currentPin, pin }) => {
      if (target) await repos.operators.resetPin(target.id, pin, actor);
      else await repos.operators.changeOwnPin(actor, currentPin, pin);
      onClose(true);
    },
  });
  const c = form.control;

  return (
    <SubmitModal
      title={
        target
          ? t('operators.page.resetPinTitle', { name: target.name })
          : t('operators.page.ownPinTitle')
      }
      {...frame}
      saveTestId="pin-save"
      errorTestId="pin-error"
      onCancel={() => onClose(false)}
    >
      {own && (
        <PinField
          control={c}
          name="currentPin"
          label={t('operators.page.currentPin')}
          required
          autoFocus
          autoComplete="current-password"
          testId="pin-current"
        />
      )}
      <NewPinFields
        control={c}
        labels={{ pin: t('operators.page.newPin'), pinConfirm: t('operators.page.newPinConfirm') }}
        autoFocus={!own}
        testIds={{ pin: 'pin-new', pinConfirm: 'pin-confirm' }}
      />
    </SubmitModal>
  );
}
