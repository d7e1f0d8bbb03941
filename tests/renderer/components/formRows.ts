/**
 * The antd Form.Item row around a field in a component test: where the field's error message
 * and help text show, so a test reads the message the clerk sees next to the box; and the
 * clerk's typing over what a box holds.
 */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The form row around `el`; throws when `el` stands in no row (a test that looks wrong). */
export function formRow(el: HTMLElement): HTMLElement {
  const row = el.closest<HTMLElement>('.ant-form-item');
  if (!row) throw new Error(`no form row around ${el.getAttribute('data-testid') ?? el.tagName}`);
  return row;
}

/** The form row around the field with test id `testId`. */
export function rowByTestId(testId: string): HTMLElement {
  return formRow(screen.getByTestId(testId));
}

/** The form row around the field labelled `label`. */
export function rowByLabel(label: string): HTMLElement {
  return formRow(screen.getByLabelText(label));
}

/** Types `text` over what the box `el` holds, as the clerk does: clear it, then type. */
export async function retype(user: UserEvent, el: HTMLElement, text: string): Promise<void> {
  await user.clear(el);
  await user.type(el, text);
}
