import { useCallback } from 'react';
import { DEFAULT_RENOVATION_AGREEMENT, type HotWorkPermit } from '@shared/domain/renovationDocs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type {
  RenovationAcceptance,
  RenovationPatrolRecord,
  RenovationRecord,
} from '../../db/repositories/renovationRecords';
import { useProfilePreview } from '../../print/PrintPreview';
import type { BuiltDocument } from '../../print/printTypes';
import { buildAcceptanceForm } from './print/renovationAcceptanceTemplate';
import { buildAgreement } from './print/renovationAgreementTemplate';
import { buildHotWorkPermit, hotWorkQrText } from './print/renovationHotWorkTemplate';
import { buildRectificationNotice } from './print/renovationNoticeTemplate';
import { qrDataUrls } from './print/renovationQr';
import { useSetting } from '../settings/useSettings';

/**
 * Printing the job's forms: hot-work permit, agreement (the property's own text from the
 * settings), rectification notice and acceptance form. Each print is audited on the job.
 */
export function useRenovationForms() {
  const repos = useRepos();
  const { actor } = useSession();
  const agreement = useSetting('renovationAgreement') ?? DEFAULT_RENOVATION_AGREEMENT;
  const { profile, preview, modal } = useProfilePreview();

  const show = useCallback(
    (job: RenovationRecord, doc: BuiltDocument) =>
      preview(doc, () => repos.renovations.markPrinted(actor, job.id, doc.title)),
    [actor, preview, repos],
  );

  const printHotWork = useCallback(
    async (job: RenovationRecord, permit: HotWorkPermit) => {
      const qr = await qrDataUrls([hotWorkQrText(job, permit)]);
      show(job, buildHotWorkPermit(job, permit, profile, qr));
    },
    [profile, show],
  );
  const printAgreement = useCallback(
    (job: RenovationRecord) => show(job, buildAgreement(job, agreement, profile)),
    [agreement, profile, show],
  );
  const printNotice = useCallback(
    (job: RenovationRecord, patrol: RenovationPatrolRecord, seq: number) =>
      show(job, buildRectificationNotice(job, patrol, seq, profile)),
    [profile, show],
  );
  const printAcceptance = useCallback(
    (job: RenovationRecord, entry: RenovationAcceptance) =>
      show(job, buildAcceptanceForm(job, entry, profile)),
    [profile, show],
  );

  return { printHotWork, printAgreement, printNotice, printAcceptance, formsModal: modal };
}
