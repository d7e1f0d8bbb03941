/**
 * Steps many e2e tests take on their way to what they test, done at the desk as a clerk does
 * them: open a screen, load the demo estate, sign in, start a receipt, take down a complaint or
 * an emergency repair, start a renovation application. Each test still asserts on its own.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { completeFirstRun, pick, typeDate } from './harness';

/** The app's address of `route` (`money`, `settings?tab=demo`), from the page's own origin. */
export function routeUrl(page: Page, route: string): string {
  return `${page.url().split('#')[0]}#/${route}`;
}

/** Opens a screen by its route and waits for the element `testId` on it. */
export async function openScreen(page: Page, route: string, testId: string): Promise<void> {
  await page.goto(routeUrl(page, route));
  await page.getByTestId(testId).waitFor();
}

/** The first-run wizard done (a property and its manager, signed in), then a screen opened. */
export async function firstRunAt(page: Page, route: string, testId: string): Promise<void> {
  await completeFirstRun(page);
  await openScreen(page, route, testId);
}

/**
 * Types into the boxes of a form, in the order given: each key a box's test id, each value what
 * the clerk types there (Playwright's fill, so the box's own text is replaced).
 */
export async function fillIn(page: Page, fields: Readonly<Record<string, string>>): Promise<void> {
  for (const [testId, text] of Object.entries(fields)) await page.getByTestId(testId).fill(text);
}

/** Signs a visitor in on the visitors screen (its inline form): who, which ID, to which unit, why. */
export async function checkInVisitor(
  page: Page,
  v: { name: string; id: string; unit: string; reason: string },
): Promise<void> {
  await fillIn(page, {
    'visitor-name': v.name,
    'visitor-id': v.id,
    'visitor-unit': v.unit,
    'visitor-reason': v.reason,
  });
  await page.getByTestId('visitor-check-in').click();
}

/** 赵六, come for a renovation acceptance at 2-1-502: the visitor the tests leave inside overnight. */
export const OVERNIGHT_VISITOR = {
  name: '赵六',
  id: '11010519491231002X',
  unit: '2-1-502',
  reason: '装修验收',
} as const;

/** Waits until the element `testId` shows `text` somewhere in its text (fails when it never does). */
export async function showsText(page: Page, testId: string, text: string): Promise<void> {
  await expect.poll(() => page.getByTestId(testId).textContent()).toContain(text);
}

/** Loads the demo estate from 系统设置 → 演示数据 and waits for its success message. */
export async function loadDemo(page: Page): Promise<void> {
  await page.goto(routeUrl(page, 'settings?tab=demo'));
  await page.getByTestId('demo-load').click();
  await page.locator('.ant-message-success').first().waitFor();
}

/** The first-run wizard done, the demo estate loaded, then a screen opened. */
export async function demoAt(page: Page, route: string, testId: string): Promise<void> {
  await completeFirstRun(page);
  await loadDemo(page);
  await openScreen(page, route, testId);
}

/** Signs in on the sign-in screen (the first-run manager unless told) and waits for the shell. */
export async function signIn(page: Page, name = '张经理', pin = '135790'): Promise<void> {
  await pick(page, 'signin-operator', name);
  await page.getByTestId('signin-pin').fill(pin);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('operator').waitFor();
}

/**
 * Picks a radio by its label until it shows as checked: on a loaded machine a click that lands
 * while the dialog is still opening is lost.
 */
export async function choose(page: Page, testId: string, text: string): Promise<void> {
  const label = page.getByTestId(testId).locator('label', { hasText: text });
  const input = label.locator('input');
  await expect
    .poll(async () => {
      // The label, not the input: a button-style radio's input is an invisible box.
      if (!(await input.isChecked())) await label.click();
      return input.isChecked();
    })
    .toBe(true);
}

/**
 * Opens a new move-in on 入住交房 (Alt+N) for `unit` picked from the type-ahead, the applicant's
 * boxes typed as `applicant` (after `kind`, e.g. 委托代办, when given), saved with its drawer open.
 */
