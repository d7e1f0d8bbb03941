import { useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { useFormDraft } from './useFormDraft';
import { messageOf } from '../i18n/domainText';

/** A failed save's message as the clerk reads it. */
export const plainError = (err: unknown) => messageOf(err);

/**
 * The wiring every drafted record form repeats: validate as she types (`mode: 'onChange'`),
 * keep a draft under `draftKey`, and hand FormModal what it needs to show and drop that draft.
 */
export function useDraftForm<T extends FieldValues>(
  draftKey: string,
  resolver: Resolver<T>,
  defaults: T | (() => T),
) {
  // The defaults are fixed when the form opens; discarding a draft goes back to them.
  const [initial] = useState(defaults);
  const form = useForm<T>({
    mode: 'onChange',
    resolver,
    defaultValues: initial as DefaultValues<T>,
  });
  const draft = useFormDraft(draftKey, form);
  const frame = {
    saving: form.formState.isSubmitting,
    draftRestored: draft.restored,
    onDiscardDraft: () => {
      draft.clear();
      form.reset(initial);
    },
  };
  return { form, draft, frame };
}

/**
 * Save on submit: the form's own validation first, then `action`; a failure is kept as the
 * message to show (null: handled, e.g. put at a field) and the typed values stay. `action` may
 * also refuse by returning the message itself (a check the schema cannot make).
 */
export function useFormSave<T extends FieldValues>(
  form: UseFormReturn<T>,
  action: (values: T) => Promise<string | void>,
  describe: (err: unknown) => string | null = plainError,
) {
  const [error, setError] = useState<string | null>(null);
  const save = () =>
    void form.handleSubmit(async (values) => {
      setError(null);
      try {
        const refused = await action(values);
        if (refused) setError(refused);
      } catch (err) {
        setError(describe(err));
      }
    })();
  return { save, error, setError };
}

/** What a step dialog (QuickDialog, SubmitModal) shows of its form: saving, the error, save. */
export interface StepFrame {
  saving: boolean;
  /** A failed save's message, shown above the fields. */
  error: string | null;
  onSave: () => void;
}

/**
 * The wiring of a short never-drafted step (a renewal, a work result, a payment, a PIN):
 * validate as she types, save through `save`. `frame` is all QuickDialog or SubmitModal needs
 * besides the title and test ids. The defaults are read once, when the dialog opens.
 */
export function useStepForm<T extends FieldValues>(opts: {
  resolver: Resolver<T>;
  defaults: DefaultValues<T>;
  save: (values: T) => Promise<string | void>;
  describe?: (err: unknown) => string | null;
}) {
  const form = useForm<T>({
    mode: 'onChange',
    resolver: opts.resolver,
    defaultValues: opts.defaults,
  });
  const { save, error } = useFormSave(form, opts.save, opts.describe);
  const frame: StepFrame = { saving: form.formState.isSubmitting, error, onSave: save };
  return { form, frame };
}

interface RecordFormOptions<T extends FieldValues, R> {
  draftKey: string;
  resolver: Resolver<T>;
  defaults: T | (() => T);
  /** Writes the record (one repository call); throws to refuse, the message shows above. */
  save: (values: T) => Promise<R>;
  /** After the write: the draft is already gone. */
  onSaved: (record: R) => void;
  describe?: (err: unknown) => string | null;
}

/**
 * A drafted add/edit form that saves one record: useDraftForm + useFormSave, the draft cleared
 * once the record is written. `frame` is all FormModal needs besides its title and test id.
 */
export function useRecordForm<T extends FieldValues, R>(opts: RecordFormOptions<T, R>) {
  const { form, draft, frame } = useDraftForm(opts.draftKey, opts.resolver, opts.defaults);
  const { save, error, setError } = useFormSave(
    form,
    async (values) => {
      const record = await opts.save(values);
      draft.clear();
      opts.onSaved(record);
    },
    opts.describe,
  );
  return { form, draft, setError, frame: { ...frame, onSave: save, error } };
}
