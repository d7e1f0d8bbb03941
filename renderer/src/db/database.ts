import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { AuditEntry } from '@shared/domain/record';
import { SCHEMA_VERSIONS } from './schema';
import type {
  CashupRecord,
  CounterRow,
  MetaRow,
  OperatorRecord,
  PersonRecord,
  ReceiptRecord,
  SettingRow,
  UnitRecord,
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

  constructor(name = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

export const DEFAULT_DB_NAME = 'taizhang';