export async function startMoveIn(
  page: Page,
  unit: string,
  applicant: Readonly<Record<string, string>>,
  kind?: string,
): Promise<void> {
  await openScreen(page, 'movein', 'movein-page');
  await page.keyboard.press('Alt+n');
  await page.getByTestId('movein-unit').fill(unit);
  await page.locator('.ant-select-item-option', { hasText: unit }).first().click();
  if (kind !== undefined) await page.getByText(kind).click();
  await fillIn(page, applicant);
  await page.keyboard.press('Control+s');
  await page.getByTestId('movein-drawer').waitFor();
}

/** The move-in's document check boxes in the open drawer, in the checklist's order. */
export const moveInDocuments = (page: Page) =>
  page.getByTestId('movein-documents').locator('input[type=checkbox]');

/**
 * In the open move-in drawer: the first `documents` documents ticked, the three agreements,
 * 3 keys, the registration, and the meters read at `water` and `power` and confirmed.
 */
export async function tickMoveInChecklist(
  page: Page,
  documents: number,
  meters: { water: string; power: string },
): Promise<void> {
  for (let i = 0; i < documents; i++) await moveInDocuments(page).nth(i).check();
  const agreements = page.getByTestId('movein-agreements').locator('input[type=checkbox]');
  for (let i = 0; i < 3; i++) await agreements.nth(i).check();
  await page.locator('#movein-keys').fill('3');
  await page.getByTestId('movein-registration').check();
  await page.locator('#movein-meter-water').fill(meters.water);
  await page.locator('#movein-meter-power').fill(meters.power);
  await page.getByTestId('movein-meters-confirmed').check();
}

/**
 * Hands a unit over on 入住交房 (Alt+N): the applicant, the documents, agreements, keys,
 * registration and meter readings, then 完成交房, until its status says 已交房.
 */
export async function completeMoveIn(page: Page, unit = '1-1-102', name = '钱多多'): Promise<void> {
  await startMoveIn(page, unit, { 'movein-name': name, 'movein-phone': '13912345678' });
  await tickMoveInChecklist(page, 3, { water: '20', power: '500' });
  await page.getByTestId('movein-complete').click();
  await expect.poll(() => page.getByTestId('movein-status').textContent()).toBe('已交房');
}

/** The heads of a release pass: who carries the goods, for whom (公司/业主), who approved it. */
export interface PassHeads {
  carrier: string;
  company: string;
  approved: string;
}

/**
 * Opens a new release pass (Alt+N) on the release screen and types its heads, once the form has
 * put the cursor in 携物人 (what is typed before that is lost).
 */
export async function startReleasePass(page: Page, heads: PassHeads): Promise<void> {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('release-form').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('carrier');
  await fillIn(page, {
    'release-carrier': heads.carrier,
    'release-company': heads.company,
    'release-approved': heads.approved,
  });
}

/** Opens a new receipt (Alt+N) on the money screen: the payer and one line per fee item. */
export async function startReceipt(page: Page, payer: string, items: string[]): Promise<void> {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('receipt-payer').fill(payer);
  for (const [i, item] of items.entries()) {
    if (i > 0) await page.getByTestId('receipt-add-line').click();
    await pick(page, `receipt-line-${i}-item`, item);
  }
}

/** The owner's deposit and permit fee for 李四: the receipt the money tests start from. */
export const DEPOSIT_RECEIPT = {
  payer: '李四',
  items: ['装修保证金（业主）', '施工许可证工本费'],
} as const;

/** Takes down a complaint on the complaints screen (Alt+N, Ctrl+S) and waits for its drawer. */
export async function intakeComplaint(
  page: Page,
  {
    customer = '赵六',
    phone = '13912345678',
    content = '地下车库入口的灯坏了',
  }: { customer?: string; phone?: string; content?: string } = {},
): Promise<void> {
  await openScreen(page, 'complaints', 'complaints-page');
  await page.keyboard.press('Alt+n');
  await page.getByTestId('intake-customer').fill(customer);
  await page.getByTestId('intake-phone').fill(phone);
  await page.getByTestId('intake-content').fill(content);
  await page.keyboard.press('Control+s');
  await page.getByTestId('case-drawer').waitFor();
}

