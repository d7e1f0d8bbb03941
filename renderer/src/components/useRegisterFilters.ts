import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { t, type MessageKey } from '../i18n';
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
  testId: string | undefined,
  values: readonly V[],
  label: (value: V) => string,
): readonly [V | undefined, ChoiceSpec] {
  const [value, setValue] = useState<V | undefined>();
  const options = choices(values, label);
  return [value, choice<V>({ placeholder, width, state: [value, setValue], options, testId })];
}

/**
 * The search box and status filter of a register the global search opens by number
 * (`/release?no=FX-…`): the box starts from the link's number; the words come from the
 * register's catalog (`release.page.search`, `release.page.allStatuses`, `release.status.*`).
 */
export function useSearchAndStatus<V extends string>(
  register: 'release' | 'surveys',
  statuses: readonly V[],
) {
  const [params] = useSearchParams();
  const [text, search] = useSearchBox(
    t(`${register}.page.search`),
    280,
    `${register}-search`,
    params.get('no') ?? '',
  );
  const [status, statusFilter] = useChoiceFilter(
    t(`${register}.page.allStatuses`),
    140,
    undefined,
    statuses,
    (s) => t(`${register}.status.${s}` as MessageKey),
  );
  return { text, search, status, statusFilter };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A month typed as `YYYY-MM` with its box (`label YYYY-MM`, for a `TextFilter`): `[month, box]`,
 * the month once it is a whole valid one (undefined before: the list shows every month).
 */
export function useMonthBox(label: string, testId?: string) {
  const [text, setText] = useState('');
  const box = {
    placeholder: `${label} YYYY-MM`,
    width: 150,
    state: [text, (v: string) => setText(v.trim())] as const,
    testId,
  };
  return [MONTH.test(text) ? text : undefined, box] as const;
}
