import {
  checkPickUp,
  mailBatchInputSchema,
  notifyContacts,
  type NotifyMethod,
} from '@shared/domain/mail';
import type { Actor } from '@shared/domain/record';
import { refuseIf, registerTerms } from '@shared/domain/repairs';
import { searchQueryKeys } from '@shared/domain/searchTerms';
import { insertAudited, mustLive, updateAudited, writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { newId, nowIso } from '../ids';
import type { MailItemRecord, PersonRecord } from '../records';
import { byKind, isLive } from './archiveRecords';
import { optional } from './receiptInputs';

/** Mail and newspapers (信件/报刊): a morning's delivery in one go, notify, hand over. */
export function createMailRepository(db: TaizhangDB) {
  const rw = <T>(fn: () => Promise<T>) => db.transaction('rw', [db.mailItems, db.audit], fn);
  const mustGet = (id: string) => mustLive(db.mailItems, id);

  return {
    /** Signs for a delivery: every row stored together, or none. */
    async receiveBatch(actor: Actor, input: unknown): Promise<MailItemRecord[]> {
      const batch = mailBatchInputSchema.parse(input);
      return rw(async () => {
        const batchId = newId();
        const receivedAt = nowIso();
        const out: MailItemRecord[] = [];
        for (const item of batch.items) {
          out.push(
            await insertAudited(
              db,
              db.mailItems,
              {
                ...optional({
                  unitId: item.unitId || undefined,
                  addressee: item.addressee,
                  trackingNo: item.trackingNo,
                }),
                batchId,
                carrier: batch.carrier,
                receivedAt,
                receivedByName: actor.name,
                kind: item.kind,
                count: item.count,
                unitCode: item.unitCode,
                status: 'waiting',
                terms: registerTerms(item.unitCode, [item.addressee, item.trackingNo]),
              },
              actor,
              `${batch.carrier} ${item.unitCode}`,
            ),
          );
        }
        return out;
      });
    },

    /** Items still waiting, oldest first (the uncollected list). */
    async waiting(): Promise<MailItemRecord[]> {
      const rows = await db.mailItems.where('status').equals('waiting').toArray();
      return rows
        .filter((m) => !m.deletedAt)
        .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    },

    /** Items by unit, addressee or tracking number (prefix), newest first. */
    async search(q: string, limit = 300): Promise<MailItemRecord[]> {
      const keys = searchQueryKeys(q);
      const base =
        keys.length > 0
          ? db.mailItems.where('terms').startsWithAnyOf(keys).distinct()
          : db.mailItems.orderBy('receivedAt').reverse();
      const rows = await base
        .filter((m) => !m.deletedAt)
        .limit(limit)
        .toArray();
      return rows.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    },

    /**
     * Whom to ring about the items (通知): per unit, its residents in the archive with a phone
     * who have not moved out, the addressee first. A unit typed without picking it is found
     * by its code.
     */
    async contacts(ids: readonly string[]): Promise<MailUnitContacts[]> {
      const items = (await db.mailItems.bulkGet([...ids])).filter((m) => isLive(m));
      const byUnit = new Map<string, MailItemRecord[]>();
      for (const m of items) byUnit.set(m.unitCode, [...(byUnit.get(m.unitCode) ?? []), m]);
      const out: MailUnitContacts[] = [];
      for (const [unitCode, list] of byUnit) {
        const unitId =
          list.find((m) => m.unitId)?.unitId ??
          (
            await db.units
              .where('code')
              .equals(unitCode)
              .filter((u) => isLive(u))
              .first()
          )?.id;
        const people = unitId
          ? (await db.people.where('unitId').equals(unitId).toArray())
              .filter((p) => isLive(p))
              .sort(byKind)
          : [];
        out.push({
          unitCode,
          people: notifyContacts(people, list.find((m) => m.addressee)?.addressee),
        });
      }
      return out;
    },

    /** Marks who was told about the items and how (电话/短信/微信/通知单/当面). */
    async notify(
      actor: Actor,
      ids: readonly string[],
      method: NotifyMethod,
      who: string,
    ): Promise<void> {
      await rw(async () => {
        const notifiedAt = nowIso();
        for (const id of ids) {
          await mustGet(id);
          await updateAudited(
            db,
            db.mailItems,
            id,
            { notifiedAt, notifyMethod: method, notifiedWho: who.trim() },
            actor,
          );
        }
      });
    },

    /** Hands items to the collector, who signs; every item must still be waiting. */
    async pickUp(actor: Actor, ids: readonly string[], collector: string): Promise<void> {
      await rw(async () => {
        const items = await Promise.all(ids.map(mustGet));
        refuseIf(checkPickUp(items, collector));
        const collectedAt = nowIso();
        for (const item of items) {
          await updateAudited(
            db,
            db.mailItems,
            item.id,
            {
              status: 'collected',
              collectedAt,
              collector: collector.trim(),
              handedByName: actor.name,
            },
            actor,
          );
        }
        await writeAudit(db, actor, {
          action: 'update',
          table: 'mailItems',
          recordId: items[0]?.id ?? '',
          summary: `${collector.trim()} 领取 ${items.length} 件`,
        });
      });
    },
  };
}

/** The residents to ring about one unit's items. */
export interface MailUnitContacts {
  unitCode: string;
  people: PersonRecord[];
}

export type MailRepository = ReturnType<typeof createMailRepository>;
