import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { AuditEntry } from '@shared/domain/record';
import { SCHEMA_VERSIONS } from './schema';
import type { RenovationPatrolRecord, RenovationRecord } from './repositories/renovationRecords';
import type {
  CashupRecord,
  CounterRow,
  MailItemRecord,
  MetaRow,
  OperatorRecord,
  PersonRecord,
  ReceiptRecord,
  SettingRow,
  UnitRecord,
  VisitRecord,
  WorkOrderRecord,
} from './records';
import type { CaseRecord } from './records';
import type {
  HandoverRecord,
  KeyLoanRecord,
  KeyRecord,
  MoveInRecord,
  ReleasePassRecord,
} from './records';

/** The one IndexedDB database of the app. Only repositories touch its tables. */
export class TaizhangDB extends Dexie {
  audit!: EntityTable<AuditEntry, 'id'>;
  operators!: EntityTable<OperatorRecord, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  units!: EntityTable<UnitRecord, 'id'>;
  people!: EntityTable<PersonRecord, 'id'>;
  counters!: EntityTable<CounterRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  receipts!: EntityTable<ReceiptRecord, 'id'>;
  cashups!: EntityTable<CashupRecord, 'id'>;
  renovations!: EntityTable<RenovationRecord, 'id'>;
  renovationPatrols!: EntityTable<RenovationPatrolRecord, 'id'>;
  cases!: EntityTable<CaseRecord, 'id'>;
  workOrders!: EntityTable<WorkOrderRecord, 'id'>;
  mailItems!: EntityTable<MailItemRecord, 'id'>;
  visits!: EntityTable<VisitRecord, 'id'>;
  moveIns!: EntityTable<MoveInRecord, 'id'>;
  releasePasses!: EntityTable<ReleasePassRecord, 'id'>;
  keys!: EntityTable<KeyRecord, 'id'>;
  keyLoans!: EntityTable<KeyLoanRecord, 'id'>;
  handovers!: EntityTable<HandoverRecord, 'id'>;

  constructor(name = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export const DEFAULT_DB_NAME = 'taizhang';
