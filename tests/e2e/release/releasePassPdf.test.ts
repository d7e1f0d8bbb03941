import { describe, expect, it } from 'vitest';
import type { ReleasePassRecord } from '../../../renderer/src/db/records';
import { buildReleasePass } from '../../../renderer/src/features/release/print/releasePassTemplate';
import { PROFILE } from '../../fixtures/printables';
import { withChromium } from '../lifecycle';
import { expectEachTimes, PAPER, printChecked } from '../pdfChecks';
import { stamps } from '../../fixtures/money';
import { builder } from '../../fixtures/builder';

const browser = withChromium();

const makePass = builder<ReleasePassRecord>(() => ({
  id: 'p1',
  ...stamps('2026-11-23T02:00:00.000Z', 'c1'),
  no: 'FX-202611-0007',
  status: 'issued',
  unitCode: '3-1-1201',
  carrier: '顺达搬家 李四',
  carrierPhone: '13812345678',
  approvedBy: '张三',
  outAt: '2026-11-23T10:30',
  items: [
    { name: '旧沙发', quantity: 1 },
    { name: '纸箱（书籍）', quantity: 12 },
  ],
  clerkName: '王前台',
  printCount: 0,
  terms: [],
}));

describe('release pass (放行条) printed to PDF', () => {
  it('prints the stub and the gate part on one A4 page, every fact on each', async () => {
    const doc = buildReleasePass(makePass(), PROFILE);
    const text = (
      await printChecked(browser(), doc.html, 'release-pass', { pages: 1, ...PAPER.A4 })
    ).flat;
    expectEachTimes(
      text,
      ['FX-202611-0007', '3-1-1201', '顺达搬家李四', '旧沙发', '纸箱（书籍）'],
      2,
    );
    expect(text).toContain('存根联（管理处留存）');
    // Issue 8 item 8: printed passes mask phones.
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('出门联（门岗留存）');
    expect(text).toContain('阳光花园物业服务中心财务专用章');
    expect(text).toContain('2026-11-2310:30');
  });

  it('keeps twelve items and a hostile name on one page, escaped', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ name: `物品${i + 1}`, quantity: i + 1 }));
    items[0] = { name: '<img src=x onerror=alert(1)>', quantity: 1 };
    const doc = buildReleasePass(makePass({ items }), PROFILE);
    expect(doc.html).not.toContain('<img src=x');
    const text = (await printChecked(browser(), doc.html, 'release-pass-12', { pages: 1 })).flat;
    expect(text).toContain('物品12');
    expect(text).toContain('<imgsrc=xonerror=alert(1)>');
  });
});
