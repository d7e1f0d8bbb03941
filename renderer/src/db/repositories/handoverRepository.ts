import {
  DEFAULT_EQUIPMENT,
  HandoverRuleError,
  TakerPinError,
  carryOver,
  handoverProblems,
  shiftCashup,
  type EquipmentCheck,
  type HandoverItem,
} from '@shared/domain/handover';
import type { Actor } from '@shared/domain/record';
import { insertAudited, updateAudited, RecordNotFoundError } from '../audited';
import type { TaizhangDB } from '../database';
import { newId, nowIso } from '../ids';
import type { HandoverRecord } from '../records';
import { nextDocNo } from './numbering';
import type { OperatorRepository } from './operatorRepository';

export interface HandoverDraft {
  /** The incoming clerk picked from the operators; her name is taken from the operator. */
  toId?: string;
  equipment?: EquipmentCheck[];
  log?: string;
}

/**
 * 交接班 and 管理日志: one open handover at a time; open items carry over until closed. The
 * incoming clerk's PIN is checked through the operators (with their lockout).
 */
export function createHandoverRepository(
  db: TaizhangDB,
  operators: Pick<OperatorRepository, 'confirmPin' | 'getActor'>,
) {
  const tables = () => [db.handovers, db.audit];
  const openOne = () => db.handovers.where('status').equals('open').first();
  const mustOpen = async (id: string) => {
    const h = await db.handovers.get(id);
    if (!h) throw new RecordNotFoundError('handovers', id);
    if (h.status !== 'open') throw new HandoverRuleError([`交接班记录 ${h.no} 已交接，不能再改`]);
    return h;
  };
  const patchItem = async (
    actor: Actor,
    id: string,
    itemId: string,
    change: (item: HandoverItem) => HandoverItem,
  ) =>
    db.transaction('rw', tables(), async () => {
      const h = await mustOpen(id);
      if (!h.items.some((i) => i.id === itemId))
        throw new HandoverRuleError(['该事项不在本次交接班中']);
      const items = h.items.map((i) => (i.id === itemId ? change(i) : i));
      return updateAudited(db, db.handovers, id, { items }, actor);
    });

  /** The picked taker's name as the operators know it (never typed). */
  const takerName = async (toId: string | undefined) => {
    if (toId === undefined) return {};
    const op = toId ? await operators.getActor(toId) : undefined;
    return { toName: op?.name ?? '' };
  };

  return {
    /** The shift's open handover. */
    current: () => openOne(),

    /**
     * Opens the shift's handover for the signed-in clerk, carrying over the last handover's
     * open items; returns the open one if there is one already.
     */
    async open(actor: Actor): Promise<HandoverRecord> {
      return db.transaction('rw', [db.handovers, db.counters, db.audit], async () => {
        const existing = await openOne();
        if (existing) return existing;
        const last = await db.handovers.where('closedAt').above('').last();
        const openedAt = nowIso();
        const no = await nextDocNo(db, 'handover', openedAt);
        return insertAudited(
          db,
          db.handovers,
          {
            no,
            status: 'open',
            fromId: actor.id,
            fromName: actor.name,
            toName: '',
            openedAt,
            items: last ? carryOver(last.items, last.no) : [],
            equipment: DEFAULT_EQUIPMENT.map((name) => ({ name, ok: true })),
            log: '',
          },
          actor,
          `交接班记录 ${no}`,
        );
      });
    },

    async addItem(actor: Actor, id: string, text: string): Promise<HandoverRecord> {
      if (!text.trim()) throw new HandoverRuleError(['请填写事项内容']);
      return db.transaction('rw', tables(), async () => {
        const h = await mustOpen(id);
        const item: HandoverItem = {
          id: newId(),
          text: text.trim(),
          createdAt: nowIso(),
          createdByName: actor.name,
          acknowledged: false,
        };
        return updateAudited(db, db.handovers, id, { items: [...h.items, item] }, actor);
      });
    },

    /** The incoming clerk has read the item (接班确认). */
    acknowledge: (actor: Actor, id: string, itemId: string) =>
      patchItem(actor, id, itemId, (i) => ({ ...i, acknowledged: true })),

    /** The item is done: it will not be carried to the next shift. */
    closeItem: (actor: Actor, id: string, itemId: string, note: string) =>
      patchItem(actor, id, itemId, (i) => ({
        ...i,
        closedAt: nowIso(),
        closedByName: actor.name,
        ...(note.trim() ? { closeNote: note.trim() } : {}),
      })),

    /** Saves the incoming clerk, equipment state and the management log as typed so far. */
    async saveDraft(actor: Actor, id: string, draft: HandoverDraft): Promise<HandoverRecord> {
      const taker = await takerName(draft.toId);
      return db.transaction('rw', tables(), async () => {
        await mustOpen(id);
        return updateAudited(db, db.handovers, id, { ...draft, ...taker }, actor);
      });
    },

    /** The cash-up (交班对账) the leaving clerk closed during this shift, if any. */
    async cashupOf(h: Pick<HandoverRecord, 'fromId' | 'openedAt'>) {
      const since = await db.cashups.where('closedAt').aboveOrEqual(h.openedAt).toArray();
      return shiftCashup(since, h);
    },

    /**
     * Hands the shift over (交接班不到位不走): refused while an open item is unacknowledged, the
     * incoming clerk is not picked (or is the leaving clerk) or broken equipment is not
     * explained; then the incoming clerk's own PIN must be right (TakerPinError otherwise,
     * counting towards her lockout). The cash handed over is the counted cash of the leaving
     * clerk's cash-up closed during this shift, if any.
     */
    async close(
      actor: Actor,
      id: string,
      draft: HandoverDraft,
      takerPin: string,
    ): Promise<HandoverRecord> {
      const before = await db.handovers.get(id);
      if (!before) throw new RecordNotFoundError('handovers', id);
      const early = handoverProblems({ ...before, ...draft });
      if (early.length > 0) throw new HandoverRuleError(early);
      // PBKDF2 runs outside the transaction (a foreign promise inside one would commit it).
      const taker = await operators.confirmPin(draft.toId ?? before.toId ?? '', takerPin);
      if (!taker.ok) throw new TakerPinError(taker.error, taker.lockedUntil);
      return db.transaction('rw', [db.handovers, db.cashups, db.audit], async () => {
        const h = { ...(await mustOpen(id)), ...draft, toId: taker.actor.id };
        const problems = handoverProblems(h);
        if (problems.length > 0) throw new HandoverRuleError(problems);
        const since = await db.cashups.where('closedAt').aboveOrEqual(h.openedAt).toArray();
        const cashup = shiftCashup(since, h);
        return updateAudited(
          db,
          db.handovers,
          id,
          {
            ...draft,
            toId: taker.actor.id,
            toName: taker.actor.name,
            status: 'closed',
            closedAt: nowIso(),
            ...(cashup ? { cashupId: cashup.id, cashFen: cashup.countedCashFen } : {}),
          },
          actor,
        );
      });
    },

    get: (id: string) => db.handovers.get(id),

    /** Closed handovers newest first (the handover book and the management log). */
    async listClosed(limit = 200): Promise<HandoverRecord[]> {
      return db.handovers.orderBy('closedAt').reverse().limit(limit).toArray();
    },
  };
}

export type HandoverRepository = ReturnType<typeof createHandoverRepository>;
