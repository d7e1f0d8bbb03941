/**
 * The desk's shared input habits in the built renderer: the header search and the unit pickers
 * highlight the first hit and take it on Enter (↓ moves on); dates are typed straight into a
 * Chinese date picker; the inline visitor form keeps its draft and shows no errors on return.
 */
import { describe, expect, it } from 'vitest';
import { completeFirstRun, screenshot, settle, typeDate } from '../harness';
import { withApp } from '../lifecycle';
import { fillIn, loadDemo, openScreen, showsText } from '../desk';

const session = withApp();
/** The highlighted hit of the list on screen (closed lists stay in the page, hidden). */
const ACTIVE = '.ant-select-dropdown:visible .ant-select-item-option-active';
/** The highlighted hit once the list answers `q` itself, not an earlier keystroke. */
const activeFor = (q: string) =>
  `.ant-select-dropdown:visible [data-typeahead-q="${q}"] .ant-select-item-option-active`;

describe('keyboard habits shared by every form', () => {
  it('header search: the first hit is highlighted and Enter opens it', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await loadDemo(page);

    const search = page.getByRole('combobox', { name: '全局搜索' });
    await search.click();
    await page.keyboard.type('唐晓东');
    await page.locator(ACTIVE).filter({ hasText: '唐晓东' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('person-detail').waitFor();
    expect(page.url()).toContain('/archive?person=');
    await page.keyboard.press('Escape');
    await page.getByTestId('person-detail').waitFor({ state: 'hidden' });

    // Units come in code order; ↓ moves the highlight to the second, Enter opens that one.
    await search.click();
    await page.keyboard.type('1-1-10');
    const active = page.locator(activeFor('1-1-10'));
    await active.filter({ hasText: '1-1-101' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await active.filter({ hasText: '1-1-102' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/archive?unit=');
    expect(errors).toEqual([]);
  });

  it('unit picker: Enter takes the first unit, ↓ Enter the second', async () => {
    const { page, errors } = session.app;
    await openScreen(page, 'visitors', 'visitors-page');
    const unit = page.getByTestId('visitor-unit');
    await unit.click();
    await page.keyboard.type('1-1-10');
    await page.locator(ACTIVE).filter({ hasText: '1-1-101' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => unit.inputValue()).toBe('1-1-101');

    await unit.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1-1-10');
    await page.locator(activeFor('1-1-10')).filter({ hasText: '1-1-101' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => unit.inputValue()).toBe('1-1-102');
    expect(errors).toEqual([]);
  });

  it('the visitor sign-in keeps its draft across a reload, without errors until a save', async () => {
    const { page, errors } = session.app;
    await fillIn(page, { 'visitor-name': '钱七', 'visitor-id': '1101051949' });
    await page.reload();
    await page.getByTestId('visitors-page').waitFor();
    await page.getByTestId('visitor-draft-restored').waitFor();
    expect(await page.getByTestId('visitor-name').inputValue()).toBe('钱七');
    expect(await page.getByTestId('visitor-id').inputValue()).toBe('1101051949');
    expect(await page.getByTestId('visitor-form').locator('.ant-form-item-has-error').count()).toBe(
      0,
    );
    await page.getByTestId('visitor-check-in').click();
    await showsText(page, 'visitor-form', '身份证号应为 18 位');
    expect(errors).toEqual([]);
  });

  it('a move-in date is typed straight into the Chinese date picker', async () => {
    const { page, errors } = session.app;
    await page.clock.setFixedTime(new Date('2026-12-07T02:00:00Z'));
    await openScreen(page, 'archive', 'archive-page');
    await page.getByRole('combobox', { name: '全局搜索' }).click();
    await page.keyboard.type('1-1-101');
    await page.locator(ACTIVE).filter({ hasText: '1-1-101' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/archive?unit=');
    await page.getByTestId('unit-detail-code').waitFor();
    await screenshot(page, 'forms-unit-opened');
    await page.getByTestId('add-person').click();
    const date = page.getByTestId('person-form-move-in-date');
    // A click on the box while the dialog is still zooming open does not open the calendar.
    await date.waitFor();
    await settle(page);
    await date.click();
    const panel = page.locator('.ant-picker-dropdown:visible');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('12月');
    expect(text).toMatch(/一.*二.*三.*四.*五.*六/);
    expect(text).toContain('今天');
    await typeDate(page, 'person-form-move-in-date', '2026-12-07');
    await expect.poll(() => date.inputValue()).toBe('2026-12-07');
    await date.click();
    await panel.waitFor();
    await screenshot(page, 'forms-date-picker');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
