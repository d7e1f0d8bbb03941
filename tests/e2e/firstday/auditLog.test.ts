/**
 * 审计日志 in words (issue 14): after a morning's work through the registers' own screens
 * (receipts, a complaint, a repair, mail), every entry reads in Chinese — table and field
 * names, coded values as their labels, money in 元, times in office time — with no ids and no
 * JSON; a record is named by its number.
 */
import { describe, expect, it } from 'vitest';
import { completeFirstRun, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { seedMonth } from '../review/seedMonth';

const session = withApp();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const RAW_KEYS = /\b(unitId|payerName|totalFen|issuedAt|receivedAt|terms|itemCodes|requestId)\b/;

describe('audit log, end to end', () => {
  it('speaks Chinese: labels, 元, office time, no ids, no JSON', async () => {
    const { page, errors } = session.app;
    await completeFirstRun(page);
    await seedMonth(page);

    await page.goto(session.env.baseUrl + '/#/audit');
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'audit-all');
    const all = (await table.locator('tbody').textContent()) ?? '';
    expect(all).not.toMatch(UUID);
    expect(all).not.toMatch(/\{"|\["/);
    expect(all).not.toMatch(RAW_KEYS);
    for (const word of ['收据', '投诉建议', '派工单', '信件报刊', '操作员'])
      expect(all, word).toContain(word);
    // Coded values of every kind in words: a complaint's class, a repair's urgency, a fee's kind.
    for (const words of [
      '类别：（空） → 一类',
      '紧急程度：紧急抢修',
      '首问负责人：张经理',
      '类别：押金',
    ])
      expect(all, words).toContain(words);
    expect(all).not.toMatch(/residential|deposit|emergency|class1/);

    // The receipts only: each names its number, its method and amount in words.
    await page.getByTestId('audit-filter-table').click();
    await page.locator('.ant-select-item-option[title="收据"]').click();
    await expect
      .poll(async () => [
        ...new Set(await table.locator('tbody tr.ant-table-row td:nth-child(4)').allTextContents()),
      ])
      .toEqual(['收据']);
    const receipts = (await table.locator('tbody').textContent()) ?? '';
    expect(receipts).toContain('缴款人：王五');
    expect(receipts).toContain('方式：微信');
    expect(receipts).toContain('合计：35.50 元');
    expect(receipts).toMatch(/开具时间：\d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(receipts).toContain('类型：收据');
    expect(receipts).not.toMatch(UUID);
    const record = await table.locator('tbody tr.ant-table-row').first().locator('td').nth(4);
    expect(await record.textContent()).toMatch(/^SJ/);
    await screenshot(page, 'audit-receipts');
    expect(errors).toEqual([]);
  });
});
