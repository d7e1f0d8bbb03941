import { useCallback } from 'react';
import type { RenovationMonthStats } from '@shared/domain/renovationStats';
import { officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { nowIso } from '../../db/ids';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { useProfilePreview } from '../../print/PrintPreview';
import { buildPasses } from './print/renovationPassTemplate';
import { buildPermit, type PermitPaper } from './print/renovationPermitTemplate';
import { qrDataUrls, renovationQrText } from './print/renovationQr';
import { buildRenovationStats } from './print/renovationStatsTemplate';

/** Printing the permit, the passes and the monthly statistics; each print is audited. */
export function useRenovationPrinting() {
  const repos = useRepos();
  const { actor } = useSession();
  const { profile, preview, modal } = useProfilePreview();

  const printPermit = useCallback(
    async (job: RenovationRecord, paper: PermitPaper) => {
      const text = renovationQrText(
        job.permitNo ?? '',
        job.unitCode,
        job.plannedStart,
        job.permitValidUntil,
      );
      const qr = await qrDataUrls([text]);
      const doc = buildPermit(job, profile, {
        paper,
        qr,
        issuedOn: officeDateOf(job.startedAt ?? nowIso()),
      });
      preview(doc, () =>
        repos.renovations.markPrinted(actor, job.id, `施工许可证 ${job.permitNo ?? ''}`),
      );
    },
    [actor, preview, profile, repos],
  );

  const printPasses = useCallback(
    async (job: RenovationRecord) => {
      const active = job.passes.filter((p) => p.status === 'active');
      const qr = await qrDataUrls(
        active.map((p) =>
          renovationQrText(p.no, job.unitCode, job.plannedStart, job.permitValidUntil),
        ),
      );
      const doc = buildPasses(job, active, profile, qr);
      preview(doc, () =>
        repos.renovations.markPrinted(actor, job.id, `出入证 ${active.length} 张`),
      );
    },
    [actor, preview, profile, repos],
  );

  const printStats = useCallback(
    (stats: RenovationMonthStats) => {
      preview(buildRenovationStats(stats, profile, nowIso()), async () => undefined);
    },
    [preview, profile],
  );

  return { printPermit, printPasses, printStats, printModal: modal };
}
