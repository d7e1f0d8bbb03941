import { describe, expect, it } from 'vitest';
import { renovationMonthStats } from '@shared/domain/renovationStats';
import { buildPasses } from '../../../renderer/src/features/renovation/print/renovationPassTemplate';
import { buildPermit } from '../../../renderer/src/features/renovation/print/renovationPermitTemplate';
import {
  qrDataUrls,
  renovationQrText,
} from '../../../renderer/src/features/renovation/print/renovationQr';
import { buildRenovationStats } from '../../../renderer/src/features/renovation/print/renovationStatsTemplate';
import { PROFILE } from '../../fixtures/printables';
import { PERMIT_JOB } from '../../fixtures/renovation';
import { withChromium } from '../lifecycle';
import { expectAll, PAPER, printChecked } from '../pdfChecks';

const browser = withChromium();

// The contractor's name carries markup: the permit must print it as text.
const JOB = { ...PERMIT_JOB, contractorName: '美家装饰<工程>有限公司' };

describe('renovation documents printed to PDF', () => {
  it('施工许可证 on A4 and A5, one page each, with the QR code', async () => {
    const text = renovationQrText(
      JOB.permitNo,
      JOB.unitCode,
      JOB.plannedStart,
      JOB.permitValidUntil,
    );
    const qr = await qrDataUrls([text]);
    for (const paper of ['A4', 'A5'] as const) {
      const doc = buildPermit(JOB, PROFILE, { paper, qr, issuedOn: '2026-11-23' });
      expect(doc.html).toContain('美家装饰&lt;工程&gt;有限公司');
      expect(doc.html).toContain('<img src="data:image/png;base64,');
      expect(doc.title).toBe('施工许可证 XK2026-0007');
      const { flat } = await printChecked(browser(), doc.html, `reno-permit-${paper}`, {
        pages: 1,
        widthMm: PAPER[paper].widthMm,
      });
      expectAll(flat, [
        'XK2026-0007',
        '3-1-1201',
        '李四',
        '美家装饰<工程>有限公司',
        '2026-11-23至2027-01-20',
        '08:00-12:00',
        '阳光花园物业服务中心财务专用章',
      ]);
    }
  });

  it('出入证: 12 cards are two A4 sheets of ten, ID numbers masked', async () => {
    const passes = Array.from({ length: 12 }, (_, i) => ({
      no: `CR2026-${String(i + 1).padStart(5, '0')}`,
      workerName: `工人${i + 1}`,
      idNumber: i === 0 ? '11010519491231002X' : '',
    }));
    const qr = await qrDataUrls(
      passes.map((p) =>
        renovationQrText(p.no, JOB.unitCode, JOB.plannedStart, JOB.permitValidUntil),
      ),
    );
    const doc = buildPasses(JOB, passes, PROFILE, qr);
    const { flat } = await printChecked(browser(), doc.html, 'reno-passes', { pages: 2 });
    expect(flat).toContain('110***********002X');
    expect(flat).not.toContain('11010519491231002X');
    for (const p of passes) expect(flat).toContain(p.no);
    expect(flat.split('施工人员临时出入证').length - 1).toBe(12);
  });

  it('每月装修统计表 on A4 landscape', async () => {
    const stats = renovationMonthStats(
      [
        {
          no: 'ZX2026-0001',
          unitCode: '3-1-1201',
          ownerName: '李四',
          contractorName: '美家装饰',
          state: 'closed',
          appliedAt: '2026-11-02T02:00:00Z',
          startedAt: '2026-11-03T02:00:00Z',
          acceptedAt: '2026-11-20T02:00:00Z',
          closedAt: '2026-11-21T02:00:00Z',
          depositsCollectedFen: 208_000,
          depositsSettledFen: 208_000,
        },
      ],
      '2026-11',
    );
    const { flat } = await printChecked(
      browser(),
      buildRenovationStats(stats, PROFILE, '2026-11-30T08:00:00Z').html,
      'reno-stats',
      { pages: 1, widthMm: PAPER.A4Landscape.widthMm },
    );
    expect(flat).toContain('本月申请1户，开工1户，验收1户，结案1户');
    expect(flat).toContain('ZX2026-0001');
  });
});
