import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The 年度计划 tab's year line, `2026 年计划 P，已完成 D，…`, as numbers: waits for the line, which
 * stays empty until the plan has loaded (a read before then is no number at all).
 */
export async function planTotal(page: Page): Promise<{ planned: number; done: number }> {
  await page.getByRole('tab', { name: '年度计划' }).click();
  const line = page.getByTestId('visit-plan-total');
  await expect.poll(() => line.textContent()).toMatch(/年计划 \d+，已完成 \d+/);
  const m = /年计划 (\d+)，已完成 (\d+)/.exec((await line.textContent()) ?? '');
  return { planned: Number(m?.[1]), done: Number(m?.[2]) };
}
