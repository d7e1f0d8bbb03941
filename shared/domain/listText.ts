/**
 * Several values typed into one form field (phones, plates), read with the same separators as
 * a roster cell (`LIST_SEPARATORS`), so a form and an import agree on what a list is.
 */
import { LIST_SEPARATORS } from './rosterColumns';

/** `13800001111，0755-12345678` → `['13800001111', '0755-12345678']`; blanks dropped. */
export function splitListText(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The text form of a list, as forms and exports show it; `splitListText` reads it back. */
export function joinListText(items: readonly string[]): string {
  return items.join('、');
}
