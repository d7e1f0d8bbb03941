import { t, type MessageKey } from '../i18n';
import { choice, type ChoiceSpec, type SearchFilter } from './RegisterPage';

type SearchProps = Parameters<typeof SearchFilter>[0];

/** The names under a catalog prefix: `Under<'parking'>` is 'state' | 'use' | … */
type Under<P extends string, K = MessageKey> = K extends `${P}.${infer R}` ? R : never;

/** A list's search box: placeholder, width, its text state and test id, said on one line. */
export function searchBox(
  placeholder: string,
  width: number,
  state: SearchProps['state'],
  testId: string,
): SearchProps {
  return { placeholder, width, state, testId };
}

/**
 * A list's status filter over `states`, each labelled from the catalog under `prefix`
 * (`statusFilter('parking.state', LEASE_STATES, …)` labels 'active' with parking.state.active).
 */
export function statusFilter<P extends string, V extends string & Under<P>>(
  prefix: P,
  states: readonly V[],
  spec: {
    placeholder: string;
    width: number;
    state: readonly [V | undefined, (value: V | undefined) => void];
    testId: string;
  },
): ChoiceSpec {
  const options = states.map((s) => ({ value: s, label: t(`${prefix}.${s}` as MessageKey) }));
  return choice<V>({ ...spec, options });
}
