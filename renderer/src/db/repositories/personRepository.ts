import type { z } from 'zod';
import { maskContacts } from '@shared/domain/identity';
import { requireRole, type Actor } from '@shared/domain/record';
import { UNMASKED_EXPORT_ROLE } from '@shared/domain/archivePolicy';
import { personInputSchema } from '@shared/domain/units';
import {
  insertAudited,
  softDeleteAudited,
  updateAudited,
  RecordNotFoundError,
  requireSessionRole,
  type NewRecord,
} from '../audited';
import type { TaizhangDB } from '../database';
import type { PersonRecord } from '../records';
import { ArchiveInputError, parseInput } from './archiveErrors';
import { byKind, isLive, personFields, type ArchivePerson } from './archiveRecords';

/** What a person form or roster row supplies, before the schema normalises it. */
export type PersonFormInput = z.input<typeof personInputSchema>;

/** People attached to units (业主、租户、家属、单位): the only access to the `people` table. */
export function createPersonRepository(db: TaizhangDB) {
  return {
    async create(unitId: string, input: PersonFormInput, actor: Actor): Promise<ArchivePerson> {
      const person = parseInput(personInputSchema, input);
      return db.transaction('rw', [db.units, db.people, db.audit], async () => {
        const unit = await db.units.get(unitId);
        if (!isLive(unit)) throw new RecordNotFoundError('units', unitId);
        return insertAudited(db, db.people, { ...personFields(person), unitId }, actor);
      });
    },

    async update(id: string, input: PersonFormInput, actor: Actor): Promise<ArchivePerson> {
      const person = parseInput(personInputSchema, input);
      // Every optional field is named, so one the clerk cleared is cleared in the row too.
      const patch: Partial<NewRecord<PersonRecord>> = {
        contactPerson: undefined,
        idType: undefined,
        idNumber: undefined,
        moveInDate: undefined,
        notes: undefined,
        ...personFields(person),
      };
      return db.transaction('rw', [db.people, db.audit], () =>
        updateAudited(db, db.people, id, patch, actor),
      );
    },

    /** Removes a person entered by mistake: the row and its audit stay; lists and search drop it. */
    async softDelete(id: string, reason: string, actor: Actor): Promise<void> {
      const why = reason.trim();
      if (!why) throw new ArchiveInputError([{ path: ['reason'], message: '请填写删除原因' }]);
      await db.transaction('rw', [db.people, db.audit], () =>
        softDeleteAudited(db, db.people, id, actor, why),
      );
    },

    async get(id: string): Promise<ArchivePerson | undefined> {
      const person = await db.people.get(id);
      return isLive(person) ? person : undefined;
    },

    async listByUnit(unitId: string): Promise<ArchivePerson[]> {
      const rows = await db.people.where('unitId').equals(unitId).toArray();
      return rows.filter((p) => isLive(p)).sort(byKind);
    },

    /**
     * Every live person, ID numbers and phones masked: the people list (virtualised) and the
     * masked export read this once. Full values: `listAllUnmasked`.
     */
    async listAll(): Promise<ArchivePerson[]> {
      const rows = await db.people.toArray();
      return rows.filter((p) => isLive(p)).map(maskContacts);
    },

    /** Every live person as stored, for a full-data export: a manager's session only. */
    async listAllUnmasked(actor: Actor): Promise<ArchivePerson[]> {
      requireRole(actor, UNMASKED_EXPORT_ROLE);
      await requireSessionRole(db, actor, UNMASKED_EXPORT_ROLE);
      const rows = await db.people.toArray();
      return rows.filter((p) => isLive(p));
    },

    /** Live people; the deleted ones stay in the table for the audit. */
    async count(): Promise<number> {
      const [all, deleted] = await Promise.all([
        db.people.count(),
        db.people.where('deletedAt').above('').count(),
      ]);
      return all - deleted;
    },
  };
}
