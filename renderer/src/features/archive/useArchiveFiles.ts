import { App } from 'antd';
import { useCallback } from 'react';
import { mayExportUnmasked } from '@shared/domain/archivePolicy';
import { officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { getHost } from '../../host/hostApi';
import { t } from '../../i18n';
import { archiveExportName, buildArchiveWorkbook } from './excel/exportArchive';
import { XLSX_FILTER } from './excel/rosterSheet';
import { buildRosterTemplate } from './excel/rosterTemplate';
import { messageOf } from '../../i18n/domainText';

/** The archive's file actions: the roster template, and the archive export (audited). */
export function useArchiveFiles() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();

  const fail = useCallback(
    (err: unknown) => message.error(t('common.unexpectedError', { message: messageOf(err) })),
    [message],
  );

  const saveTemplate = useCallback(async () => {
    try {
      const data = await buildRosterTemplate();
      const saved = await getHost().saveFile({
        suggestedName: t('archive.template.fileName'),
        filters: [XLSX_FILTER],
        data,
      });
      if (saved.saved) message.success(t('archive.template.saved', { path: saved.path }));
    } catch (err) {
      fail(err);
    }
  }, [message, fail]);

  const exportArchive = useCallback(
    async (masked: boolean) => {
      if (!masked && !mayExportUnmasked(actor.role)) {
        message.error(t('archive.exportFullNotAllowed'));
        return;
      }
      try {
        const { units, people } = await repos.archiveExport.load(actor, masked);
        const data = await buildArchiveWorkbook({ units, people, masked });
        const suggestedName = archiveExportName(masked, officeDateOf(new Date().toISOString()));
        const saved = await getHost().saveFile({ suggestedName, filters: [XLSX_FILTER], data });
        if (!saved.saved) return;
        const mode = masked ? t('archive.masked') : t('archive.unmasked');
        const summary = t('archive.exportAudit', {
          mode,
          units: units.length,
          people: people.length,
        });
        await repos.archiveExport.recordExport(actor, masked, summary);
        message.success(t('archive.exportDone', { path: saved.path }));
      } catch (err) {
        fail(err);
      }
    },
    [repos, actor, message, fail],
  );

  return { saveTemplate, exportArchive, mayExportFull: mayExportUnmasked(actor.role) };
}
