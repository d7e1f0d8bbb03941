import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useFormDraft } from '../../components/useFormDraft';
import { showIssues } from './formSchema';

type Save = (
  next: unknown,
  onIssues: (issues: Parameters<typeof showIssues>[1]) => void,
) => Promise<boolean>;

export interface SettingFormOptions<T extends FieldValues> {
  /** The draft's key, so what a manager typed survives a closed tab or a crash. */
  draftKey: string;
  resolver: Resolver<T>;
  defaultValues: DefaultValues<T>;
  /** `useSettingEditor(key).save`. */
  save: Save;
  /** The setting's value from the form's values, when the form holds it differently. */
  toSetting?: (values: T) => unknown;
  /** Where the repository's issue paths sit in the form: a prefix and renamed fields. */
  issuePrefix?: readonly (string | number)[];
  issueRename?: Record<string, string>;
}

/**
 * A settings tab's form: validated as typed, kept as a draft, saved through the editor; the
 * repository's refusals come back at the fields, and a saved form starts clean again.
 */
export function useSettingForm<T extends FieldValues>(options: SettingFormOptions<T>) {
  const { draftKey, resolver, defaultValues, save, toSetting, issuePrefix, issueRename } = options;
  const form = useForm<T>({ mode: 'onChange', resolver, defaultValues });
  const draft = useFormDraft(draftKey, form);
  const submit = form.handleSubmit(async (values) => {
    const next = toSetting ? toSetting(values) : values;
    if (await save(next, (issues) => showIssues(form, issues, issuePrefix, issueRename))) {
      draft.clear();
      form.reset(values);
    }
  });
  return { form, draft, submit };
}
