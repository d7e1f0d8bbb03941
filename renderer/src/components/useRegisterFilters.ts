import { useState } from 'react';
import { choice, type ChoiceSpec } from './RegisterPage';
import { choices } from './fieldRows';

/**
 * A register's search box with the text it holds: `[text, search]`, the text for the list's
 * query and the box for `RegisterPage.search` (or a `SearchFilter`). `initial`: a link's text.
 */
export function useSearchBox(placeholder: string, width: number, testId?: string, initial = '') {
  const [text, setText] = useState(initial);
  const search = { placeholder, width, state: [text, setText] as const, testId };
  return [text, search] as const;
}

/**
 * A choice filter over fixed values with the value chosen: `[value, filter]`, the value for the
 * list's query (undefined: all) and the filter for `RegisterPage.choices`.
 */
export function useChoiceFilter<V extends string>(
  placeholder: string,
  width: number,
  values: readonly V[],
  label: (value: V) => string,
  testId?: string,
): readonly [V | undefined, ChoiceSpec] {
  const [value, setValue] = useState<V | undefined>();
  const options = choices(values, label);
  return [value, choice<V>({ placeholder, width, state: [value, setValue], options, testId })];
}
