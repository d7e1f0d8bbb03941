import { UNMASKED_EXPORT_ROLE } from '@shared/domain/archivePolicy';
import { requireRole, type Actor } from '@shared/domain/record';
import { writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import type { ArchivePerson, ArchiveUnit } from './archiveRecords';

interface ArchiveSources {
  units: { listAll(): Promise<ArchiveUnit[]> };
  people: {
    listAll(): Promise<ArchivePerson[]>;
    listAllUnmasked(actor: Actor): Promise<ArchivePerson[]>;
  };
}

/**
 * The archive export's data and its audit entry. A full-data (unmasked) export is refused here
 * for anyone below `UNMASKED_EXPORT_ROLE`, not only by a disabled menu item.
 */
export function createArchiveExportRepository(db: TaizhangDB, sources: ArchiveSources) {
  const check = (actor: Actor, masked: boolean) => {
    if (!masked) requireRole(actor, UNMASKED_EXPORT_ROLE);
  };
  return {
    /** All units and people for an export; `masked: false` needs a manager. */
    async load(
      actor: Actor,
      masked: boolean,
    ): Promise<{ units: ArchiveUnit[]; people: ArchivePerson[] }> {
      check(actor, masked);
      const [units, people] = await Promise.all([
        sources.units.listAll(),
        masked ? sources.people.listAll() : sources.people.listAllUnmasked(actor),
      ]);
      return { units, people };
    },

    /** Audits a saved export (action 'export'); the summary says 打码 or 完整数据. */
    async recordExport(actor: Actor, masked: boolean, summary: string): Promise<void> {
      check(actor, masked);
      await db.transaction('rw', db.audit, () =>
        writeAudit(db, actor, { action: 'export', table: 'people', recordId: 'archive', summary }),
      );
    },
  };
}