/** Classifies the case open in the drawer as 一类 / 一般 / 有效投诉, then closes the drawer. */
export async function classifyValidComplaint(page: Page): Promise<void> {
  await page.getByTestId('case-action-classify').click();
  await page.getByTestId('case-action-form').waitFor();
  await choose(page, 'case-category', '一类');
  await choose(page, 'case-severity', '一般');
  await choose(page, 'case-valid', '有效投诉');
  await page.keyboard.press('Control+s');
  await page.getByTestId('case-action-form').waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');
  await page.getByTestId('case-drawer').waitFor({ state: 'hidden' });
}

/**
 * On the fees screen: generates the bills of `month`'s period, for the whole estate or the
 * buildings typed into the picker (they stay picked for the next run), and waits for the result.
 */
export async function generateBills(
  page: Page,
  month: string,
  buildings: readonly string[] = [],
): Promise<void> {
  await page.getByRole('tab', { name: '生成账单' }).click();
  await typeDate(page, 'generate-month', month);
  if (buildings.length > 0) {
    await page.getByTestId('generate-buildings').click();
    for (const b of buildings) {
      await page.keyboard.type(b);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
  }
  await page.getByTestId('generate-run').click();
  await expect.poll(() => page.getByTestId('generate-result').textContent()).toContain('已生成');
}

/** Opens the unit `code` in the archive through the header's global search (type, Enter). */
export async function openUnitPage(page: Page, code: string): Promise<void> {
  await openScreen(page, 'archive', 'archive-page');
  await page.getByRole('combobox', { name: '全局搜索' }).click();
  await page.keyboard.type(code);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
    .filter({ hasText: code })
    .waitFor();
  await page.keyboard.press('Enter');
  await showsText(page, 'unit-detail-code', code);
}

/**
 * Types `query` into the header's global search, waits for its hits (exactly `hits` when given)
 * and opens the first by Enter, as the type-ahead does everywhere; waits for its drawer.
 */
export async function openFromSearch(
  page: Page,
  query: string,
  drawer: string,
  hits?: number,
): Promise<void> {
  await page.getByRole('combobox', { name: '全局搜索' }).fill(query);
  const count = expect.poll(() => page.getByTestId('search-hit').count());
  await (hits === undefined ? count.toBeGreaterThan(0) : count.toBe(hits));
  await page.keyboard.press('Enter');
  await page.getByTestId(drawer).waitFor();
}

/** On the fees screen: the 房屋账单 tab with the unit `code` picked from the type-ahead. */
export async function openUnitBills(page: Page, code: string): Promise<void> {
  await page.getByRole('tab', { name: '房屋账单' }).click();
  await page.getByTestId('fees-unit-picker').fill(code);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
    .filter({ hasText: code })
    .waitFor();
  await page.keyboard.press('Enter');
}

/** Opens a new work order on the repairs screen: 张三's burst pipe at 3-1-1201, 紧急抢修. */
export async function startEmergencyRepair(page: Page): Promise<void> {
  await page.keyboard.press('Alt+n');
  await fillIn(page, {
    'wo-unit': '3-1-1201',
    'wo-contact': '张三',
    'wo-phone': '13800138000',
    'wo-problem': '卫生间水管爆裂',
  });
  await choose(page, 'wo-urgency', '紧急抢修');
}

/**
 * Opens a new renovation application for 1-1-101 of the demo estate (its owner 唐晓东 comes
 * with the unit) with 美家装饰's crew from 23 November of `year` to 20 January after, up to
 * its work items; the workers and checklist are the test's.
 */
export async function startDemoRenovation(
  page: Page,
  year: number,
  workItems: string,
): Promise<void> {
  await openScreen(page, 'renovation', 'renovation-page');
  await page.keyboard.press('Alt+n');
  await page.getByTestId('reno-form').waitFor();
  await page.getByTestId('reno-unit').fill('1-1-101');
  await page.getByRole('option', { name: '1-1-101' }).first().waitFor({ state: 'attached' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('reno-ownerName').inputValue()).toBe('唐晓东');
  await page.getByTestId('reno-contractorName').fill('美家装饰工程有限公司');
  await page.getByTestId('reno-contractorLeader').fill('王工');
  await page.getByTestId('reno-contractorPhone').fill('13900001111');
  await typeDate(page, 'reno-start', `${year}-11-23`);
  await typeDate(page, 'reno-end', `${year + 1}-01-20`);
  await page.getByTestId('reno-workItems').fill(workItems);
}

/** The test id of the element that has the keyboard focus. */
export const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/**
 * One returned survey form of the office's usual questionnaire, in the open entry dialog: the
 * unit, then a key per rating question, the opinion (question 7), then Enter saves it.
 */
export async function enterSurveyForm(
  page: Page,
  unit: string,
  keys: readonly string[],
  opinion = '',
): Promise<void> {
  await expect.poll(() => focused(page)).toBe('entry-unit');
  await page.keyboard.type(unit);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('entry-grid');
  for (const k of keys) await page.keyboard.press(k);
  // The opinion question: its box takes the text, Enter goes on to the save line.
  await expect.poll(() => focused(page)).toBe('entry-text-7');
  if (opinion) await page.keyboard.type(opinion);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('entry-grid');
  await page.keyboard.press('Enter');
}

/**
 * On the surveys screen: a new round (Alt+N) of the office's usual questionnaire under `title`,
 * saved (Ctrl+S) with its drawer open; `beforeSave` runs on the filled form.
 */
export async function newSurveyRound(
  page: Page,
  title: string,
  beforeSave?: () => Promise<unknown>,
): Promise<void> {
  await page.keyboard.press('Alt+n');
  await page.getByTestId('survey-form').waitFor();
  await expect.poll(() => focused(page)).toBe('survey-title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(title);
  await beforeSave?.();
  await page.keyboard.press('Control+s');
  await page.getByTestId('survey-drawer').waitFor();
}

/** A row of a mail batch: the unit, and the addressee and tracking number when typed. */
export interface MailRow {
  unit: string;
  addressee?: string;
  tracking?: string;
}

/**
 * On the mail screen: a batch received (Alt+N) from `carrier`, each row typed in turn (Enter in
 * a row's last box starts the next one) and saved by Ctrl+S in the last box; `beforeSave` runs
 * on the filled batch.
 */
export async function receiveMail(
  page: Page,
  carrier: string,
  rows: readonly MailRow[],
  beforeSave?: () => Promise<unknown>,
): Promise<void> {
  await page.keyboard.press('Alt+n');
  let last = 'mail-carrier';
  await page.getByTestId(last).fill(carrier);
  for (const [i, { unit, addressee, tracking }] of rows.entries()) {
    if (i > 0) {
      await page.getByTestId(last).press('Enter');
      await page.getByTestId(`mail-row-${i}-unit`).waitFor();
    }
    for (const [box, text] of Object.entries({ unit, addressee, tracking })) {
      if (text === undefined) continue;
      last = `mail-row-${i}-${box}`;
      await page.getByTestId(last).fill(text);
    }
  }
  await beforeSave?.();
  await page.getByTestId(last).press('Control+s');
}

/**
 * On the archive screen: a new unit (新增房屋) of `building`-`entrance`-`room`, saved; waits until
 * its detail shows the code.
 */
export async function addUnit(
  page: Page,
  building: string,
  entrance: string,
  room: string,
): Promise<void> {
  await page.getByTestId('add-unit').click();
  await fillIn(page, {
    'unit-form-building': building,
    'unit-form-entrance': entrance,
    'unit-form-room': room,
  });
  await page.getByTestId('unit-form-save').click();
  await showsText(page, 'unit-detail-code', `${building}-${entrance}-${room}`);
}

/** The MIME type of an Excel workbook, for the file pickers. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** On the archive screen: 导入名册 with the workbook `file` chosen, until its column mapping shows. */
export async function openRosterFile(page: Page, file: Buffer, name = '名册.xlsx'): Promise<void> {
  await page.getByTestId('import-roster').click();
  await page
    .getByTestId('roster-file')
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: XLSX_TYPE, buffer: file });
  await page.getByTestId('roster-mapping').waitFor();
}
