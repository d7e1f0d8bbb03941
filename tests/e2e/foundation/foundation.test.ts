/**
 * The foundation, as a clerk meets it in the built renderer (browser host): first run, sign
 * in, the archive survives a reload and is found by search, a roster with bad rows is refused
 * row by row and nothing is written until confirmed. Screenshots of the main screens are saved
 * for a person to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeFirstRun,
  openApp,
  pick,
  screenshot,
  startE2e,
  type AppPage,
  type E2eEnv,
} from '../harness';
import { makeRosterXlsx, validId } from './rosterFile';
import { addUnit, fillIn, openRosterFile, showsText } from '../desk';

let env: E2eEnv;

beforeAll(async () => {
  env = await startE2e();
});
afterAll(async () => {
  await env?.close();
});

async function withApp(run: (app: AppPage) => Promise<void>): Promise<void> {
  const app = await openApp(env);
  try {
    await run(app);
  } finally {
    await app.context.close();
  }
}

async function goto(page: Page, path: string): Promise<void> {
  await page.goto(`${env.baseUrl}/#${path}`);
}

describe('foundation, end to end', () => {
  it('first run → sign in → unit and resident → reload → still there, found by search', async () => {
    await withApp(async ({ page, errors }) => {
      await page.getByTestId('wizard-name').waitFor();
      await screenshot(page, '01-first-run-wizard');
      await completeFirstRun(page, { property: '阳光花园', manager: '张经理' });
      await expect.poll(() => page.getByTestId('property-name').textContent()).toBe('阳光花园');
      await showsText(page, 'operator', '张经理');

      await goto(page, '/archive');
      await page.getByTestId('archive-page').waitFor();
      await addUnit(page, '3', '1', '1201');

      await page.getByTestId('add-person').click();
      await fillIn(page, { 'person-form-name': '王小明', 'person-form-phones': '1380013' });
      // Validated as she types: an incomplete mobile is refused at the field, in Chinese.
      await expect.poll(() => page.getByTestId('person-form').textContent()).toMatch(/手机|电话/);
      await page.getByTestId('person-form-phones').fill('13800135678');
      await page.getByTestId('person-form-id-number').fill(validId('19800101', '123'));
      await page.getByTestId('person-form-save').click();
      await expect.poll(() => page.getByTestId('unit-person-row').count()).toBe(1);
      // Lists mask personal data.
      const row = await page.getByTestId('unit-person-row').textContent();
      expect(row).toContain('138****5678');
      expect(row).not.toContain('13800135678');
      await screenshot(page, '02-archive-unit');

      await page.reload();
      await page.getByTestId('operator').waitFor();
      await page.getByRole('combobox', { name: '全局搜索' }).fill('5678');
      await expect.poll(() => page.getByTestId('search-hit').count()).toBeGreaterThan(0);
      await expect
        .poll(() => page.getByTestId('search-hit').first().textContent())
        .toContain('王小明');
      await page.getByTestId('search-hit').first().click();
      await page.getByTestId('person-detail').waitFor();
      expect(await page.getByTestId('person-phones').textContent()).toContain('13800135678');
      await screenshot(page, '03-person-record');
      expect(errors).toEqual([]);
    });
  });

  it('imports a roster: a bad row is listed, a wrong check digit warned, nothing written until confirmed', async () => {
    await withApp(async ({ page }) => {
      await completeFirstRun(page);
      await goto(page, '/archive');
      await page.getByTestId('archive-page').waitFor();
      const file = await makeRosterXlsx([
        {
          楼栋: 1,
          单元: 1,
          房号: 101,
          姓名: '赵一',
          身份: '业主',
          电话: '13900000001',
          证件号码: validId('19700101', '011'),
        },
        {
          楼栋: 1,
          单元: 1,
          房号: 102,
          姓名: '钱二',
          身份: '业主',
          电话: '13900000002',
          证件号码: validId('19710202', '022'),
        },
        { 楼栋: 1, 单元: 1, 房号: 102, 姓名: '钱二妻', 身份: '家属', 电话: '13900000003' },
        // Row 5: the ID's check digit is wrong: imported as written, with a warning (issue 18).
        {
          楼栋: 1,
          单元: 2,
          房号: 201,
          姓名: '孙三',
          身份: '业主',
          电话: '13900000004',
          证件号码: '110105197203030330',
        },
        // Row 6: no room number.
        { 楼栋: 1, 单元: 2, 房号: undefined, 姓名: '李四', 身份: '业主', 电话: '13900000005' },
        { 楼栋: 2, 房号: 301, 姓名: '周五', 身份: '租户', 电话: '13900000006' },
      ]);
      await openRosterFile(page, file);
      await page.getByTestId('roster-validate').click();
      await page.getByTestId('roster-preview').waitFor();
      const errorsText = (await page.getByTestId('roster-errors').textContent()) ?? '';
      expect(errorsText).not.toContain('孙三');
      expect(errorsText).toContain('6');
      expect(errorsText).toMatch(/房号/);
      const warningsText = (await page.getByTestId('roster-warnings').textContent()) ?? '';
      // Masked as lists show an ID number, never the whole number.
      expect(warningsText).toContain('110***********0330');
      expect(warningsText).not.toContain('110105197203030330');
      expect(warningsText).toMatch(/校验/);
      expect(await page.getByTestId('roster-confirm').isDisabled()).toBe(true);
      await screenshot(page, '04-roster-errors');

      // Nothing written yet: search finds none of the roster's people.
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: '全局搜索' }).fill('赵一');
      await expect.poll(() => page.getByText('没有找到匹配的记录').count()).toBeGreaterThan(0);
      await page.getByRole('combobox', { name: '全局搜索' }).fill('');

      // Again, and this time import only the valid rows, explicitly.
      await openRosterFile(page, file);
      await page.getByTestId('roster-validate').click();
      await page.getByTestId('roster-confirm-valid-only').click();
      await page.getByTestId('roster-valid-only-ok').click();
      await page.getByTestId('roster-done').waitFor();
      expect(await page.getByTestId('roster-done').textContent()).toContain('5');
      await page.getByTestId('roster-close').click();
      await page.getByRole('combobox', { name: '全局搜索' }).fill('周五');
      await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);
      // The resident whose ID needs correcting is in the archive, not dropped.
      await page.getByRole('combobox', { name: '全局搜索' }).fill('孙三');
      await expect.poll(() => page.getByTestId('search-hit').count()).toBe(1);
    });
  });

  it('signs out, refuses a wrong PIN in Chinese, signs in again; shows the main screens', async () => {
    await withApp(async ({ page, errors }) => {
      await completeFirstRun(page, { manager: '张经理', pin: '246810' });
      expect(
        await page.evaluate(() =>
          document
            .querySelector('meta[http-equiv="Content-Security-Policy"]')
            ?.getAttribute('content'),
        ),
      ).toContain("script-src 'self'");
      await page.getByRole('button', { name: /退出登录/ }).click();
      await page.getByTestId('signin-pin').waitFor();
      await pick(page, 'signin-operator', '张经理');
      await page.getByTestId('signin-pin').fill('000000');
      await page.getByTestId('signin-submit').click();
      await expect.poll(() => page.locator('body').textContent()).toMatch(/PIN.*(错误|不正确)/);
      await screenshot(page, '05-sign-in-error');
      await page.getByTestId('signin-pin').fill('246810');
      await page.getByTestId('signin-submit').click();
      await page.getByTestId('operator').waitFor();

      for (const [path, name, ready] of [
        ['/settings', '06-settings', 'settings-tab-profile'],
        ['/operators', '07-operators', 'operators-table'],
        ['/audit', '08-audit', 'audit-table'],
        ['/money', '09-money', 'money-page'],
        ['/cashup', '10-cashup', 'cashup-page'],
      ] as const) {
        await goto(page, path);
        await page.getByTestId(ready).waitFor();
        await screenshot(page, name);
      }
      // The last screen once brought by a later issue (7): 月度统计 is built now.
      await goto(page, '/review');
      await page.getByTestId('review-page').waitFor();
      await screenshot(page, '11-review');
      expect(errors).toEqual([]);
    });
  });
});
